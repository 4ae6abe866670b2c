// Declarations of the API of Go's "sync" package for go2py's type checker
// (see docs/declarations.md).

package sync

func NewCond(l Locker) *Cond
func OnceFunc(f func()) func()
func OnceValue[T any](f func() T) func() T
func OnceValues[T1 any, T2 any](f func() (T1, T2)) func() (T1, T2)

type Cond struct {
	L Locker
	_ int
}

func (c *Cond) Broadcast()
func (c *Cond) Signal()
func (c *Cond) Wait()

type Locker interface {
	Lock()
	Unlock()
}

type Map struct {
	_ [0]func()
}

func (m *Map) Clear()
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
func (m *Map) Delete(key any)
func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) Range(f func(key any, value any) bool)
func (m *Map) Store(key, value any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)

type Mutex struct {
	_ int
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

type Once struct {
	_ int
}

func (o *Once) Do(f func())

type Pool struct {
	New func() any
	_   [0]func()
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)

type RWMutex struct {
	_ int
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RLocker() Locker
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) Unlock()

type WaitGroup struct {
	_ int
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Go(f func())
func (wg *WaitGroup) Wait()
