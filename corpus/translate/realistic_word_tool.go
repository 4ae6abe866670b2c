// A command-line word tool: flag, bufio word scanning, generics, Stringer shapes as struct
// keys, method values, time formatting, a ticker in a labeled select loop, goto, a recovered
// index panic and os.Exit from a deferred call.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

type Point struct{ X, Y int }

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Rect struct {
	Min, Max Point
	label    string
}

func (r Rect) Area() float64   { return float64((r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)) }
func (r Rect) String() string  { return fmt.Sprintf("Rect(%v-%v)", r.Min, r.Max) }
func (r *Rect) Rename(s string) { r.label = s }

type Named[T any] struct {
	Name  string
	Value T
}

func MapKeys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

type Counter map[string]int

func (c Counter) Top(n int) []Named[int] {
	keys := slices.Sorted(maps.Keys(c))
	slices.SortStableFunc(keys, func(a, b string) int { return c[b] - c[a] })
	var out []Named[int]
	for _, k := range keys[:min(n, len(keys))] {
		out = append(out, Named[int]{k, c[k]})
	}
	return out
}

func parse(fields []string) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i, f := range fields {
		n, perr := strconv.Atoi(f)
		if perr != nil {
			return sum, fmt.Errorf("field %d: %w", i, perr)
		}
		sum += 100 / n
	}
	return
}

func main() {
	top := flag.Int("top", 3, "how many words")
	verbose := flag.Bool("v", false, "verbose")
	flag.Parse()
	text := "the quick brown fox jumps over the lazy dog; The dog sleeps. the end 42 7 0"
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	words := Counter{}
	var nums []string
	for sc.Scan() {
		w := strings.TrimFunc(strings.ToLower(sc.Text()), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		if unicode.IsDigit(rune(w[0])) {
			nums = append(nums, w)
			continue
		}
		words[w]++
	}
	for _, nv := range words.Top(*top) {
		fmt.Printf("%-6s %2d %v\n", nv.Name, nv.Value, nv)
	}
	fmt.Println(len(MapKeys(words)), *verbose, flag.NArg(), flag.Args())
	s, err := parse(nums)
	fmt.Println(s, err)
	s, err = parse([]string{"5", "x"})
	fmt.Println(s, err)

	shapes := []Shape{Rect{Point{0, 0}, Point{2, 3}, ""}, &Rect{Min: Point{1, 1}, Max: Point{4, 5}}}
	grid := map[Point]string{}
	for i, sh := range shapes {
		grid[Point{i, i * 2}] = sh.String()
		if r, ok := sh.(*Rect); ok {
			r.Rename("ptr")
			fmt.Printf("%T %v %.1f %q\n", sh, r, sh.Area(), r.label)
		} else {
			fmt.Printf("%T %v %.1f\n", sh, sh, sh.Area())
		}
	}
	fmt.Println(grid)
	area := Rect.Area
	str := shapes[0].String
	fmt.Println(area(Rect{Max: Point{3, 3}}), str())

	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t.Format(time.RFC1123), t.Add(36*time.Hour).Weekday(), t.YearDay(), t.Format("2006-01-02T15:04:05.000Z07:00"))
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Round(time.Hour), d.Truncate(time.Hour))

	timeout := time.After(20 * time.Millisecond)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
			if ticks == 2 {
				continue loop
			}
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticks >= 2:", ticks >= 2)

	i := 0
again:
	if i < 3 {
		i++
		goto again
	}
	fmt.Println("i", i)
	var arr [4]int
	idx := 5
	defer func() {
		fmt.Println("recovered:", recover())
		os.Exit(3)
	}()
	arr[idx%len(arr)] = 1
	fmt.Println(arr, arr[idx])
}
