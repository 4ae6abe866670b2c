package main

import "fmt"

type Account struct {
	Balance int
}

func (a *Account) Withdraw(n int) {
	if n > a.Balance {
		panic(fmt.Sprintf("insufficient funds: have %d, need %d", a.Balance, n))
	}
	a.Balance -= n
}

func main() {
	acc := &Account{Balance: 100}
	defer fmt.Println("deferred runs before crash")
	acc.Withdraw(30)
	fmt.Println("balance", acc.Balance)
	acc.Withdraw(100)
	fmt.Println("unreachable")
}
