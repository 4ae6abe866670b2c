package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" db:"user_name"`
	Age   int    `json:"age,omitempty"`
	email string
	Tags  []string
	Boss  *User
}

type Celsius float64

type Shape interface{ Area() float64 }

func main() {
	u := User{Name: "ann", Age: 30}
	t := reflect.TypeOf(u)
	fmt.Println(t.Name(), t.Kind(), t.String(), t.NumField(), t.PkgPath())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		v, ok := f.Tag.Lookup("db")
		fmt.Println(f.Name, f.Type, f.Type.Kind(), f.Tag, f.Tag.Get("json"), v, ok, f.IsExported(), f.Index)
	}
	for _, x := range []any{1, "s", 2.5, true, []int{1}, map[string]int{}, &u, Celsius(1), [2]int{}, nil, int8(1), uint(3), 'x', byte(1), func() {}, make(chan int)} {
		tt := reflect.TypeOf(x)
		if tt == nil {
			fmt.Println("nil type")
			continue
		}
		fmt.Println(tt, tt.Kind(), tt.Name(), tt.Kind() == reflect.Int, tt.Kind().String())
	}
	pt := reflect.TypeOf(&u)
	fmt.Println(pt.Elem().Name(), pt.Kind() == reflect.Ptr, pt.Elem().Field(0).Name)
	sf, ok := t.FieldByName("Age")
	fmt.Println(sf.Name, sf.Tag.Get("json"), ok)
	v := reflect.ValueOf(u)
	fmt.Println(v.Kind(), v.NumField(), v.Field(0).String(), v.Field(1).Int(), v.Field(0).Interface(), v.FieldByName("Age").Int())
	pv := reflect.ValueOf(&u).Elem()
	pv.Field(0).SetString("bob")
	pv.FieldByName("Age").SetInt(41)
	fmt.Println(u.Name, u.Age, pv.CanSet(), v.CanSet())
	sv := reflect.ValueOf([]int{4, 5, 6})
	fmt.Println(sv.Len(), sv.Index(1).Int(), sv.Kind() == reflect.Slice)
	mv := reflect.ValueOf(map[string]int{"a": 1})
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("a")).Int())
	fmt.Println(reflect.ValueOf(3.5).Float(), reflect.ValueOf(uint8(7)).Uint(), reflect.ValueOf(true).Bool())
	var np *User
	fmt.Println(reflect.ValueOf(np).IsNil(), reflect.ValueOf(0).IsZero(), reflect.ValueOf(u).IsZero(), reflect.ValueOf(nil).IsValid())
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{1}, []int{2}),
		reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}),
		reflect.DeepEqual(u, u), reflect.DeepEqual(&User{Name: "x"}, &User{Name: "x"}),
		reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual([]int(nil), []int{}),
		reflect.DeepEqual(map[int]any{1: []string{"a"}}, map[int]any{1: []string{"a"}}))
	fmt.Println(reflect.TypeOf(Celsius(2)) == reflect.TypeOf(Celsius(3)), reflect.TypeOf(1) == reflect.TypeOf(int64(1)))
	fmt.Println(reflect.TypeOf(map[string][]int{}).Key(), reflect.TypeOf(map[string][]int{}).Elem(), reflect.TypeOf([3]int{}).Len())
	fmt.Println(reflect.Int.String(), reflect.Struct, reflect.Kind(100))
}
