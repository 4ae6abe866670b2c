// Slice capacities after append, where Go's compiler backs a slice that does not escape
// with a 32-byte array on its stack.
package main

import "fmt"

type point struct{ x, y int }

type big struct{ a, b, c, d, e int }

func squares(n int) int {
	// s never leaves the function: Go backs its first append with a stack array
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*i)
		fmt.Print(len(s), "/", cap(s), " ")
	}
	fmt.Println()
	total := 0
	for _, v := range s {
		total += v
	}
	return total
}

func collect(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

func main() {
	fmt.Println(squares(10))
	for n := 1; n <= 6; n++ {
		s := collect(n)
		fmt.Print(len(s), ":", cap(s), " ")
	}
	fmt.Println()

	var words []string
	for _, w := range []string{"a", "b", "c"} {
		words = append(words, w)
		fmt.Print(cap(words), " ")
	}
	fmt.Println(len(words))

	var bs []byte
	for i := 0; i < 40; i++ {
		bs = append(bs, 'x')
		if i%8 == 0 {
			fmt.Print(cap(bs), " ")
		}
	}
	fmt.Println(len(bs), bs == nil)

	pts := []point{}
	pts = append(pts, point{1, 2}, point{3, 4})
	pts[0].x = 9
	fmt.Println(len(pts), cap(pts), pts[0])

	var bigs []big
	bigs = append(bigs, big{})
	fmt.Println(cap(bigs))

	// escapes: printed whole
	var shown []int
	for i := 0; i < 5; i++ {
		shown = append(shown, i)
		fmt.Print(cap(shown), " ")
	}
	fmt.Println(shown)

	// two appends: only the first in the source takes the stack array
	var two []int
	for i := 0; i < 3; i++ {
		if i > 0 {
			two = append(two, i)
		} else {
			two = append(two, -1)
		}
		fmt.Print(cap(two), " ")
	}
	fmt.Println()

	// several elements at once
	var many []int
	many = append(many, 1, 2, 3)
	fmt.Println(cap(many))
	var five []int
	five = append(five, 1, 2, 3, 4, 5)
	fmt.Println(cap(five))

	fmt.Println(rangedAfter(6), rangedInLoop(6))
}

// Ranged over once after the loop that appends, with its capacity read: Go grows it through
// the size classes within the stack array.
func rangedAfter(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	total := 0
	for _, v := range s {
		total += v
	}
	return total
}

// Ranged over inside the loop: the whole array at the first append.
func rangedInLoop(n int) int {
	var s []string
	total := 0
	for i := 0; i < n; i++ {
		s = append(s, "x")
		fmt.Print(cap(s), " ")
		for range s {
			total++
		}
	}
	return total
}
