package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("%d:%s", b.ID, b.Name) }

func (b *Base) Rename(n string) { b.Name = n }

type User struct {
	Base
	Email string
}

type Admin struct {
	*User
	Level int
}

func main() {
	u := User{Base: Base{1, "ann"}, Email: "a@x"}
	fmt.Println(u.ID, u.Name, u.Describe())
	u.Rename("anna")
	fmt.Println(u.Name, u.Base.Name)
	a := Admin{User: &u, Level: 3}
	a.Rename("boss")
	fmt.Println(u.Name, a.Describe(), a.Level)
	fmt.Printf("%v %+v\n", u, u.Base)
	f := u.Describe
	u.ID = 99
	fmt.Println(f())
}
