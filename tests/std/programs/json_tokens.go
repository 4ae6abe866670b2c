package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"a":[1,"x",true,null,{"b":2.5}]} [3]`))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%T: %v", t, t)
		if dec.More() {
			fmt.Printf(" (more)")
		}
		fmt.Println()
	}
}

func init() {
	const jsonStream = `
	[
		{"Name": "Ed", "Text": "Knock knock."},
		{"Name": "Sam", "Text": "Who's there?"}
	]
`
	type Message struct {
		Name, Text string
	}
	dec := json.NewDecoder(strings.NewReader(jsonStream))
	t, err := dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
	for dec.More() {
		var m Message
		err := dec.Decode(&m)
		fmt.Printf("%v: %v %v\n", m.Name, m.Text, err)
	}
	t, err = dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
	t, err = dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
}
