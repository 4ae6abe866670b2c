// A mix a tutorial touches: generics with constraints, embedding, Stringers, defer order, recover of runtime errors, fallthrough, tickers, stable sorts.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"
)

type Number interface {
	~int | ~int64 | ~float64
}

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

type Animal interface{ Sound() string }
type Base struct{ Name string }

func (b Base) Sound() string    { return "..." }
func (b Base) Describe() string { return b.Name + " says " + b.Sound() }

type Dog struct{ Base }

func (d Dog) Sound() string { return "woof" }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func deferOrder() (s string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { s += fmt.Sprint(n) }(i)
	}
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	return "r"
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Errorf("negative: %d", n))
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case runtime.Error:
				err = fmt.Errorf("runtime: %w", v)
			case error:
				err = v
			default:
				err = fmt.Errorf("%v", v)
			}
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(SumMap(map[string]int{"a": 1, "b": 2}), SumMap(map[int]float64{1: 0.5, 2: 0.25}))
	ps := SortedPairs(map[string]int{"z": 26, "a": 1, "m": 13})
	fmt.Println(ps, ps[0], fmt.Sprintf("%v|%s|%+v", ps[1], ps[1], ps[2]))
	d := Dog{Base{"rex"}}
	var a Animal = d
	fmt.Println(a.Sound(), d.Describe(), d.Base.Sound())
	temps := []Temp{21.5, -3, 0}
	fmt.Println(temps, temps[1])
	fmt.Printf("%v %.2f %s\n", temps[0], temps[0], temps[0])
	fmt.Println(deferOrder())
	fmt.Println(try(func() { mustPositive(-1) }))
	fmt.Println(try(func() { var s []int; _ = s[5] }))
	fmt.Println(try(func() { var m map[string]int; m["a"]++ }))
	fmt.Println(try(func() { var a Animal; a.Sound() }))
	fmt.Println(try(func() { var x any = "s"; _ = x.(int) }))
	fmt.Println(try(func() { panic("plain") }))
	e := try(func() { a, b := 1, 0; fmt.Println(a / b) })
	var re runtime.Error
	fmt.Println(errors.As(e, &re), re)
	switch n := 5; {
	case n > 3:
		fmt.Println("big")
		fallthrough
	case n > 10:
		fmt.Println("fell")
	default:
		fmt.Println("default")
	}
	groups := map[bool][]int{}
	for i := range 10 {
		groups[i%3 == 0] = append(groups[i%3 == 0], i)
	}
	fmt.Println(groups, slices.Sorted(maps.Keys(map[string]bool{"b": true, "a": false})))
	fmt.Println(math.MaxInt64, math.MinInt64, math.Inf(1), -math.Inf(1), math.NaN(), math.Pi, float32(0.1), math.Sqrt(2))
	fmt.Println(int32(math.MaxInt32) < 0, uint32(1<<32-1), int64(-1)>>70, uint(1)<<63)
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1, int(f32/7), int(-f32/7), uint8(300&0xff))
	tick := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].k < kvs[j].k })
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	fmt.Println(kvs[:3], len(freq))
	x := 1
	{
		x := 2
		x++
	}
	if x := 5; x > 3 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	var iface any = 3
	switch iface.(type) {
	case int, string:
		fmt.Printf("%T %v\n", iface, iface)
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"), strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
}
