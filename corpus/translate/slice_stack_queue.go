package main

import "fmt"

func main() {
	var stack []int
	for i := 1; i <= 4; i++ {
		stack = append(stack, i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println(len(stack), cap(stack))
	queue := []string{"a", "b"}
	queue = append(queue, "c")
	for len(queue) > 0 {
		var head string
		head, queue = queue[0], queue[1:]
		fmt.Print(head)
		if head == "a" {
			queue = append(queue, "d")
		}
	}
	fmt.Println()
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i + j
		}
	}
	fmt.Println(matrix, len(matrix[2]))
	seen := map[int]bool{}
	uniq := []int{}
	for _, v := range []int{3, 1, 3, 2, 1} {
		if !seen[v] {
			seen[v] = true
			uniq = append(uniq, v)
		}
	}
	fmt.Println(uniq)
}
