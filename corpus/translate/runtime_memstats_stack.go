// runtime.ReadMemStats as tutorials print it, runtime.Stack of the running goroutine, LockOSThread.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func bToMb(b uint64) uint64 { return b / 1024 / 1024 }

func main() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	data := make([][]byte, 0)
	for i := 0; i < 10; i++ {
		data = append(data, make([]byte, 1<<20))
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.Sys > 0, m.Alloc > 0, m.HeapAlloc <= m.Sys, m.NumGC > before, m.NumForcedGC >= 1, m.EnableGC, len(data))
	fmt.Printf("Alloc = %v MiB\tTotalAlloc = %v MiB\n", bToMb(m.Alloc) >= 0, bToMb(m.TotalAlloc) >= bToMb(m.Alloc))
	buf := make([]byte, 1024)
	n := runtime.Stack(buf, false)
	s := string(buf[:n])
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running, locked to thread]:\nmain.main("), strings.Contains(s, ".go:"))
}
