package main

import "os"

func main() {
	f, err := os.Open("x")
	if err != nil {
		return
	}
	defer f.Close
}
