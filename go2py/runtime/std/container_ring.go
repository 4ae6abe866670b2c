// Declarations of the API of Go's "container/ring" package for go2py's type checker
// (see docs/declarations.md).

package ring

func New(n int) *Ring

type Ring struct {
	Value any
	_     int
}

func (r *Ring) Do(f func(any))
func (r *Ring) Len() int
func (r *Ring) Link(s *Ring) *Ring
func (r *Ring) Move(n int) *Ring
func (r *Ring) Next() *Ring
func (r *Ring) Prev() *Ring
func (r *Ring) Unlink(n int) *Ring
