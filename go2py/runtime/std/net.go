// Declarations of the API of Go's "net" package that go2py implements: TCP over IPv4 and
// IPv6 (see docs/declarations.md).

package net

import "time"

const (
	IPv4len = 4
	IPv6len = 16
)

var ErrClosed error

var (
	IPv4bcast     IP
	IPv4allsys    IP
	IPv4allrouter IP
	IPv4zero      IP
)

var (
	IPv6zero                   IP
	IPv6unspecified            IP
	IPv6loopback               IP
	IPv6interfacelocalallnodes IP
	IPv6linklocalallnodes      IP
	IPv6linklocalallrouters    IP
)

func IPv4(a, b, c, d byte) IP
func ParseIP(s string) IP
func Dial(network, address string) (Conn, error)
func DialTimeout(network, address string, timeout time.Duration) (Conn, error)
func JoinHostPort(host, port string) string
func Listen(network, address string) (Listener, error)
func SplitHostPort(hostport string) (host, port string, err error)

type Addr interface {
	Network() string
	String() string
}

type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

type Error interface {
	error
	Timeout() bool
	Temporary() bool
}

type IP []byte

func (ip IP) Equal(x IP) bool
func (ip IP) IsGlobalUnicast() bool
func (ip IP) IsInterfaceLocalMulticast() bool
func (ip IP) IsLinkLocalMulticast() bool
func (ip IP) IsLinkLocalUnicast() bool
func (ip IP) IsLoopback() bool
func (ip IP) IsMulticast() bool
func (ip IP) IsPrivate() bool
func (ip IP) IsUnspecified() bool
func (ip IP) MarshalText() ([]byte, error)
func (ip IP) String() string
func (ip IP) To16() IP
func (ip IP) To4() IP
func (ip *IP) UnmarshalText(text []byte) error

type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

type OpError struct {
	Op     string
	Net    string
	Source Addr
	Addr   Addr
	Err    error
}

func (e *OpError) Error() string
func (e *OpError) Temporary() bool
func (e *OpError) Timeout() bool
func (e *OpError) Unwrap() error

type TCPAddr struct {
	IP   IP
	Port int
	Zone string
}

func (a *TCPAddr) Network() string
func (a *TCPAddr) String() string

type TCPConn struct {
	_ int
}

func (c *TCPConn) Close() error
func (c *TCPConn) CloseWrite() error
func (c *TCPConn) LocalAddr() Addr
func (c *TCPConn) Read(b []byte) (int, error)
func (c *TCPConn) RemoteAddr() Addr
func (c *TCPConn) SetDeadline(t time.Time) error
func (c *TCPConn) SetReadDeadline(t time.Time) error
func (c *TCPConn) SetWriteDeadline(t time.Time) error
func (c *TCPConn) Write(b []byte) (int, error)

type TCPListener struct {
	_ [0]func()
}

func (l *TCPListener) Accept() (Conn, error)
func (l *TCPListener) Addr() Addr
func (l *TCPListener) Close() error
