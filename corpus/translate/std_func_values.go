// Standard functions and methods with a variadic parameter used as func values: the caller
// passes the variadic part as it does to the program's own functions.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
)

type point struct{ X, Y int }

func apply(f func(...any) (int, error), args ...any) {
	n, err := f(args...)
	fmt.Println("wrote", n, err)
}

func main() {
	p := fmt.Println
	p("a", 1, true)
	p()
	apply(fmt.Println, "via", "apply")
	sf := fmt.Sprintf
	fmt.Println(sf("%d-%s", 7, "x"), sf("plain"))
	printers := []func(...any) (int, error){fmt.Print, fmt.Println}
	for _, pr := range printers {
		pr("x", 2, "y\n")
	}

	or := cmp.Or[point]
	fmt.Println(or(point{}, point{0, 0}), or(point{}, point{1, 2}, point{3, 4}), or())
	ors := cmp.Or[string]
	fmt.Println(ors("", "", "z"), ors() == "")
	var ori func(...float64) float64 = cmp.Or[float64]
	fmt.Println(ori(0, 1.5), ori())

	mx := slices.Max[[]int]
	fmt.Println(mx([]int{3, 9, 2}))
	join := errors.Join
	fmt.Println(join(errors.New("e1"), nil, errors.New("e2")), join() == nil)
	repl := strings.NewReplacer
	fmt.Println(repl("a", "1", "b", "2").Replace("abc"))
	fields := strings.FieldsFunc
	fmt.Println(fields("a,b", func(r rune) bool { return r == ',' }))

	l := log.New(os.Stdout, "[p] ", 0)
	lp := l.Printf
	lp("n=%d %s", 3, "ok")
	ll := l.Println
	ll("a", "b")
	lf := l.Print
	lf()
	fp := fmt.Fprintf
	fp(os.Stdout, "%s|%d\n", "w", 5)
	var b strings.Builder
	fmt.Fprint(&b, "q")
	appendf := fmt.Appendf
	fmt.Println(string(appendf([]byte("pre:"), "%d%d", 1, 2)))
}
