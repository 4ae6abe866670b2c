package main

type Server struct {
	Host string
	Port int
}

func main() {
	s := Server{Host: "localhost", Port: 80, Timeout: 30}
	println(s.Host)
}
