// reflect's method sets (value and pointer receivers, promoted methods, interfaces,
// standard types), calling methods through Method and Value.Method, StructOf and FuncOf.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
)

type Inner struct{ X int }

func (i Inner) Hello(s string) string { return fmt.Sprint("hello ", s, " ", i.X) }
func (i *Inner) SetX(x int)           { i.X = x }
func (i Inner) hidden() int           { return 1 }

type Other struct{ N int }

func (o *Other) Boo() int   { return 3 + o.N }
func (o Other) Twice() int  { return 2 * o.N }
func (o *Other) Bump(d int) { o.N += d }
func (o Other) Sum(xs ...int) int {
	t := o.N
	for _, x := range xs {
		t += x
	}
	return t
}

type Outer struct {
	Inner
	*Other
	Name string
}

func (o Outer) Greet() string { return "greet " + o.Name }
func (o *Outer) Rename(n string) (string, error) {
	old := o.Name
	o.Name = n
	if n == "" {
		return old, errors.New("empty name")
	}
	return old, nil
}
func (o *Outer) ptr() {}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }
func (c *Celsius) Set(x float64) { *c = Celsius(x) }

type Shape interface {
	Area() float64
	Name() string
	secret()
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string  { return "square" }
func (s Square) secret()       {}

type Empty struct{}

type Printer struct{ prefix string }

func (p Printer) Print(v any) string { return fmt.Sprint(p.prefix, v) }
func (p Printer) Join(sep string, vs ...any) string {
	s := ""
	for i, v := range vs {
		if i > 0 {
			s += sep
		}
		s += fmt.Sprint(v)
	}
	return p.prefix + s
}

type Handler func(int) int

func (h Handler) Serve(x int) int { return h(x) * 2 }

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Names []string

func (n Names) Len() int { return len(n) }

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
}

func listMethods(t reflect.Type) {
	fmt.Printf("%v: %d methods\n", t, t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Printf("  %d %s %q %v exported=%v index=%d func=%v\n", i, m.Name, m.PkgPath, m.Type, m.IsExported(), m.Index, m.Func.IsValid())
	}
}

func main() {
	o := Outer{Inner{7}, &Other{10}, "bob"}
	c0 := Celsius(1)
	for _, t := range []reflect.Type{
		reflect.TypeOf(Inner{}), reflect.TypeOf(&Inner{}),
		reflect.TypeOf(Other{}), reflect.TypeOf(&Other{}),
		reflect.TypeOf(o), reflect.TypeOf(&o),
		reflect.TypeOf(Celsius(0)), reflect.TypeOf(new(Celsius)),
		reflect.TypeOf((*Shape)(nil)).Elem(), reflect.TypeOf((*fmt.Stringer)(nil)).Elem(),
		reflect.TypeOf((*error)(nil)).Elem(),
		reflect.TypeOf(Square{}), reflect.TypeOf(Empty{}), reflect.TypeOf(Names{}),
		reflect.TypeOf(3), reflect.TypeOf("s"), reflect.TypeOf([]int{}),
		reflect.TypeOf(strings.NewReader("")),
	} {
		listMethods(t)
	}

	shapeT := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(reflect.TypeOf(Square{}).Implements(shapeT), reflect.TypeOf(&Square{}).Implements(shapeT),
		reflect.TypeOf(Inner{}).Implements(shapeT), reflect.TypeOf(c0).Implements(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()))

	// Calling through Type.Method: the receiver comes first.
	m, ok := reflect.TypeOf(o).MethodByName("Greet")
	fmt.Println(ok, m.Name, m.Index, m.Type)
	out := m.Func.Call([]reflect.Value{reflect.ValueOf(o)})
	fmt.Println(len(out), out[0], out[0].Kind())
	m, ok = reflect.TypeOf(o).MethodByName("SetX")
	fmt.Println("SetX on value type:", ok, m.Name == "")
	m, ok = reflect.TypeOf(&o).MethodByName("SetX")
	fmt.Println("SetX on pointer type:", ok, m.Name, m.Type)
	m.Func.Call([]reflect.Value{reflect.ValueOf(&o), reflect.ValueOf(42)})
	fmt.Println("X now", o.X)
	m, ok = reflect.TypeOf(&o).MethodByName("Nope")
	fmt.Println("Nope:", ok, m.Name == "", m.Func.IsValid())
	h, _ := reflect.TypeOf(Inner{}).MethodByName("Hello")
	fmt.Println(h.Func.Call([]reflect.Value{reflect.ValueOf(Inner{5}), reflect.ValueOf("there")})[0])
	_, ok = reflect.TypeOf(Inner{}).MethodByName("hidden")
	fmt.Println("hidden:", ok)

	// Value.Method: bound to the receiver.
	v := reflect.ValueOf(&o)
	fmt.Println("NumMethod", v.NumMethod(), v.Elem().NumMethod())
	for i := 0; i < v.NumMethod(); i++ {
		fmt.Println(" ", v.Type().Method(i).Name, v.Method(i).Type(), v.Method(i).Kind())
	}
	res := v.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("ann")})
	fmt.Println(res[0], res[1].IsNil(), o.Name)
	res = v.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("")})
	fmt.Println(res[0], res[1], o.Name == "")
	o.Name = "carl"
	fmt.Println(v.MethodByName("Greet").Call(nil)[0])
	fmt.Println(v.MethodByName("Boo").Call(nil)[0].Int())
	v.MethodByName("Bump").Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(o.N, v.MethodByName("Twice").Call(nil)[0])
	fmt.Println(v.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("x")})[0])
	fmt.Println("missing valid:", v.MethodByName("Missing").IsValid(), v.MethodByName("ptr").IsValid())
	sum := reflect.ValueOf(Other{1}).MethodByName("Sum")
	fmt.Println(sum.Type(), sum.Type().IsVariadic(), sum.Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})[0])
	fmt.Println(sum.CallSlice([]reflect.Value{reflect.ValueOf([]int{4, 5})})[0])

	c := Celsius(21.5)
	cv := reflect.ValueOf(&c)
	fmt.Println(cv.MethodByName("String").Call(nil)[0])
	cv.MethodByName("Set").Call([]reflect.Value{reflect.ValueOf(30.0)})
	fmt.Println(c, reflect.ValueOf(c).NumMethod(), cv.NumMethod())
	fmt.Println(reflect.ValueOf(Names{"a", "b"}).Method(0).Call(nil)[0])

	// Through an interface type.
	var sh Shape = Square{3}
	sv := reflect.ValueOf(&sh).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), sv.Type().Method(2).Name, sv.Type().Method(2).PkgPath)
	fmt.Println(sv.Method(0).Call(nil)[0], sv.MethodByName("Name").Call(nil)[0])
	fmt.Println(reflect.ValueOf(sh).NumMethod())
	im := reflect.TypeOf((*Shape)(nil)).Elem().Method(7)
	fmt.Printf("out of range on interface: %q %v\n", im.Name, im.Type)

	// Methods iterators.
	for m := range reflect.TypeOf(&Other{}).Methods() {
		fmt.Println("method", m.Name, m.Type)
	}
	for m, mv := range reflect.ValueOf(Square{2}).Methods() {
		fmt.Println("value method", m.Name, mv.Call(nil)[0])
	}
	r := strings.NewReader("hello")
	fmt.Println(reflect.ValueOf(r).MethodByName("Len").Call(nil)[0])

	// Panics.
	try("Type.Method out of range", func() { reflect.TypeOf(o).Method(10) })
	try("Value.Method out of range", func() { reflect.ValueOf(o).Method(-1) })
	try("Method of zero Value", func() { reflect.Value{}.Method(0) })
	try("NumMethod of zero Value", func() { reflect.Value{}.NumMethod() })
	try("MethodByName of zero Value", func() { reflect.Value{}.MethodByName("X") })
	var nilShape Shape
	try("Method on nil interface", func() { reflect.ValueOf(&nilShape).Elem().Method(0) })

	// Interface and variadic parameters, methods of func types and standard types.
	pv := reflect.ValueOf(Printer{"> "})
	fmt.Println(pv.MethodByName("Print").Call([]reflect.Value{reflect.ValueOf(42)})[0])
	fmt.Println(pv.MethodByName("Join").Call([]reflect.Value{reflect.ValueOf(","), reflect.ValueOf(1), reflect.ValueOf("a")})[0])
	fmt.Println(pv.Method(0).Type(), pv.Method(1).Type())
	hv := reflect.ValueOf(Handler(func(x int) int { return x + 1 }))
	fmt.Println(hv.MethodByName("Serve").Call([]reflect.Value{reflect.ValueOf(3)})[0], hv.Type().Method(0).Type)
	d := 90 * time.Second
	fmt.Println(reflect.ValueOf(d).MethodByName("String").Call(nil)[0], reflect.TypeOf(d).NumMethod() > 5)
	is := sort.IntSlice{3, 1, 2}
	reflect.ValueOf(is).MethodByName("Sort").Call(nil)
	fmt.Println(is, reflect.TypeOf(is).NumMethod())
	var sr fmt.Stringer = d
	fmt.Println(reflect.ValueOf(&sr).Elem().Method(0).Call(nil)[0])
	fmt.Println(reflect.TypeOf(Box[int]{}), reflect.ValueOf(Box[int]{5}).Method(0).Call(nil)[0])
	fmt.Println(reflect.TypeOf(0).AssignableTo(reflect.TypeOf(Celsius(0))), reflect.TypeOf([]int{}).AssignableTo(reflect.TypeOf(sort.IntSlice{})),
		reflect.TypeOf(Square{}).AssignableTo(reflect.TypeOf((*Shape)(nil)).Elem()), reflect.TypeOf(0).AssignableTo(reflect.TypeOf(0)))
	try("Call with a wrong type", func() { pv.MethodByName("Join").Call([]reflect.Value{reflect.ValueOf(true)}) })
	try("Call with too few", func() { pv.MethodByName("Print").Call(nil) })
	try("Call with too many", func() { pv.MethodByName("Print").Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)}) })
	try("Call with a zero Value", func() { pv.MethodByName("Print").Call([]reflect.Value{{}}) })
	try("CallSlice of non-variadic", func() { pv.MethodByName("Print").CallSlice([]reflect.Value{reflect.ValueOf(1)}) })
	try("Call of nil func", func() { reflect.ValueOf((func())(nil)).Call(nil) })

	// FuncOf.
	ft := reflect.FuncOf([]reflect.Type{reflect.TypeOf(0), reflect.TypeOf("")}, []reflect.Type{reflect.TypeOf(false)}, false)
	fmt.Println(ft, ft.Kind(), ft.NumIn(), ft.In(1), ft.NumOut(), ft.Out(0), ft.IsVariadic())
	fmt.Println(ft == reflect.TypeOf(func(int, string) bool { return false }))
	ft2 := reflect.FuncOf([]reflect.Type{reflect.TypeOf([]int{})}, []reflect.Type{reflect.TypeOf(0), reflect.TypeOf(errors.New(""))}, true)
	fmt.Println(ft2, ft2.IsVariadic())
	fmt.Println(reflect.FuncOf(nil, nil, false))
	try("FuncOf variadic without slice", func() { reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, nil, true) })
	add := reflect.MakeFunc(ft, func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(args[0].Int() > int64(len(args[1].String())))}
	})
	fmt.Println(add.Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf("ab")})[0])
	try("In of non-func", func() { reflect.TypeOf(0).In(0) })

	// StructOf.
	st := reflect.StructOf([]reflect.StructField{
		{Name: "Inner", Type: reflect.TypeOf(Inner{}), Anonymous: true},
		{Name: "ID", Type: reflect.TypeOf(int64(0)), Tag: `json:"id"`},
		{Name: "Label", Type: reflect.TypeOf(""), Tag: `json:"label,omitempty"`},
		{Name: "Tags", Type: reflect.TypeOf([]string{})},
		{Name: "secret", Type: reflect.TypeOf(0), PkgPath: "main"},
	})
	fmt.Println(st)
	fmt.Println(st.Kind(), st.NumField(), st.Name() == "", st.PkgPath() == "")
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		fmt.Printf("  %s %v %q %v %v %q %v\n", f.Name, f.Type, f.Tag, f.Index, f.Anonymous, f.PkgPath, f.IsExported())
	}
	sf, ok := st.FieldByName("X")
	fmt.Println("promoted X:", ok, sf.Index)
	sv2 := reflect.New(st).Elem()
	sv2.Field(1).SetInt(99)
	sv2.Field(2).SetString("tagged")
	sv2.Field(3).Set(reflect.ValueOf([]string{"a", "b"}))
	sv2.Field(0).Field(0).SetInt(5)
	fmt.Printf("%v\n%+v\n", sv2.Interface(), sv2.Addr().Interface())
	fmt.Println("StructOf methods:", reflect.PointerTo(st).NumMethod(), st.Method(0).Name, st.Method(0).Type)
	fmt.Println(sv2.Method(0).Call([]reflect.Value{reflect.ValueOf("z")})[0])
	one := reflect.StructOf([]reflect.StructField{{Name: "Other", Type: reflect.TypeOf(&Other{}), Anonymous: true}})
	ov := reflect.New(one).Elem()
	ov.Field(0).Set(reflect.ValueOf(&Other{5}))
	fmt.Println(one, ov.MethodByName("Boo").Call(nil)[0], ov.MethodByName("Twice").Call(nil)[0], ov.MethodByName("Boo").Type())
	b, err := json.Marshal(sv2.Interface())
	fmt.Println(string(b), err)
	p := reflect.New(st).Interface()
	err = json.Unmarshal([]byte(`{"id":3,"label":"x","Tags":["q"],"X":8}`), p)
	fmt.Printf("%+v %v\n", p, err)
	z := reflect.Zero(st)
	fmt.Printf("%+v %v\n", z.Interface(), z.IsZero())
	fmt.Println(reflect.StructOf([]reflect.StructField{
		{Name: "Inner", Type: reflect.TypeOf(Inner{}), Anonymous: true},
		{Name: "ID", Type: reflect.TypeOf(int64(0)), Tag: `json:"id"`},
		{Name: "Label", Type: reflect.TypeOf(""), Tag: `json:"label,omitempty"`},
		{Name: "Tags", Type: reflect.TypeOf([]string{})},
		{Name: "secret", Type: reflect.TypeOf(0), PkgPath: "main"},
	}) == st)
	empty := reflect.StructOf(nil)
	fmt.Println(empty, empty.NumField(), reflect.New(empty).Elem().Interface())
	var buf bytes.Buffer
	pt := reflect.StructOf([]reflect.StructField{{Name: "P", Type: reflect.TypeOf(&buf)}, {Name: "M", Type: reflect.TypeOf(map[string]int{})}})
	fmt.Println(pt, reflect.New(pt).Elem().Field(0).IsNil(), reflect.New(pt).Elem().Field(1).IsNil())
	nested := reflect.StructOf([]reflect.StructField{{Name: "S", Type: st}, {Name: "A", Type: reflect.TypeOf([2]int{})}})
	nv := reflect.New(nested).Elem()
	nv.Field(0).Field(1).SetInt(1)
	nv.Field(1).Index(1).SetInt(2)
	fmt.Printf("%+v\n", nv.Interface())
	fmt.Println(reflect.DeepEqual(nv.Interface(), reflect.New(nested).Elem().Interface()))

	for _, c := range []struct {
		name   string
		fields []reflect.StructField
	}{
		{"no name", []reflect.StructField{{Type: reflect.TypeOf(0)}}},
		{"invalid name", []reflect.StructField{{Name: "1x", Type: reflect.TypeOf(0)}}},
		{"no type", []reflect.StructField{{Name: "A"}}},
		{"unexported", []reflect.StructField{{Name: "a", Type: reflect.TypeOf(0)}}},
		{"underscore", []reflect.StructField{{Name: "_x", Type: reflect.TypeOf(0)}}},
		{"duplicate", []reflect.StructField{{Name: "A", Type: reflect.TypeOf(0)}, {Name: "A", Type: reflect.TypeOf("")}}},
		{"anonymous with PkgPath", []reflect.StructField{{Name: "Inner", Type: reflect.TypeOf(Inner{}), Anonymous: true, PkgPath: "main"}}},
		{"different PkgPath", []reflect.StructField{{Name: "a", Type: reflect.TypeOf(0), PkgPath: "x"}, {Name: "b", Type: reflect.TypeOf(0), PkgPath: "y"}}},
		{"embedded **", []reflect.StructField{{Name: "P", Type: reflect.TypeOf((**int)(nil)), Anonymous: true}}},
		{"methods not first", []reflect.StructField{{Name: "A", Type: reflect.TypeOf(0)}, {Name: "Inner", Type: reflect.TypeOf(Inner{}), Anonymous: true}}},
		{"embedded pointer with others", []reflect.StructField{{Name: "Other", Type: reflect.TypeOf(&Other{}), Anonymous: true}, {Name: "A", Type: reflect.TypeOf(0)}}},
		{"blank twice", []reflect.StructField{{Name: "_", Type: reflect.TypeOf(0), PkgPath: "main"}, {Name: "_", Type: reflect.TypeOf(0), PkgPath: "main"}}},
	} {
		try("StructOf "+c.name, func() { fmt.Println(reflect.StructOf(c.fields)) })
	}
}
