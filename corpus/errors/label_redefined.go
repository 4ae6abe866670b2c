package main

func main() {
	for i := 0; i < 2; i++ {
	next:
		println(i)
		goto next
	}
next:
	println("end")
	goto next
}
