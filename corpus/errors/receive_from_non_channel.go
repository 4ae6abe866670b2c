package main

func main() {
	jobs := []int{1, 2}
	j := <-jobs
	println(j)
}
