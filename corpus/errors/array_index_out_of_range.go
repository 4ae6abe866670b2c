package main

func main() {
	var days [7]string
	days[7] = "extra"
	println(days[0])
}
