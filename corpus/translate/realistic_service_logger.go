// A logging service: iota levels with String, an embedded pointer with chained methods,
// variadic formatting, a generic stack and reducer, type-set constraints, wrapping integers,
// bits, verbs, per-iteration closures deferred, tabwriter, errors.Join, fallthrough.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"strings"
	"text/tabwriter"
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Base struct {
	ID   uint16
	tags []string
}

func (b *Base) Tag(t ...string) *Base { b.tags = append(b.tags, t...); return b }
func (b Base) Describe() string      { return fmt.Sprintf("#%d%v", b.ID, b.tags) }

type Logger interface {
	Log(Level, string, ...any)
}

type Service struct {
	*Base
	Name string
	out  io.Writer
	lvl  Level
}

func (s *Service) Log(l Level, f string, args ...any) {
	if l < s.lvl {
		return
	}
	fmt.Fprintf(s.out, "[%v] %s: "+f+"\n", append([]any{l, s.Name}, args...)...)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int8 | ~uint32 | ~float64
}

func Sum[N Number](ns ...N) (s N) {
	for _, n := range ns {
		s += n
	}
	return
}

func main() {
	var buf bytes.Buffer
	svc := &Service{Base: &Base{ID: 65535}, Name: "api", out: &buf, lvl: Info}
	svc.Tag("a").Tag("b", "c")
	var lg Logger = svc
	lg.Log(Debug, "hidden %d", 1)
	lg.Log(Warn, "disk %d%% full, %s", 93, svc.Describe())
	lg.Log(Level(7), "odd level %v", []Level{Debug, Error})
	fmt.Print(buf.String())
	svc.ID++
	fmt.Println(svc.ID, svc.Describe(), Error, fmt.Sprintf("%d|%x|%5v|%-5v|", Warn, Warn, Info, Info))

	st := &Stack[rune]{}
	for _, r := range "héllo, 世界" {
		st.Push(r)
	}
	var sb strings.Builder
	for {
		r, ok := st.Pop()
		if !ok {
			break
		}
		sb.WriteRune(r)
	}
	fmt.Println(sb.String(), sb.Len(), len([]rune(sb.String())))
	words := strings.Fields(" go is   fun and go is fast ")
	counts := Reduce(words, map[string][]int{}, func(m map[string][]int, w string) map[string][]int {
		m[w] = append(m[w], len(m))
		return m
	})
	fmt.Println(counts, len(counts))
	type myInt int
	fmt.Println(Sum(1, 2, 3), Sum[int8](100, 27, 1), Sum(uint32(math.MaxUint32), 2), Sum(0.1, 0.2), Sum(myInt(4), 5))

	var u8 uint8 = 200
	var i8 int8 = 127
	u8 += 100
	i8++
	x := uint64(0xF0F0_0000_0000_0001)
	fmt.Println(u8, i8, bits.OnesCount64(x), bits.LeadingZeros64(x>>3), x&^0xF, -7/2, -7%2, 7>>1, -7>>1)
	fmt.Printf("%08b %o %X %#x %e %.3g %v %v\n", 5, 64, 255, 3054, 123456.789, math.Pi, math.Inf(-1), -0.0*1)

	var fns []func() int
	for i := range 3 {
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		defer fmt.Print(f(), " ")
	}
	defer fmt.Println()

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "a\tbbb\tc\t")
	fmt.Fprintln(tw, "aaaa\tb\tcc\t")
	tw.Flush()

	err := fmt.Errorf("outer: %w", errors.Join(io.EOF, os.ErrNotExist))
	fmt.Println(err, errors.Is(err, os.ErrNotExist), errors.Is(err, io.ErrUnexpectedEOF))
	switch n := len(words); {
	case n > 5:
		fmt.Println("many")
		fallthrough
	case n > 100:
		fmt.Println("fell")
	default:
		fmt.Println("few")
	}
	var np *Service
	fmt.Printf("%v %+v %v\n", np, Base{ID: 1}, &Base{ID: 2, tags: []string{"x"}})
}
