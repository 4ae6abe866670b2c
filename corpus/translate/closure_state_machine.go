package main

import "fmt"

type stateFn func(r rune) stateFn

type lexer struct {
	words, numbers int
	cur            []rune
	out            []string
}

func (l *lexer) emit(kind string) {
	if len(l.cur) > 0 {
		l.out = append(l.out, kind+":"+string(l.cur))
		l.cur = l.cur[:0]
	}
}

func (l *lexer) start(r rune) stateFn {
	switch {
	case r >= '0' && r <= '9':
		l.cur = append(l.cur, r)
		return l.number
	case r >= 'a' && r <= 'z':
		l.cur = append(l.cur, r)
		return l.word
	}
	return l.start
}

func (l *lexer) number(r rune) stateFn {
	if r >= '0' && r <= '9' {
		l.cur = append(l.cur, r)
		return l.number
	}
	l.numbers++
	l.emit("num")
	return l.start(r)
}

func (l *lexer) word(r rune) stateFn {
	if r >= 'a' && r <= 'z' {
		l.cur = append(l.cur, r)
		return l.word
	}
	l.words++
	l.emit("word")
	return l.start(r)
}

func main() {
	l := &lexer{}
	state := l.start
	for _, r := range "abc 12 x9 zz, 345 " {
		state = state(r)
	}
	fmt.Println(l.out)
	fmt.Println(l.words, l.numbers)
}
