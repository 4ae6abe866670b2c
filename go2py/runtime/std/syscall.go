// Declarations of the API of Go's "syscall" package for go2py's type checker
// (see docs/declarations.md).
// This file declares a small subset of syscall: the Signal and Errno types
// with common constants, and what the os declarations refer to.

package syscall

const (
	EACCES    Errno  = 13
	EAGAIN    Errno  = 11
	EBADF     Errno  = 9
	EEXIST    Errno  = 17
	EINTR     Errno  = 4
	EINVAL    Errno  = 22
	EISDIR    Errno  = 21
	ENOENT    Errno  = 2
	ENOTDIR   Errno  = 20
	ENOTEMPTY Errno  = 39
	EPERM     Errno  = 1
	EPIPE     Errno  = 32
	SIGABRT   Signal = 6
	SIGALRM   Signal = 14
	SIGCHLD   Signal = 17
	SIGHUP    Signal = 1
	SIGINT    Signal = 2
	SIGKILL   Signal = 9
	SIGPIPE   Signal = 13
	SIGQUIT   Signal = 3
	SIGSEGV   Signal = 11
	SIGTERM   Signal = 15
	SIGUSR1   Signal = 10
	SIGUSR2   Signal = 12
	SIGWINCH  Signal = 28
)

var (
	Stderr int
	Stdin  int
	Stdout int
)

func Clearenv()
func Environ() []string
func Exit(code int)
func Getenv(key string) (value string, found bool)
func Getpid() (pid int)
func Kill(pid int, sig Signal) (err error)
func Setenv(key, value string) error
func Unsetenv(key string) error

type Credential struct {
	Uid         uint32
	Gid         uint32
	Groups      []uint32
	NoSetGroups bool
}

type Errno uintptr

func (e Errno) Error() string
func (e Errno) Is(target error) bool
func (e Errno) Temporary() bool
func (e Errno) Timeout() bool

type RawConn interface {
	Control(f func(fd uintptr)) error
	Read(f func(fd uintptr) (done bool)) error
	Write(f func(fd uintptr) (done bool)) error
}

type Signal int

func (s Signal) Signal()
func (s Signal) String() string

type SysProcAttr struct {
	Chroot                     string
	Credential                 *Credential
	Ptrace                     bool
	Setsid                     bool
	Setpgid                    bool
	Setctty                    bool
	Noctty                     bool
	Ctty                       int
	Foreground                 bool
	Pgid                       int
	Pdeathsig                  Signal
	Cloneflags                 uintptr
	Unshareflags               uintptr
	UidMappings                []SysProcIDMap
	GidMappings                []SysProcIDMap
	GidMappingsEnableSetgroups bool
	AmbientCaps                []uintptr
	UseCgroupFD                bool
	CgroupFD                   int
	PidFD                      *int
}

type SysProcIDMap struct {
	ContainerID int
	HostID      int
	Size        int
}

type WaitStatus uint32

func (w WaitStatus) Continued() bool
func (w WaitStatus) CoreDump() bool
func (w WaitStatus) ExitStatus() int
func (w WaitStatus) Exited() bool
func (w WaitStatus) Signal() Signal
func (w WaitStatus) Signaled() bool
func (w WaitStatus) StopSignal() Signal
func (w WaitStatus) Stopped() bool
func (w WaitStatus) TrapCause() int

type Rusage struct {
	Utime    Timeval
	Stime    Timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

type Timeval struct {
	Sec  int64
	Usec int64
}

func (tv *Timeval) Nano() int64
func (tv *Timeval) Unix() (sec int64, nsec int64)
