package main

type Server struct {
	Host string
	Port int
}

func main() {
	s := &Server{Host: "localhost", Port: "8080"}
	println(s.Port)
}
