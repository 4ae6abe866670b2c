package main

import "fmt"

func classify(x int) string {
	if x < 0 {
		goto negative
	}
	switch {
	case x == 0:
		return "zero"
	default:
	negative:
		return "negative or positive"
	}
}

func main() {
	for i := -1; i <= 1; i++ {
		fmt.Println(classify(i))
	}
	goto inner
	for {
	inner:
		break
	}
	if true {
	} else {
		goto inner
	}
}
