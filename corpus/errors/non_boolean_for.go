package main

func main() {
	remaining := 5
	for remaining {
		remaining--
	}
}
