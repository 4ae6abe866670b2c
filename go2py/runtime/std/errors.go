// Declarations of the API of Go's "errors" package for go2py's type checker
// (see docs/declarations.md).

package errors

var (
	ErrUnsupported error
)

func As(err error, target any) bool
func AsType[E error](err error) (E, bool)
func Is(err, target error) bool
func Join(errs ...error) error
func New(text string) error
func Unwrap(err error) error
