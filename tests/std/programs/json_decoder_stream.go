// encoding/json's Decoder reads as Go's does: only as far as the next value needs (a
// request/response exchange over a pipe), with Go's buffer sizes, offsets and Buffered.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Msg struct {
	ID   int    `json:"id"`
	Text string `json:"text"`
}

// chunky returns at most n bytes per Read, so values arrive in pieces.
type chunky struct {
	r io.Reader
	n int
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(p) > c.n {
		p = p[:c.n]
	}
	return c.r.Read(p)
}

// logged reports the size of every read, which Go's buffering decides.
type logged struct{ r io.Reader }

func (l logged) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	fmt.Println("read", len(p), n, err)
	return n, err
}

func main() {
	var long strings.Builder
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&long, `{"id": %d, "text": "%s"} `, i, strings.Repeat("x", i%37))
	}
	fmt.Fprintf(&long, `{"id": 1, "text": "%s"}`, strings.Repeat("y", 5000))
	ld := json.NewDecoder(logged{strings.NewReader(long.String())})
	count := 0
	for {
		var m Msg
		if err := ld.Decode(&m); err != nil {
			fmt.Println(count, err, ld.InputOffset())
			break
		}
		count++
	}

	// A request/response exchange over a pipe: each value must be decoded before the next
	// one is written.
	pr, pw := io.Pipe()
	acks := make(chan int)
	go func() {
		enc := json.NewEncoder(pw)
		for i := 1; i <= 3; i++ {
			enc.Encode(Msg{i, fmt.Sprint("msg ", i)})
			<-acks
		}
		fmt.Fprint(pw, `42 "tail" true`)
		pw.Close()
	}()
	dec := json.NewDecoder(pr)
	for i := 0; i < 3; i++ {
		var m Msg
		err := dec.Decode(&m)
		fmt.Println(m, err, dec.InputOffset())
		acks <- m.ID
	}
	for {
		var v any
		err := dec.Decode(&v)
		fmt.Println(v, err, dec.InputOffset())
		if err != nil {
			break
		}
	}

	for _, n := range []int{1, 3, 7, 100} {
		src := `{"id": 1, "text": "a"} {"id": "x"} [1, 2] 3.5e1 {"id": 2, "text": bad} {"id": 3}`
		dec := json.NewDecoder(&chunky{strings.NewReader(src), n})
		for k := 0; k < 8; k++ {
			var m any
			err := dec.Decode(&m)
			if se, ok := err.(*json.SyntaxError); ok {
				fmt.Println(n, "syntax", se, se.Offset, dec.InputOffset())
				break
			}
			if te, ok := err.(*json.UnmarshalTypeError); ok {
				fmt.Println(n, "type", te, te.Offset)
				continue
			}
			fmt.Println(n, m, err, dec.InputOffset(), dec.More())
			if err != nil {
				break
			}
		}
		typed := json.NewDecoder(&chunky{strings.NewReader(src), n})
		for k := 0; k < 3; k++ {
			var m Msg
			err := typed.Decode(&m)
			if te, ok := err.(*json.UnmarshalTypeError); ok {
				fmt.Println(n, "type", te, te.Offset, te.Field)
				continue
			}
			fmt.Println(n, m, err)
		}
		rest, _ := io.ReadAll(typed.Buffered())
		fmt.Printf("%d buffered %q\n", n, rest)
	}

	tok := json.NewDecoder(&chunky{strings.NewReader(`{"a": [1, "two", {"b": null}], "c": true} x`), 2})
	for {
		t, err := tok.Token()
		fmt.Printf("%T %v %v %d\n", t, t, err, tok.InputOffset())
		if err != nil {
			break
		}
	}
	trunc := json.NewDecoder(strings.NewReader(`{"id": 1, "te`))
	var m Msg
	fmt.Println(trunc.Decode(&m), trunc.Decode(&m))
	var bb bytes.Buffer
	bb.WriteString(`{"id": 7} "s" 8 `)
	bd := json.NewDecoder(&bb)
	for {
		var v any
		err := bd.Decode(&v)
		fmt.Println(v, err, bd.InputOffset())
		if err != nil {
			break
		}
	}
	num := json.NewDecoder(&chunky{strings.NewReader(`12 345`), 1})
	var a, b, c int
	fmt.Println(num.Decode(&a), num.Decode(&b), num.Decode(&c), a, b)
}
