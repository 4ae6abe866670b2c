package main

func main() {
	code := 200
	switch code {
	case "200":
		println("ok")
	case 404:
		println("missing")
	}
}
