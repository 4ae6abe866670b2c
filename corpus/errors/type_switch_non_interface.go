package main

type Token struct{ kind int }

func classify(t Token) string {
	switch t.(type) {
	case Token:
		return "token"
	}
	return ""
}

func main() {
	println(classify(Token{}))
}
