// Declarations of the API of Go's "net" package that go2py implements: TCP over IPv4 and
// IPv6 (see docs/declarations.md).

package net

import "time"

var ErrClosed error

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

func (ip IP) String() string

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
