package main

type Namer interface{ Name() string }

func (n Namer) Greet() string { return "hi " + n.Name() }

func main() {}
