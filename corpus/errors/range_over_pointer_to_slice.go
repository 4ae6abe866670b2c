package main

func sum(xs *[]int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	xs := []int{1}
	println(sum(&xs))
}
