package main

func join(sep string, parts []string, sep string) string {
	return ""
}

func main() {
	println(join(",", nil, ";"))
}
