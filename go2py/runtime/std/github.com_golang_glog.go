// Declarations of the API of "github.com/golang/glog" for go2py's type checker
// (see docs/declarations.md). The logging calls, leveled verbosity and Flush;
// the command-line flags the package registers are not declared. This package
// is not part of Go's distribution, so the verification script cannot compare
// it with real sources.

package glog

func CopyStandardLogTo(name string)
func Error(args ...any)
func ErrorDepth(depth int, args ...any)
func Errorf(format string, args ...any)
func Errorln(args ...any)
func Exit(args ...any)
func ExitDepth(depth int, args ...any)
func Exitf(format string, args ...any)
func Exitln(args ...any)
func Fatal(args ...any)
func FatalDepth(depth int, args ...any)
func Fatalf(format string, args ...any)
func Fatalln(args ...any)
func Flush()
func Info(args ...any)
func InfoDepth(depth int, args ...any)
func Infof(format string, args ...any)
func Infoln(args ...any)
func V(level Level) Verbose
func Warning(args ...any)
func WarningDepth(depth int, args ...any)
func Warningf(format string, args ...any)
func Warningln(args ...any)

type Level int32

func (l *Level) Get() any
func (l *Level) Set(value string) error
func (l *Level) String() string

type Verbose bool

func (v Verbose) Info(args ...any)
func (v Verbose) Infof(format string, args ...any)
func (v Verbose) Infoln(args ...any)
