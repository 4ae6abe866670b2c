// Declarations of the API of Go's "runtime" package for go2py's type checker
// (see docs/declarations.md).
// This file declares a subset of runtime: goroutine and processor control,
// the caller stack, memory statistics, the Error interface and GOOS/GOARCH
// for linux/amd64, the only target go2py describes.

package runtime

const (
	Compiler        = "gc"
	GOARCH   string = "amd64"
	GOOS     string = "linux"
)

func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup
func Breakpoint()
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func Callers(skip int, pc []uintptr) int
func CallersFrames(callers []uintptr) *Frames
func FuncForPC(pc uintptr) *Func
func GC()
func GOMAXPROCS(n int) int
func GOROOT() string
func Goexit()
func Gosched()
func KeepAlive(x any)
func NumCgoCall() int64
func SetBlockProfileRate(rate int)
func SetMutexProfileFraction(rate int) int
func LockOSThread()
func NumCPU() int
func NumGoroutine() int
func ReadMemStats(m *MemStats)
func SetDefaultGOMAXPROCS()
func SetFinalizer(obj, finalizer any)
func Stack(buf []byte, all bool) int
func UnlockOSThread()
func Version() string

type Cleanup struct {
	_ uint64
	_ uintptr
}

func (c Cleanup) Stop()

var MemProfileRate int

type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string
func (*PanicNilError) RuntimeError()

type Error interface {
	error
	RuntimeError()
}

type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
	_        int
}

type Frames struct {
	_ [0]func()
}

func (ci *Frames) Next() (frame Frame, more bool)

type Func struct {
	_ int
}

func (f *Func) Entry() uintptr
func (f *Func) FileLine(pc uintptr) (file string, line int)
func (f *Func) Name() string

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

type TypeAssertionError struct {
	_ int
}

func (e *TypeAssertionError) Error() string
func (*TypeAssertionError) RuntimeError()

type Pinner struct {
	*pinner
}

type pinner struct {
	_ []uintptr
}

func (p *Pinner) Pin(pointer any)
func (p *Pinner) Unpin()

// Profiles and execution traces: declared so that a program using them is told at its
// position that go2py has none, rather than that runtime lacks them.

func BlockProfile(p []BlockProfileRecord) (n int, ok bool)
func CPUProfile() []byte
func GoroutineProfile(p []StackRecord) (n int, ok bool)
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)
func MutexProfile(p []BlockProfileRecord) (n int, ok bool)
func ReadTrace() []byte
func SetCPUProfileRate(hz int)
func StartTrace() error
func StopTrace()
func ThreadCreateProfile(p []StackRecord) (n int, ok bool)

type StackRecord struct {
	Stack0 [32]uintptr
}

func (r *StackRecord) Stack() []uintptr

type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64
func (r *MemProfileRecord) InUseObjects() int64
func (r *MemProfileRecord) Stack() []uintptr

type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}
