package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Base struct {
	ID   int    `json:"id"`
	Kind string `json:"kind,omitempty"`
}

type Meta struct {
	Labels map[string]string `json:"labels,omitempty"`
}

type Message struct {
	Base
	*Meta
	Topic     string            `json:"topic"`
	Key       []byte            `json:"key"`
	Value     string            `json:"value"`
	Partition int32             `json:"partition,string"`
	Offset    int64             `json:"-"`
	Score     float64           `json:"score"`
	Ratio     float32           `json:"ratio"`
	Tags      []string          `json:"tags"`
	Headers   map[string]any    `json:"headers"`
	Next      *Message          `json:"next,omitempty"`
	Empty     []int             `json:"empty,omitempty"`
	Arr       [3]uint8          `json:"arr"`
	Raw       json.RawMessage   `json:"raw,omitempty"`
	N         json.Number       `json:"n,omitempty"`
	hidden    int
	Dash      int               `json:"-,"`
}

type Level int

func (l Level) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"L%d"`, int(l))), nil }
func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*l = Level(len(s) * 10 + int(s[len(s)-1]-'0'))
	return nil
}

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d_%d", p.X, p.Y)), nil }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte("{bad"), nil }

func main() {
	m := Message{Base: Base{ID: 7}, Topic: "orders", Key: []byte("k1"), Value: "<a & b>\u2028é\x01",
		Partition: 3, Offset: 99, Score: 1e21, Ratio: 0.1, Tags: nil,
		Headers: map[string]any{"z": 1, "a": []any{true, nil, 2.5, "s"}, "m": map[string]int{"b": 2, "a": 1}},
		Arr: [3]uint8{1, 2, 3}, Raw: json.RawMessage(`{ "x" : [1, 2] }`), N: "12.50", Dash: 5}
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)
	var back Message
	err = json.Unmarshal(b, &back)
	fmt.Printf("%v %+v %s %v\n", err, back.Base, back.Key, back.Headers)
	fmt.Println(back.Topic, back.Value == m.Value, back.Partition, back.Score, back.Ratio, back.Arr, string(back.Raw), back.N, back.Dash, back.Meta == nil)
	b, _ = json.MarshalIndent(map[string]any{"a": []int{1, 2}, "b": map[string]any{}, "c": []int{}, "d": struct{}{}}, ">", "  ")
	fmt.Println(string(b))
	for _, f := range []float64{0, 1, -1.5, 1e20, 1e21, 1e-6, 1e-7, 123456789.125, 3.0e-10, 1.7976931348623157e308, 5e-324} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	for _, f := range []float32{0.1, 1e21, 1e-7, 3.4e38} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	lv := []Level{1, 2}
	b, _ = json.Marshal(lv)
	fmt.Println(string(b))
	var lv2 []Level
	fmt.Println(json.Unmarshal([]byte(`["L5","L6"]`), &lv2), lv2)
	b, err = json.Marshal(map[Point]int{{1, 2}: 3, {0, 1}: 4})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[int]string{10: "a", 9: "b", -1: "c"})
	fmt.Println(string(b), err)
	_, err = json.Marshal(Bad{})
	fmt.Println(err)
	var anyv any
	json.Unmarshal([]byte(`{"b":[1,{"c":null}],"a":"x"}`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv)
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.Encode(Point{1, 2})
	enc.SetIndent("", "\t")
	enc.Encode([]any{1, "<x>", map[string]int{"k": 1}})
	enc.SetEscapeHTML(false)
	enc.Encode("<x>")
	fmt.Print(buf.String())
	dec := json.NewDecoder(strings.NewReader(`{"id":1} {"id":2,"zzz":3}
	[1,2] `))
	for {
		var v Base
		err := dec.Decode(&v)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(v)
	}
	dec = json.NewDecoder(strings.NewReader(`{"id":1,"zzz":3}`))
	dec.DisallowUnknownFields()
	var bb Base
	fmt.Println(dec.Decode(&bb), bb)
	dec = json.NewDecoder(strings.NewReader(`{"n":12345678901234567890}`))
	dec.UseNumber()
	var mm map[string]any
	fmt.Println(dec.Decode(&mm), mm)
	n := mm["n"].(json.Number)
	i, err := n.Int64()
	fmt.Println(i, err, n.String())
	fmt.Println(json.Valid([]byte(`{"a":1}`)), json.Valid([]byte(`{a:1}`)))
	type CI struct {
		FooBar int
		Name   string `json:"NAME"`
	}
	var ci CI
	fmt.Println(json.Unmarshal([]byte(`{"foobar":1,"name":"x"}`), &ci), ci)
	var ptr *int
	fmt.Println(json.Unmarshal([]byte(`5`), &ptr), *ptr)
	json.NewEncoder(os.Stdout).Encode(map[string]*int{"p": ptr, "q": nil})
	var sl []int = []int{9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1]`), &sl), sl)
	mp := map[string]int{"keep": 1}
	fmt.Println(json.Unmarshal([]byte(`{"new":2}`), &mp), mp)
	var bs []byte
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8="`), &bs), string(bs))
	type Opt struct {
		A int     `json:",omitempty"`
		B *int    `json:"b,omitempty"`
		C bool    `json:"c,string"`
		D float64 `json:"d,string"`
		E string  `json:"e,string"`
	}
	b, _ = json.Marshal(Opt{C: true, D: 1.5, E: "hi"})
	fmt.Println(string(b))
	var o Opt
	fmt.Println(json.Unmarshal([]byte(`{"A":3,"c":"false","d":"2.5","e":"\"yo\""}`), &o), o.A, o.C, o.D, o.E)
}
