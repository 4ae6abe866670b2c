package main

func describe(v any) string {
	switch v.(type) {
	case int, string:
		return "basic"
	case float64, int:
		return "number"
	}
	return "other"
}

func main() {
	println(describe(1))
}
