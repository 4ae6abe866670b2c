package main

type User struct {
	Name  string
	Email string
}

func main() {
	u := User{Name: "ann"}
	println(u.Mail)
}
