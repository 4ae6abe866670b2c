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
