package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string   { return b.name }
func (b *Base) Rename(n string) { b.name = n }

type Dog struct {
	Base
	age int
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	*Base
	lives int
}

func (c Cat) Sound() string { return "meow" }

type Named interface{ Name() string }

type MyErr struct{ op string }

func (e *MyErr) Error() string { return "op " + e.op }

func find(ok bool) error {
	var e *MyErr
	if ok {
		return nil
	}
	return e
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	d := Dog{Base{"rex"}, 3}
	d.Rename("max")
	c := Cat{&Base{"tom"}, 9}
	c.Rename("felix")
	c2 := c
	c2.Rename("shared")
	animals := []Animal{d, c, &d}
	for _, a := range animals {
		fmt.Printf("%s says %s (%T)\n", a.Name(), a.Sound(), a)
	}
	var n Named = d
	if a, ok := n.(Animal); ok {
		fmt.Println("animal", a.Sound())
	}
	fmt.Printf("%v %+v\n", d, d)
	err := find(false)
	fmt.Println(err == nil, err != nil)
	var me *MyErr
	wrapped := fmt.Errorf("ctx: %w", &MyErr{"read"})
	fmt.Println(errors.As(wrapped, &me), me.op, wrapped)
	words := []string{"ccc", "a", "bb", "dddd", "ee"}
	sort.Sort(byLen(words))
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool { return words[i] > words[j] })
	fmt.Println(words, sort.SearchInts([]int{1, 3, 5}, 4))
	sort.Stable(sort.Reverse(byLen(words)))
	fmt.Println(words, strings.Join(words, "+"))
	type_ := map[string][]int{}
	type_["a"] = append(type_["a"], 1, 2)
	type_["b"] = append(type_["b"], 3)
	keys := make([]string, 0)
	for k := range type_ {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, type_)
	var iface interface{ Sound() string } = Dog{}
	switch v := iface.(type) {
	case Animal:
		fmt.Println("is animal", v.Name() == "")
	}
	pd := &d
	pd.age++
	dd := *pd
	dd.age = 100
	fmt.Println(d.age, dd.age, pd.Name(), (*pd).Base.name)
	fmt.Println(strings.NewReplacer("a", "1", "b", "2").Replace("abcab"), strings.Title("hi"))
}
