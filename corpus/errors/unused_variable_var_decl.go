package main

func main() {
	var (
		width  int
		height int = 10
	)
	println(height)
}
