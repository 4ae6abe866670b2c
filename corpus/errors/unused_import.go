package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("no files today")
}
