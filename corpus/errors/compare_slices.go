package main

func main() {
	a := []int{1, 2}
	b := []int{1, 2}
	if a == b {
		println("same")
	}
}
