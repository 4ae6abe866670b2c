package main

func kind(ext string) string {
	switch ext {
	case ".go":
		return "Go"
	case ".py", ".go":
		return "Python"
	}
	return "?"
}

func main() {
	println(kind(".go"))
}
