package main

func main() {
	if nil == nil {
		println("equal")
	}
}
