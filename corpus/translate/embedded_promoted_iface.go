package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " says woof" }

type Describer interface{ Describe() string }

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Dog
	calls int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Speak())
	fmt.Printf("%v\n%+v\n", d, d)
	s := Service{Logger: &Logger{"[svc] "}, Dog: d}
	s.Log("started")
	s.calls++
	fmt.Println(s.Describe(), s.calls, s.Breed)
	s.Rename("Buddy")
	fmt.Println(s.Name, d.Name)
	var ds []Describer = []Describer{d, s, d.Animal}
	for _, x := range ds {
		fmt.Println(x.Describe())
	}
	d2 := Dog{Animal{"Max", 4}, "lab"}
	fmt.Println(d == d2)
}
