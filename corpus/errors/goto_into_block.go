package main

func main() {
	x := 1
	goto inside
	if x > 0 {
	inside:
		println(x)
	}
}
