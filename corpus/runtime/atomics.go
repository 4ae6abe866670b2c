package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

type cfg struct{ name string }

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
	x, y := atomic.CompareAndSwapInt64(&n, 100, 7), atomic.CompareAndSwapInt64(&n, 100, 8)
	fmt.Println(x, y, n)
	old := atomic.SwapInt64(&n, 9)
	fmt.Println(old, n)
	var i32 int32 = math.MaxInt32
	fmt.Println(atomic.AddInt32(&i32, 1))
	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)))
	var u64 uint64 = 5
	fmt.Println(atomic.AddUint64(&u64, ^uint64(2)))
	o1, o2 := atomic.OrInt32(&i32, 3), atomic.AndUint32(&u32, 0xff)
	fmt.Println(o1, i32, o2, u32)

	var a atomic.Int32
	a.Store(math.MaxInt32)
	fmt.Println(a.Add(1), a.Load())
	var b atomic.Uint64
	fmt.Println(b.Add(^uint64(0)), b.Swap(3), b.CompareAndSwap(3, 4), b.Load())
	fmt.Println(b.Or(8), b.And(9), b.Load())
	var ok atomic.Bool
	fmt.Println(ok.Load(), ok.Swap(true), ok.CompareAndSwap(true, false), ok.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("x")
	fmt.Println(v.Load(), v.Swap("y"), v.CompareAndSwap("y", "z"), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(1)
	}()
	var p atomic.Pointer[cfg]
	c1 := &cfg{"one"}
	fmt.Println(p.Load() == nil, p.CompareAndSwap(nil, c1), p.Load().name)
	fmt.Println(p.CompareAndSwap(&cfg{"one"}, nil), p.Swap(nil).name)
	var u atomic.Uint32
	u.Store(0)
	fmt.Println(u.Add(math.MaxUint32), u.Add(2))
}
