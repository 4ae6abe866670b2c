package main

func main() {
	names := []string{"a"}
	len(names)
	append(names, "b")
}
