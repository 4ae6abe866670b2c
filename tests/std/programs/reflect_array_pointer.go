// reflect through a pointer to an array, which is the array object itself: Elem, Set, DeepEqual.
package main

import (
	"fmt"
	"reflect"
)

type T struct{ A int }

func main() {
	p := &[2]T{{1}, {2}}
	v := reflect.ValueOf(p).Elem()
	fmt.Println(v.Len(), v.Index(1).Field(0).Int(), v.CanSet(), v.Kind())
	v.Index(0).Field(0).SetInt(9)
	fmt.Println(p[0].A)
	q := new([3]int)
	reflect.ValueOf(q).Elem().Index(2).SetInt(7)
	fmt.Println(*q, reflect.DeepEqual(q, &[3]int{0, 0, 7}))
	v.Set(reflect.ValueOf([2]T{{5}, {6}}))
	fmt.Println(*p)
}
