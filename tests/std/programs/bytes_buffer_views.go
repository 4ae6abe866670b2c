// A bytes.Buffer's slices (bytearray-backed) through the operations []byte values meet: append past
// capacity, copy, conversions, fmt verbs, bytes and encoding functions, json, reflect.DeepEqual.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"strconv"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString(`{"a":1,"b":[1,2]}`)
	v := buf.Bytes()
	w := append(v, '!')
	w = append(w, " more bytes to grow past the capacity of the buffer..."...)
	fmt.Println(string(v), string(w), len(w), cap(w) >= len(w))
	var m map[string]any
	fmt.Println(json.Unmarshal(v, &m), m)
	c := make([]byte, 5)
	n := copy(c, v)
	fmt.Println(n, c, string(c))
	fmt.Printf("%s %x %q %v\n", v[:3], v[:3], v[:3], v[:3])
	fmt.Println(bytes.Equal(v, []byte(`{"a":1,"b":[1,2]}`)), bytes.Contains(v, []byte("b")), strings.ToUpper(string(v)))
	s := v[2:5]
	s[0] = 'X'
	fmt.Println(string(v), utf8.RuneCount(v))
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	fmt.Println(string(s), bytes.ToUpper(v), bytes.Split(v, []byte(",")))
	for i, b := range v[:4] {
		fmt.Print(i, b, " ")
	}
	fmt.Println()
	z := append([]byte(nil), v...)
	z[0] = 'Q'
	fmt.Println(string(z[:3]), string(v[:3]))
	var out bytes.Buffer
	json.Indent(&out, []byte(`{"k":[1]}`), "", " ")
	fmt.Println(out.String())
	fmt.Println(reflect.DeepEqual(v, []byte(string(v))), bytes.Compare(v, []byte("{")), bytes.HasPrefix(v, []byte(`{"`)), bytes.Index(v, []byte("a")))
	fmt.Println(hex.EncodeToString(v[:4]), base64.StdEncoding.EncodeToString(v[:4]), string(strconv.AppendInt(v[:0:0], 42, 10)))
	fmt.Println(string(bytes.TrimSpace(v)), bytes.Fields(v), string(bytes.Repeat(v[:2], 2)), bytes.Count(v, []byte("1")))
	h := v[:0]
	h = append(h, "hello"...)
	fmt.Println(string(v[:8]))
}
