package main

func count(items []string) int {
	if items == nil {
		return nil
	}
	return len(items)
}

func main() {
	var s string = nil
	println(count(nil), s)
}
