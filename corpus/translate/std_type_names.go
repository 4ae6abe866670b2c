// %T of standard struct types and of instantiations with standard types as arguments.
package main

import (
	"encoding/json"
	"fmt"
	"sync/atomic"
	"unicode"
)

type G[T any] struct{ x T }
type T struct{}

func main() {
	var p atomic.Pointer[T]
	var q atomic.Pointer[json.Number]
	fmt.Printf("%T %T %T %T %T\n", p, &q, G[json.Number]{}, G[[]T]{}, unicode.CaseRanges[0])
	fmt.Printf("%T %v\n", G[map[string]unicode.CaseRange]{}, G[int]{})
}
