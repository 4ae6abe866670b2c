package main

import (
	"errors"
	"fmt"
	str "strings"
	"time"
)

func main() {
	fmt.Println(errors.New("boom"))
}
