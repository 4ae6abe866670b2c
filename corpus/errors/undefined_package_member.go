package main

import (
	"fmt"
	"strings"
)

func main() {
	name := "gopher"
	fmt.Println(strings.Capitalize(name))
	fmt.Printline("done")
}
