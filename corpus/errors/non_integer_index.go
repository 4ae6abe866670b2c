package main

func main() {
	scores := []int{90, 80}
	key := "first"
	println(scores[key])
}
