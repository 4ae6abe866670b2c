package main

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	part := arr[3:1]
	more := arr[2:9]
	println(len(part), len(more))
}
