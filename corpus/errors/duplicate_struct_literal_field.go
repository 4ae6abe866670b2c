package main

type Opts struct {
	Verbose bool
	Level   int
}

func main() {
	o := Opts{Verbose: true, Level: 1, Verbose: false}
	println(o.Level)
}
