package main

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr[0]
	p = p + 1
	println(*p)
}
