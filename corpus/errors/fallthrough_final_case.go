package main

func main() {
	n := 1
	switch n {
	case 0:
		println("zero")
	case 1:
		println("one")
		fallthrough
	}
}
