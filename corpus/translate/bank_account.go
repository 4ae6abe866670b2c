package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int64
	history []string
}

func NewAccount(owner string, initial int64) *Account {
	a := &Account{Owner: owner}
	a.Deposit(initial)
	return a
}

func (a *Account) Deposit(n int64) {
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int64) error {
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.Owner, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func Transfer(from, to *Account, n int64) error {
	if err := from.Withdraw(n); err != nil {
		return err
	}
	to.Deposit(n)
	return nil
}

func main() {
	alice := NewAccount("alice", 100)
	bob := NewAccount("bob", 20)
	fmt.Println(Transfer(alice, bob, 30))
	err := Transfer(bob, alice, 500)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(alice.balance, bob.balance)
	fmt.Println(alice.history, bob.history)
}
