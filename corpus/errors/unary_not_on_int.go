package main

func main() {
	flags := 3
	if !flags {
		println("none")
	}
}
