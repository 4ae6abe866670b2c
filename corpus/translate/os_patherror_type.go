// *os.PathError is io/fs's type: naming it needs no import of io/fs, and %T prints *fs.PathError.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	_, err := os.Open("/nonexistent/x")
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Printf("%T\n", err)
}
