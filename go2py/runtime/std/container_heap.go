// Declarations of the API of Go's "container/heap" package for go2py's type checker
// (see docs/declarations.md).

package heap

import (
	"sort"
)

func Fix(h Interface, i int)
func Init(h Interface)
func Pop(h Interface) any
func Push(h Interface, x any)
func Remove(h Interface, i int) any

type Interface interface {
	sort.Interface
	Pop() any
	Push(x any)
}
