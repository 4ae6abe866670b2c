package main

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d *Dog) Speak() string { return d.name + " barks" }

func main() {
	speakers := map[string]Speaker{}
	speakers["rex"] = Dog{"rex"}
	println(len(speakers))
}
