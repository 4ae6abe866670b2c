// A TCP echo server on the loopback with concurrent clients, read deadlines and their errors,
// CloseWrite and EOF, Close unblocking Accept, OpError texts, JoinHostPort and SplitHostPort.

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

func serve(l net.Listener, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		c, err := l.Accept()
		if err != nil {
			fmt.Println("accept stopped:", errors.Is(err, net.ErrClosed))
			return
		}
		go func(c net.Conn) {
			defer c.Close()
			sc := bufio.NewScanner(c)
			for sc.Scan() {
				fmt.Fprintf(c, "echo %s\n", strings.ToUpper(sc.Text()))
			}
		}(c)
	}
}

func main() {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go serve(l, &wg)
	addr := l.Addr().String()
	var mu sync.Mutex
	var got []string
	var cw sync.WaitGroup
	for i := 0; i < 4; i++ {
		cw.Add(1)
		go func(i int) {
			defer cw.Done()
			c, err := net.Dial("tcp", addr)
			if err != nil {
				fmt.Println(err)
				return
			}
			defer c.Close()
			r := bufio.NewReader(c)
			for j := 0; j < 3; j++ {
				fmt.Fprintf(c, "client%d-msg%d\n", i, j)
				line, err := r.ReadString('\n')
				if err != nil {
					fmt.Println("read:", err)
					return
				}
				mu.Lock()
				got = append(got, strings.TrimSpace(line))
				mu.Unlock()
			}
		}(i)
	}
	cw.Wait()
	sort.Strings(got)
	fmt.Println(len(got), got[0], got[len(got)-1])

	c, _ := net.Dial("tcp", addr)
	c.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	buf := make([]byte, 10)
	_, err = c.Read(buf)
	var ne net.Error
	fmt.Println(errors.As(err, &ne) && ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded))
	c.(*net.TCPConn).CloseWrite()
	c.SetReadDeadline(time.Time{})
	_, err = c.Read(buf)
	fmt.Println(err == io.EOF)
	c.Close()
	_, err = c.Write([]byte("x"))
	fmt.Println(errors.Is(err, net.ErrClosed))

	l.Close()
	wg.Wait()
	_, err = net.Dial("tcp", addr)
	var op *net.OpError
	fmt.Println(errors.As(err, &op), op.Op, op.Net)
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("example.com", "443"))
	for _, hp := range []string{"a:1", "[::1]:22", "nope", "a:b:c", "[::1]", ":80"} {
		h, p, err := net.SplitHostPort(hp)
		fmt.Printf("%q %q %v\n", h, p, err)
	}
	_, err = net.Listen("udp", "127.0.0.1:0")
	fmt.Println(err)
}
