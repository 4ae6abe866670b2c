package main

import "fmt"

func main() {
	n := 0
	if n == 0 {
		goto done
	}
	total, count := 10, 2
	fmt.Println(total / count)
done:
	fmt.Println("finished")
}
