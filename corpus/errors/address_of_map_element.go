package main

func main() {
	ages := map[string]int{"bob": 40}
	p := &ages["bob"]
	*p++
}
