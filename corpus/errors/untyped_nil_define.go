package main

func main() {
	result := nil
	println(result)
}
