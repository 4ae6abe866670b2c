package main

type Config struct {
	Name    string
	Retries int
}

func main() {
	c := Config{Name: "x", Retries: 3}
	println(c.Retries())
}
