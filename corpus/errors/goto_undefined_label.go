package main

func main() {
	i := 0
	if i == 0 {
		goto finish
	}
	println(i)
}
