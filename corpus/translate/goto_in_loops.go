package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			n := 0
		top:
			n++
			if n == 2 {
				fmt.Println("skip", i)
				continue
			}
			goto top
		default:
			fmt.Println("case", i)
		}
		fmt.Println("after", i)
	}
	x := 0
	for {
	again:
		x++
		if x%2 == 1 {
			goto again
		}
		if x > 6 {
			break
		}
		fmt.Println("x", x)
	}
	goto end
end:
	fmt.Println("end")
}
