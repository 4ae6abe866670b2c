package main

func main() {
	n := 42
	if s, ok := n.(string); ok {
		println(s)
	}
}
