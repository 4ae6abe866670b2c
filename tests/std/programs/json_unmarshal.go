package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type T struct {
	A int `json:"a"`
	B string
}

func main() {
	for _, s := range []string{`{"a":"x"}`, `{"a":1.5}`, `x`, `{"a":1,}`, `[1,2`, `01`, `{"a" 1}`, `"\x"`, `tru`, `trux`, `-`, `1.`, `1e`, `{"a":1} x`, `{"B":5}`, `[1]`, `{"a":99999999999999999999}`, "\"a\x01\"", `{1:2}`, `{"a":1 "b"}`, `[1 2]`, `"\u12"`, ``, `   `} {
		var t T
		err := json.Unmarshal([]byte(s), &t)
		fmt.Printf("%q: %v %+v", s, err, t)
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Print(" off=", se.Offset)
		}
		if ue, ok := err.(*json.UnmarshalTypeError); ok {
			fmt.Print(" ute=", ue.Value, ue.Type, ue.Offset, ue.Struct, ue.Field)
		}
		fmt.Println()
	}
	var t T
	fmt.Println(json.Unmarshal([]byte(`{}`), t))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var p *T
	fmt.Println(json.Unmarshal([]byte(`{}`), p))
	_, err := json.Marshal(math.NaN())
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	_, err = json.Marshal(map[string]any{"a": func() {}})
	fmt.Println(err)
	var x any
	fmt.Println(json.Unmarshal([]byte(`{"a":[1,2.5,"x",true,null,{"b":1e300}]}`), &x), x)
	var m map[int]string
	fmt.Println(json.Unmarshal([]byte(`{"1":"a","x":"b"}`), &m), m)
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &arr), arr)
	var i8 int8
	fmt.Println(json.Unmarshal([]byte(`300`), &i8), i8)
	var u uint
	fmt.Println(json.Unmarshal([]byte(`-1`), &u), u)
	var in []struct{ X []int }
	fmt.Println(json.Unmarshal([]byte(`[{"X":[1,"a"]}]`), &in), in)
}
