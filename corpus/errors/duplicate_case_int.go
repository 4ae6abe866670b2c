package main

func main() {
	code := 404
	switch code {
	case 200, 201:
		println("ok")
	case 404, 200:
		println("again")
	}
}
