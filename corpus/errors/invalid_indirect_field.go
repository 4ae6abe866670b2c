package main

type Config struct{ Port int }

func port(c Config) int {
	return *c.Port
}

func main() {
	println(port(Config{80}))
}
