package main

type ParseError struct{ msg string }

func (e *ParseError) Error() string { return e.msg }

func parse(s string) error {
	if s == "" {
		return ParseError{"empty"}
	}
	return nil
}

func main() {
	println(parse("") != nil)
}
