// Declarations of the API of Go's "iter" package for go2py's type checker
// (see docs/declarations.md).

package iter

func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func())
func Pull2[K any, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func())

type Seq[V any] func(yield func(V) bool)

type Seq2[K any, V any] func(yield func(K, V) bool)
