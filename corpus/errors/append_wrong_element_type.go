package main

func main() {
	nums := []int{1, 2}
	nums = append(nums, "3")
	println(len(nums))
}
