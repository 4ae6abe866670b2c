package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) String() string    { return fmt.Sprintf("set of %d", len(s)) }

type Numbers[N int | float64] []N

func (ns Numbers[N]) Sum() N {
	var t N
	for _, n := range ns {
		t += n
	}
	return t
}

type ByKey[K int | string] []K

func (b ByKey[K]) Len() int           { return len(b) }
func (b ByKey[K]) Less(i, j int) bool { return b[i] < b[j] }
func (b ByKey[K]) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func main() {
	s := Set[string]{}
	s.Add("a")
	s.Add("b")
	has := s.Has
	fmt.Println(s.Has("a"), has("z"), s.Len(), s)
	var st fmt.Stringer = s
	fmt.Println(st.String())
	fmt.Printf("%T %v\n", s, NewSet(1, 2, 3).Len())
	fmt.Println(Numbers[float64]{1.5, 2}.Sum(), Numbers[int]{1, 2, 3}.Sum())
	keys := ByKey[string]{"b", "c", "a"}
	sort.Sort(keys)
	fmt.Println(keys)
	f := Set[int].Has
	fmt.Println(f(NewSet(5), 5))
	var x any = Numbers[int]{4}
	switch v := x.(type) {
	case Numbers[float64]:
		fmt.Println("floats", v)
	case Numbers[int]:
		fmt.Println("ints", v.Sum())
	}
}
