// reflect's Type.Implements for struct, pointer, standard and basic types.
package main

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
)

type T struct{}

func (T) String() string               { return "T" }
func (*T) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	w := reflect.TypeOf((*io.Writer)(nil)).Elem()
	s := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	e := reflect.TypeOf((*error)(nil)).Elem()
	for _, t := range []reflect.Type{reflect.TypeOf(T{}), reflect.TypeOf(&T{}), reflect.TypeOf((*os.File)(nil)), reflect.TypeOf(strings.NewReader("")), reflect.TypeOf(3)} {
		fmt.Println(t, t.Implements(w), t.Implements(s), t.Implements(e))
	}
}
