// A bank with accounts guarded by a mutex, transfers from many goroutines, and errors that
// wrap a sentinel with %w.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Balance int
}

type Bank struct {
	mu       sync.Mutex
	accounts map[string]*Account
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(id string, amount int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.accounts[id] = &Account{id, amount}
}

func (b *Bank) Transfer(from, to string, amount int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer %s->%s: no account %q", from, to, from)
	}
	if src.Balance < amount {
		return fmt.Errorf("transfer %d from %s: %w", amount, from, ErrInsufficient)
	}
	src.Balance -= amount
	b.accounts[to].Balance += amount
	b.log = append(b.log, fmt.Sprintf("%s->%s:%d", from, to, amount))
	return nil
}

func main() {
	b := NewBank()
	b.Open("alice", 100)
	b.Open("bob", 50)
	b.Open("carol", 0)
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from, to := "alice", "bob"
			if i%3 == 0 {
				from, to = "bob", "carol"
			}
			if err := b.Transfer(from, to, 7); err != nil {
				errs <- err
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	n := 0
	for err := range errs {
		if errors.Is(err, ErrInsufficient) {
			n++
		}
	}
	total := 0
	ids := []string{}
	for id, a := range b.accounts {
		total += a.Balance
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Printf("%-6s %4d\n", id, b.accounts[id].Balance)
	}
	fmt.Println("total", total, "failed", n, "transfers", len(b.log))
	fmt.Println(b.Transfer("dave", "bob", 1))
	err := b.Transfer("carol", "bob", 1000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
}
