package main

func main() {
	seen := map[[]byte]bool{}
	println(len(seen))
}
