package main

func main() {
	data := []byte("hello")
	println(len(data))
	println(bytes.ToUpper(data))
}
