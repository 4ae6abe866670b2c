// reflect's channel types and the values of its panics: ChanOf, Type.ChanDir, a channel of
// receive-only channels named with parentheses, MakeChan, nil channels' Len, Cap, TrySend and
// TryRecv; SelectDir and SelectCase as fmt and reflect show them; a Value inside another value
// printed by its String; Set's assignability; and whether each panic is a string or a
// *reflect.ValueError, with the method it names (reflect.Select's is "unknown method").
package main

import (
	"fmt"
	"reflect"
)

type MyInt int

type S struct {
	A any
	B fmt.Stringer
	C []int
	D MyInt
	*E
}

type E struct{ X int }

type W struct{ V reflect.Value }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			_, isErr := r.(error)
			fmt.Printf("%s: %v (%T) %v\n", name, r, r, isErr)
		}
	}()
	f()
}

func chans() {
	ti := reflect.TypeOf(0)
	rc := reflect.ChanOf(reflect.RecvDir, ti)
	sc := reflect.ChanOf(reflect.SendDir, ti)
	bc := reflect.ChanOf(reflect.BothDir, ti)
	fmt.Println(rc, sc, bc, rc.ChanDir(), sc.ChanDir(), bc.ChanDir(), rc.Kind(), rc.Elem())
	fmt.Println(reflect.ChanOf(reflect.BothDir, rc), reflect.ChanOf(reflect.SendDir, rc),
		reflect.ChanOf(reflect.RecvDir, rc), reflect.ChanOf(reflect.RecvDir, sc))
	fmt.Printf("%T %T %T\n", make(chan (<-chan int)), make(chan<- <-chan int), make(chan chan<- int))
	fmt.Println(reflect.TypeOf(make(chan (<-chan int))) == reflect.ChanOf(reflect.BothDir, rc))
	fmt.Println(reflect.ChanDir(0), reflect.ChanDir(7), reflect.BothDir)
	fmt.Printf("%v %d %T\n", reflect.RecvDir, reflect.SendDir, reflect.BothDir)
	fmt.Println(bc.AssignableTo(rc), rc.AssignableTo(bc))
	try("ChanOf dir", func() { reflect.ChanOf(0, ti) })
	try("ChanDir int", func() { ti.ChanDir() })

	v := reflect.MakeChan(bc, 2)
	fmt.Println(v.Len(), v.Cap(), v.Type(), v.Kind())
	v.Send(reflect.ValueOf(5))
	fmt.Println(v.Len())
	ch := v.Interface().(chan int)
	fmt.Println(<-ch)
	var nc chan int
	nv := reflect.ValueOf(nc)
	fmt.Println(nv.Len(), nv.Cap(), nv.IsNil())
	x, ok := nv.TryRecv()
	fmt.Println(x.IsValid(), ok, nv.TrySend(reflect.ValueOf(1)))
	try("close nil", func() { nv.Close() })
	u := reflect.MakeChan(bc, 0)
	fmt.Println(u.TrySend(reflect.ValueOf(1)))
	try("send zero", func() { u.Send(reflect.Value{}) })
	try("trysend zero", func() { u.TrySend(reflect.Value{}) })
	try("trysend recv-only", func() { reflect.ValueOf((<-chan int)(ch)).TrySend(reflect.ValueOf(1)) })
	try("tryrecv send-only", func() { reflect.ValueOf((chan<- int)(ch)).TryRecv() })
	fmt.Println(reflect.TypeOf((<-chan int)(ch)).ChanDir())
	ca := reflect.MakeChan(reflect.TypeOf(make(chan any)), 1)
	ca.Send(reflect.ValueOf(3))
	r, ok := ca.Recv()
	fmt.Println(r.Kind(), r.Elem().Kind(), ok, r.Type())
	fmt.Println(reflect.Zero(bc).IsNil(), reflect.New(bc).Elem().Type())
}

func selectTypes() {
	c := make(chan int)
	sc := reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}
	fmt.Printf("%v|%+v|%T\n", sc, sc, sc)
	fmt.Printf("%T %v %v %v\n", reflect.SelectRecv, reflect.SelectSend, reflect.SelectRecv, reflect.SelectDefault)
	var zero reflect.SelectCase
	fmt.Printf("%+v\n", zero)
	t := reflect.TypeOf(sc)
	for i := 0; i < t.NumField(); i++ {
		fmt.Println(t.Field(i).Name, t.Field(i).Type, t.Field(i).Type.Kind())
	}
	fmt.Println(reflect.ValueOf(sc).Field(0).Int())
	fmt.Println([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("s"), {}})
	fmt.Printf("%v %v %v\n", W{reflect.ValueOf(2)}, reflect.ValueOf(3), reflect.Value{})
	fmt.Println(reflect.ValueOf(3).String(), reflect.ValueOf("x").String(), reflect.Value{}.String())

	ce := make(chan error, 1)
	reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ce),
		Send: reflect.ValueOf(fmt.Errorf("boom"))}})
	fmt.Println(<-ce)
	cs := make(chan []int, 1)
	type IS []int
	cis := make(chan IS, 1)
	reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(cis), Send: reflect.ValueOf([]int{9})}})
	fmt.Printf("%T %v\n", <-cis, len(cs))
	cm := make(chan MyInt, 1)
	try("int to MyInt", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(cm), Send: reflect.ValueOf(3)}})
	})
	try("non-chan", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(3)}}) })
	try("non-chan send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(3), Send: reflect.ValueOf(3)}})
	})
	try("interface chan value", func() {
		var x any = make(chan int)
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(&x).Elem()}})
	})
	try("send closed", func() {
		c := make(chan int, 1)
		close(c)
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(1)}})
	})
	try("too many", func() { reflect.Select(make([]reflect.SelectCase, 65537)) })
	try("zero dir", func() { reflect.Select([]reflect.SelectCase{{}}) })
	try("default with send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Send: reflect.ValueOf(1)}})
	})
	i, v, ok := reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend}, {Dir: reflect.SelectDefault}})
	fmt.Println(i, v.IsValid(), ok)
}

func panics() {
	ti := reflect.TypeOf(1)
	try("Elem", func() { ti.Elem() })
	try("Key", func() { ti.Key() })
	try("Len", func() { ti.Len() })
	try("Field", func() { reflect.TypeOf(S{}).Field(9) })
	try("Impl nil", func() { ti.Implements(nil) })
	try("Impl non", func() { ti.Implements(ti) })
	try("Field non-struct", func() { ti.Field(0) })
	try("Bits", func() { reflect.TypeOf("").Bits() })
	try("Len int", func() { reflect.ValueOf(1).Len() })
	try("Len zero", func() { reflect.Value{}.Len() })
	try("Type zero", func() { reflect.Value{}.Type() })
	try("Interface zero", func() { reflect.Value{}.Interface() })
	try("Index", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("Index arr", func() { reflect.ValueOf([1]int{1}).Index(3) })
	try("VField", func() { reflect.ValueOf(S{}).Field(9) })
	try("nil embed", func() { reflect.ValueOf(S{}).FieldByName("X") })
	try("IsNil", func() { reflect.ValueOf(1).IsNil() })
	try("IsZero", func() { reflect.Value{}.IsZero() })
	try("Set unaddr", func() { reflect.ValueOf(1).Set(reflect.ValueOf(2)) })
	try("SetInt unaddr", func() { reflect.ValueOf(1).SetInt(2) })
	try("MakeSlice non", func() { reflect.MakeSlice(ti, 1, 1) })
	try("MakeSlice neg", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), -1, 1) })
	try("MakeSlice len>cap", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 1) })
	try("MakeMap", func() { reflect.MakeMap(ti) })
	try("MakeChan non", func() { reflect.MakeChan(ti, 1) })
	try("MakeChan neg", func() { reflect.MakeChan(reflect.TypeOf(make(chan int)), -1) })
	try("MakeChan uni", func() { reflect.MakeChan(reflect.TypeOf(make(<-chan int)), 1) })
	try("Copy", func() { reflect.Copy(reflect.ValueOf(1), reflect.ValueOf(2)) })
	try("Copy zero", func() { reflect.Copy(reflect.Value{}, reflect.ValueOf(2)) })
	try("Swapper", func() { reflect.Swapper(1) })
	try("Swapper nil", func() { reflect.Swapper(nil) })
	try("MakeFunc", func() { reflect.MakeFunc(ti, nil) })
	try("Elem int", func() { reflect.ValueOf(1).Elem() })
	try("Int str", func() { reflect.ValueOf("s").Int() })
	try("Send int", func() { reflect.ValueOf(1).Send(reflect.ValueOf(1)) })
	try("Recv zero", func() { reflect.Value{}.Recv() })
	try("Close map", func() { reflect.ValueOf(map[int]int{}).Close() })
	try("Len ptr", func() { reflect.ValueOf(&S{}).Len() })
	try("Cap ptr", func() { reflect.ValueOf(&S{}).Cap() })
	try("Append", func() { reflect.Append(reflect.ValueOf(1)) })
	try("AppendSlice", func() { reflect.AppendSlice(reflect.ValueOf([]int{}), reflect.ValueOf(1)) })
	try("Method idx", func() { ti.Method(3) })
	fmt.Println(reflect.ValueOf(&[3]int{}).Len(), reflect.ValueOf(&[4]int{}).Cap())
}

func set() {
	var e any
	reflect.ValueOf(&e).Elem().Set(reflect.ValueOf(MyInt(3)))
	fmt.Printf("%T %v\n", e, e)
	s := S{E: &E{1}}
	v := reflect.ValueOf(&s).Elem()
	v.Field(0).Set(reflect.ValueOf("x"))
	v.Field(2).Set(reflect.ValueOf([]int{1, 2}))
	v.Field(3).SetInt(9)
	v.FieldByName("X").SetInt(4)
	fmt.Printf("%v %v %v %T %v\n", s.A, s.C, s.D, s.A, s.X)
	try("set wrong", func() { v.Field(3).Set(reflect.ValueOf(3)) })
	try("set iface", func() { v.Field(1).Set(reflect.ValueOf(3)) })
	try("set zero", func() { v.Field(0).Set(reflect.Value{}) })
	try("setint string unaddr", func() { reflect.ValueOf("s").SetInt(1) })
	try("setint zero", func() { reflect.Value{}.SetInt(1) })
	try("setint string addr", func() { x := "s"; reflect.ValueOf(&x).Elem().SetInt(1) })
	try("setstring unaddr", func() { reflect.ValueOf("s").SetString("t") })
	i := 5
	reflect.ValueOf(&i).Elem().Set(reflect.ValueOf(7))
	fmt.Println(i)
}

func main() {
	chans()
	selectTypes()
	panics()
	set()
}
