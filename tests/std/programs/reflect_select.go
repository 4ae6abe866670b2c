// reflect.Select over receive, send, nil and default cases, closed channels, a goroutine waking
// a blocked Select; Value's Send, TrySend, Recv, TryRecv and Close; the misuse panics in Go's words.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type event struct {
	name string
	n    int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	var nilc chan int
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)

	// One ready case at a time.
	a <- 7
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: va},
		{Dir: reflect.SelectRecv, Chan: vb},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(nilc)},
		{Dir: reflect.SelectRecv},
	}
	i, v, ok := reflect.Select(cases)
	fmt.Println(i, v, v.Kind(), ok)
	b <- "hi"
	i, v, ok = reflect.Select(cases)
	fmt.Println(i, v.String(), v.Type(), ok)

	// Default when nothing is ready; a send case.
	cases = append(cases, reflect.SelectCase{Dir: reflect.SelectDefault})
	i, v, ok = reflect.Select(cases)
	fmt.Println(i, v.IsValid(), ok)
	send := []reflect.SelectCase{{Dir: reflect.SelectSend, Chan: va, Send: reflect.ValueOf(42)}}
	i, v, ok = reflect.Select(send)
	fmt.Println(i, v.IsValid(), ok, <-a)

	// A closed channel: the zero value, not ok.
	close(b)
	i, v, ok = reflect.Select(cases[:2])
	fmt.Printf("%d %q %v\n", i, v.String(), ok)

	// Fairness: both ready every time, both chosen over many rounds.
	x, y := make(chan int, 1), make(chan int, 1)
	seen := map[int]int{}
	for r := 0; r < 200; r++ {
		x <- 1
		y <- 2
		i, _, _ := reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(x)},
			{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(y)}})
		seen[i]++
		if i == 0 {
			<-y
		} else {
			<-x
		}
	}
	keys := []int{}
	for k, n := range seen {
		if n > 20 {
			keys = append(keys, k)
		}
	}
	sort.Ints(keys)
	fmt.Println("both chosen:", keys)

	// A goroutine's send wakes a blocked Select; interface elements.
	anyc := make(chan any)
	go func() { anyc <- event{"e", 3} }()
	i, v, ok = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(anyc)}})
	fmt.Printf("%d %v %T %v\n", i, v, v.Interface(), ok)

	// Value's own channel methods.
	c := make(chan event, 2)
	vc := reflect.ValueOf(c)
	vc.Send(reflect.ValueOf(event{"s", 1}))
	fmt.Println(vc.TrySend(reflect.ValueOf(event{"t", 2})), vc.TrySend(reflect.ValueOf(event{"u", 3})), vc.Len(), vc.Cap())
	r, ok := vc.Recv()
	fmt.Printf("%+v %v\n", r.Interface(), ok)
	r, ok = vc.TryRecv()
	fmt.Printf("%+v %v\n", r.Interface(), ok)
	r, ok = vc.TryRecv()
	fmt.Println(r.IsValid(), ok)
	vc.Close()
	r, ok = vc.TryRecv()
	fmt.Printf("%+v %v %v\n", r.Interface(), r.IsValid(), ok)
	r, ok = vc.Recv()
	fmt.Printf("%+v %v\n", r.Interface(), ok)

	// Misuse, in Go's words.
	var ro <-chan int = a
	var so chan<- int = a
	try("multiple default", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
	})
	try("default with chan", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Chan: va}}) })
	try("missing send", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: va}}) })
	try("recv with send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: va, Send: reflect.ValueOf(1)}})
	})
	try("send on recv-only", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ro), Send: reflect.ValueOf(1)}})
	})
	try("recv on send-only", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(so)}}) })
	try("wrong type", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: va, Send: reflect.ValueOf("s")}})
	})
	try("invalid dir", func() { reflect.Select([]reflect.SelectCase{{Dir: 9}}) })
	try("Send wrong type", func() { va.Send(reflect.ValueOf(1.5)) })
	try("Recv send-only", func() { reflect.ValueOf(so).Recv() })
	try("Close recv-only", func() { reflect.ValueOf(ro).Close() })
	try("Send non-chan", func() { reflect.ValueOf(1).Send(reflect.ValueOf(1)) })
	try("closed twice", func() { vc.Close() })
	try("send on closed", func() { vc.Send(reflect.ValueOf(event{})) })
}
