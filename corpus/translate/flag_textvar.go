// flag.TextVar with a user type (pointer UnmarshalText, value MarshalText) and net.IP, on a
// FlagSet that reports errors and usage on stdout.
package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"strings"
)

type Level struct{ name string }

func (l *Level) UnmarshalText(b []byte) error {
	s := strings.ToLower(string(b))
	if s != "debug" && s != "info" {
		return errors.New("unknown level " + s)
	}
	l.name = s
	return nil
}

func (l Level) MarshalText() ([]byte, error) { return []byte(l.name), nil }

func main() {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var lvl Level
	var ip net.IP
	fs.TextVar(&lvl, "level", Level{"info"}, "log `level`")
	fs.TextVar(&ip, "addr", net.IPv4(127, 0, 0, 1), "listen address")
	fmt.Println(lvl.name, ip)
	err := fs.Parse([]string{"-level", "DEBUG", "-addr", "10.1.2.3"})
	fmt.Println(err, lvl.name, ip, fs.Lookup("level").DefValue, fs.Lookup("addr").Value)
	err = fs.Parse([]string{"-level", "loud"})
	fmt.Println("error:", err)
	err = fs.Parse([]string{"-addr", "300.1.1.1"})
	fmt.Println("error:", err, ip)
}
