package main

func main() {
	bits := 3.5
	mask := 1 << bits
	println(mask)
}
