package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	calls := 0
	ov := sync.OnceValue(func() int { calls++; return 42 })
	a, b := ov(), ov()
	fmt.Println(a, b, calls)
	ovs := sync.OnceValues(func() (string, error) { return "cfg", nil })
	s, err := ovs()
	fmt.Println(s, err)
	of := sync.OnceFunc(func() { fmt.Println("oncefunc body") })
	of()
	of()
	pf := sync.OnceFunc(func() { panic("once panic") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered", recover()) }()
			pf()
		}()
	}

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("zz")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 9)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	prev, loaded := m.Swap("b", 20)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("b", 20, 21), m.CompareAndSwap("b", 20, 22))
	fmt.Println(m.CompareAndDelete("c", 4), m.CompareAndDelete("c", 3))
	v, loaded = m.LoadAndDelete("a")
	fmt.Println(v, loaded)
	m.Store("d", 4)
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, fmt.Sprint(k, "=", v)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after clear", n)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = 1
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("ready", ready)

	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("trylock while read-locked:", rw.TryLock(), "tryrlock:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("trylock:", rw.TryLock(), mu.TryLock(), mu.TryLock())
	rw.Unlock()
	mu.Unlock()

	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	wg.Go(func() { fmt.Println("wg.Go ran") })
	wg.Wait()
}
