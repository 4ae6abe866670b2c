// Declarations of the API of Go's "path" package for go2py's type checker
// (see docs/declarations.md).

package path

var (
	ErrBadPattern error
)

func Base(path string) string
func Clean(path string) string
func Dir(path string) string
func Ext(path string) string
func IsAbs(path string) bool
func Join(elem ...string) string
func Match(pattern, name string) (matched bool, err error)
func Split(path string) (dir, file string)
