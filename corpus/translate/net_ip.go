// net.IP: ParseIP (IPv4 in its 16-byte form, zones and leading zeros refused), IPv4, To4/To16,
// Equal, the address classes, text marshalling, and the well-known addresses.
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{"127.0.0.1", "10.1.2.3", "192.168.0.100", "172.20.3.13", "::1", "fe80::1", "ff02::1", "224.0.0.5", "0.0.0.0", "::", "256.0.0.1", "1.2.3.04", "fe80::1%eth0", "2001:db8::68", "::ffff:1.2.3.4", "", "169.254.1.1", "255.255.255.255", "8.8.8.8"} {
		ip := net.ParseIP(s)
		fmt.Println(s, ip, ip == nil, len(ip), ip.To4(), len(ip.To16()), ip.IsLoopback(), ip.IsPrivate(), ip.IsMulticast(),
			ip.IsUnspecified(), ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast(), ip.IsGlobalUnicast())
	}
	a := net.IPv4(10, 0, 0, 1)
	fmt.Println(a, len(a), a.Equal(net.ParseIP("10.0.0.1")), a.Equal(a.To4()), a.To4().Equal(a), net.IPv4bcast, net.IPv6loopback, net.IPv4len)
	t, err := a.MarshalText()
	fmt.Println(string(t), err)
	var ip net.IP
	fmt.Println(ip.UnmarshalText([]byte("::1")), ip, ip.UnmarshalText([]byte("bad")), ip)
	fmt.Printf("%v %s %T\n", a, a, a)
}
