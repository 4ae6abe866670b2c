package main

import "fmt"

func retry(attempts int) {
	i := 0
again:
	if i >= attempts {
		goto out
	}
	i++
	goto again
	var (
		last = i
		note = "stopped"
	)
	fmt.Println(last, note)
out:
	fmt.Println("tries:", i)
}

func main() {
	retry(3)
}
