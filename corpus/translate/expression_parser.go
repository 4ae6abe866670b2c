// A lexer and recursive-descent parser over runes with panics turned into errors, through bufio.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
)

type Token struct {
	Kind  string
	Value string
}

func (t Token) String() string { return t.Kind + ":" + t.Value }

func lex(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{"num", string(rs[i:j])})
			i = j
		case strings.ContainsRune("+-*/()", r):
			toks = append(toks, Token{"op", string(r)})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() float64 {
	v := p.term()
	for t := p.peek(); t != nil && (t.Value == "+" || t.Value == "-"); t = p.peek() {
		p.pos++
		if t.Value == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for t := p.peek(); t != nil && (t.Value == "*" || t.Value == "/"); t = p.peek() {
		p.pos++
		if t.Value == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() float64 {
	t := p.peek()
	if t == nil {
		panic("unexpected end")
	}
	p.pos++
	switch {
	case t.Kind == "num":
		f, err := strconv.ParseFloat(t.Value, 64)
		if err != nil {
			panic(err)
		}
		return f
	case t.Value == "(":
		v := p.expr()
		p.pos++
		return v
	case t.Value == "-":
		return -p.factor()
	}
	panic(fmt.Sprintf("unexpected token %v", *t))
}

func eval(s string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", s, r)
		}
	}()
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	return p.expr(), nil
}

func main() {
	in := bufio.NewScanner(strings.NewReader("1 + 2 * 3\n(1+2)*3\n10 / 4\n-3 * -(2 + 1)\n1 / 0\n2 $ 3\n1.2.3 + 1\n(1 +\n"))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for in.Scan() {
		v, err := eval(in.Text())
		if err != nil {
			fmt.Fprintln(w, "error:", err)
			continue
		}
		fmt.Fprintf(w, "%-16s = %8.3f %v %s\n", in.Text(), v, v, strconv.FormatFloat(v, 'e', 3, 64))
	}
	toks, _ := lex("(1+2)")
	fmt.Fprintln(w, toks, len(toks))
	fmt.Fprintf(w, "%v %+v %q\n", toks[0], toks[1], toks[2])
}
