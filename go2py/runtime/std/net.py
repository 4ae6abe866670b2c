"""Go's "net" for TCP: listeners and connections over Python sockets.

Every call that may block (connect, accept, read, write) runs through the runtime's hand-off
(`rt.blocking`): only its goroutine waits. The worker waits in short `select` slices and
looks again at the connection's deadline and closed state between them, so a deadline set or
a Close made by another goroutine ends a blocked call, as in Go. Errors are `*OpError` with
Go's texts (`read tcp 127.0.0.1:40000->127.0.0.1:40001: i/o timeout`).
"""

from __future__ import annotations

import errno as _errno
import select as _select
import socket as _socket
import time as _time
from typing import Any, Optional

from go2py.runtime.blocking import blocking as _blocking
from go2py.runtime.panic import GoError as _GoError
from go2py.runtime.std import errors as _errors
from go2py.runtime.values import NIL_SLICE as _NIL
from go2py.runtime.values import Slice as _Slice

ErrClosed = _errors.New("use of closed network connection")
_SLICE = 0.01  # seconds a blocked worker waits before it looks at deadlines again


def _deadline_error() -> Any:
    from go2py.runtime.std import os as _os

    return _os.ErrDeadlineExceeded


class _Errno(_GoError):
    """A system call's error, worded as Go's syscall.Errno."""

    def __init__(self, msg: str, syscall: str = "") -> None:
        super().__init__(msg)
        self.syscall = syscall


class OpError:
    """*net.OpError."""

    __goname__ = "*net.OpError"

    def __init__(self, Op: str = "", Net: str = "", Source: Any = None, Addr: Any = None, Err: Any = None) -> None:
        self.Op, self.Net, self.Source, self.Addr, self.Err = Op, Net, Source, Addr, Err

    def _copy(self) -> "OpError":
        return OpError(self.Op, self.Net, self.Source, self.Addr, self.Err)

    def Error(self) -> str:
        s = self.Op
        if self.Net:
            s += " " + self.Net
        if self.Source is not None:
            s += " " + self.Source.String()
        if self.Addr is not None:
            s += ("->" if self.Source is not None else " ") + self.Addr.String()
        return s + ": " + self.Err.Error()

    __str__ = Error

    def Unwrap(self) -> Any:
        return self.Err

    def Timeout(self) -> bool:
        t = getattr(self.Err, "Timeout", None)
        return bool(t and t())

    def Temporary(self) -> bool:
        t = getattr(self.Err, "Temporary", None)
        return bool(t and t())


class TCPAddr:
    """*net.TCPAddr (IP as the bytes of the address)."""

    __goname__ = "*net.TCPAddr"

    def __init__(self, IP: Any = None, Port: int = 0, Zone: str = "") -> None:
        self.IP, self.Port, self.Zone = IP, Port, Zone

    def _copy(self) -> "TCPAddr":
        return TCPAddr(self.IP, self.Port, self.Zone)

    def _host(self) -> str:
        if self.IP is None or not len(self.IP):
            return ""
        return IP.String(self.IP)

    def Network(self) -> str:
        return "tcp"

    def String(self) -> str:
        if self is None:
            return "<nil>"
        host = self._host()
        if self.Zone:
            host += "%" + self.Zone
        return JoinHostPort(host, str(self.Port))

    __str__ = String


class IP:
    """net.IP: a []byte of 4 or 16 bytes; its methods take the slice."""

    __goname__ = "net.IP"
    __ptr_methods__ = ("UnmarshalText",)

    @staticmethod
    def To4(ip: Any) -> _Slice:
        b = _to4(bytes(ip)) if ip is not None else None
        return _ip(b) if b is not None else _NIL

    @staticmethod
    def To16(ip: Any) -> _Slice:
        b = bytes(ip) if ip is not None else b""
        if len(b) == 4:
            return _ip(_V4_PREFIX + b)
        return _ip(b) if len(b) == 16 else _NIL

    @staticmethod
    def Equal(ip: Any, x: Any) -> bool:
        a, b = bytes(ip or []), bytes(x or [])
        if len(a) == len(b):
            return a == b
        return _to4(a) is not None and _to4(a) == _to4(b)

    @staticmethod
    def IsLoopback(ip: Any) -> bool:
        b = bytes(ip or [])
        v4 = _to4(b)
        return v4[0] == 127 if v4 is not None else b == bytes(15) + b"\x01"

    @staticmethod
    def IsUnspecified(ip: Any) -> bool:
        b = bytes(ip or [])
        return b in (bytes(16), _V4_PREFIX + bytes(4), bytes(4))

    @staticmethod
    def IsPrivate(ip: Any) -> bool:
        b = bytes(ip or [])
        v4 = _to4(b)
        if v4 is not None:
            return v4[0] == 10 or v4[0] == 172 and v4[1] & 0xF0 == 16 or v4[0] == 192 and v4[1] == 168
        return len(b) == 16 and b[0] & 0xFE == 0xFC

    @staticmethod
    def IsMulticast(ip: Any) -> bool:
        b = bytes(ip or [])
        v4 = _to4(b)
        return v4[0] & 0xF0 == 0xE0 if v4 is not None else len(b) == 16 and b[0] == 0xFF

    @staticmethod
    def IsInterfaceLocalMulticast(ip: Any) -> bool:
        b = bytes(ip or [])
        return len(b) == 16 and _to4(b) is None and b[0] == 0xFF and b[1] & 0x0F == 0x01

    @staticmethod
    def IsLinkLocalMulticast(ip: Any) -> bool:
        b = bytes(ip or [])
        v4 = _to4(b)
        if v4 is not None:
            return v4[:3] == b"\xe0\x00\x00"
        return len(b) == 16 and b[0] == 0xFF and b[1] & 0x0F == 0x02

    @staticmethod
    def IsLinkLocalUnicast(ip: Any) -> bool:
        b = bytes(ip or [])
        v4 = _to4(b)
        if v4 is not None:
            return v4[:2] == b"\xa9\xfe"
        return len(b) == 16 and b[0] == 0xFE and b[1] & 0xC0 == 0x80

    @staticmethod
    def IsGlobalUnicast(ip: Any) -> bool:
        b = bytes(ip or [])
        if len(b) not in (4, 16) or _to4(b) == b"\xff\xff\xff\xff":
            return False
        return not (IP.IsUnspecified(ip) or IP.IsLoopback(ip) or IP.IsMulticast(ip) or IP.IsLinkLocalUnicast(ip))

    @staticmethod
    def MarshalText(ip: Any) -> tuple[_Slice, Any]:
        b = bytes(ip or [])
        if not b:
            return _Slice([]), None
        if len(b) not in (4, 16):
            from go2py.runtime.panic import GoError

            return _NIL, GoError("invalid IP address " + b.hex())
        return _ip(IP.String(ip).encode()), None

    @staticmethod
    def UnmarshalText(cell: Any, text: Any) -> Any:
        from go2py.runtime.panic import GoError

        s = bytes(text or []).decode("utf-8", "replace")
        if not s:
            cell.set(_NIL)
            return None
        ip = ParseIP(s)
        if ip is _NIL:
            return GoError("invalid IP address: " + s)
        cell.set(ip)
        return None

    @staticmethod
    def String(ip: Any) -> str:
        if ip is None or not len(ip):
            return "<nil>"
        b = bytes(ip)
        if len(b) == 16 and b[:12] == b"\0" * 10 + b"\xff\xff":
            b = b[12:]
        if len(b) == 4:
            return _socket.inet_ntop(_socket.AF_INET, b)
        if len(b) == 16:
            return _socket.inet_ntop(_socket.AF_INET6, b)
        return "?" + b.hex()


IPv4len = 4
IPv6len = 16
_V4_PREFIX = b"\0" * 10 + b"\xff\xff"


def _ip(b: bytes) -> _Slice:
    return _Slice(list(b))


def IPv4(a: int, b: int, c: int, d: int) -> _Slice:
    """The 16-byte form of an IPv4 address, as Go's IPv4 returns it."""
    return _ip(_V4_PREFIX + bytes([a & 0xFF, b & 0xFF, c & 0xFF, d & 0xFF]))


def ParseIP(s: str) -> _Slice:
    """Dotted IPv4 (no leading zeros) or IPv6 text; IPv4 comes back in its 16-byte form."""
    import ipaddress

    if "%" in s or not s:
        return _NIL
    try:
        addr = ipaddress.ip_address(s)
    except ValueError:
        return _NIL
    if addr.version == 4:
        return _ip(_V4_PREFIX + addr.packed)
    return _ip(addr.packed)


def _to4(b: bytes) -> Optional[bytes]:
    if len(b) == 4:
        return b
    if len(b) == 16 and b[:12] == _V4_PREFIX:
        return b[12:]
    return None


IPv4bcast = IPv4(255, 255, 255, 255)
IPv4allsys = IPv4(224, 0, 0, 1)
IPv4allrouter = IPv4(224, 0, 0, 2)
IPv4zero = IPv4(0, 0, 0, 0)
IPv6zero = _ip(bytes(16))
IPv6unspecified = _ip(bytes(16))
IPv6loopback = _ip(bytes(15) + b"\x01")
IPv6interfacelocalallnodes = _ip(b"\xff\x01" + bytes(13) + b"\x01")
IPv6linklocalallnodes = _ip(b"\xff\x02" + bytes(13) + b"\x01")
IPv6linklocalallrouters = _ip(b"\xff\x02" + bytes(13) + b"\x02")


def _addr_of(sa: tuple) -> TCPAddr:
    host = sa[0]
    fam = _socket.AF_INET6 if ":" in host else _socket.AF_INET
    return TCPAddr(_Slice(list(_socket.inet_pton(fam, host.split("%")[0]))), sa[1])


def JoinHostPort(host: str, port: str) -> str:
    if ":" in host:
        return "[" + host + "]:" + port
    return host + ":" + port


class _AddrError(_GoError):
    def __init__(self, err: str, addr: str) -> None:
        super().__init__(f"address {addr}: {err}")


def SplitHostPort(hostport: str) -> tuple[str, str, Any]:
    def fail(why: str) -> tuple[str, str, Any]:
        return "", "", _AddrError(why, hostport)

    i = hostport.rfind(":")
    if i < 0:
        return fail("missing port in address")
    if hostport.startswith("["):
        end = hostport.find("]")
        if end < 0:
            return fail("missing ']' in address")
        if end + 1 == len(hostport):
            return fail("missing port in address")
        if end + 1 != i:
            return fail("too many colons in address" if hostport[end + 1] == ":" else "missing port in address")
        host = hostport[1:end]
        if "[" in host or "]" in hostport[end + 1:]:
            return fail("unexpected '[' in address")
        return host, hostport[i + 1:], None
    host = hostport[:i]
    if ":" in host:
        return fail("too many colons in address")
    if "[" in host or "]" in host:
        return fail("unexpected '[' in address" if "[" in host else "unexpected ']' in address")
    return host, hostport[i + 1:], None


def _resolve(network: str, address: str, op: str) -> tuple[Optional[tuple], Any]:
    if network not in ("tcp", "tcp4", "tcp6"):
        if op == "listen" and network in ("udp", "udp4", "udp6"):  # Go's Listen takes stream networks
            class _Text:
                def String(self) -> str:
                    return address
            return None, OpError(op, network, None, _Text(), _GoError(f"address {address}: unexpected address type"))
        # UDP, IP and Unix sockets are not implemented: Go would dial them.
        return None, OpError(op, network, None, None, _GoError("unknown network " + network))
    host, port, err = SplitHostPort(address)
    if err is not None:
        return None, OpError(op, network, None, None, err)
    try:
        p = int(port) if port else 0
        if not 0 <= p <= 65535:
            raise ValueError
    except ValueError:
        return None, OpError(op, network, None, None, _GoError(f"address {address}: invalid port"))
    if host in ("", "localhost"):
        host = "::1" if network == "tcp6" else "127.0.0.1"
    if host not in ("127.0.0.1", "::1", "0.0.0.0", "::") and not host.startswith("127."):
        # Only loopback: go2py's net refuses to reach other hosts rather than guess a resolver.
        try:
            _socket.inet_pton(_socket.AF_INET6 if ":" in host else _socket.AF_INET, host)
        except OSError:
            return None, OpError(op, network, None, None, _GoError(f"lookup {host}: no such host"))
    return (host, p), None


def _sock_error(e: OSError) -> Any:
    code = e.errno or 0
    text = {_errno.ECONNREFUSED: "connection refused", _errno.ECONNRESET: "connection reset by peer",
            _errno.EPIPE: "broken pipe", _errno.EADDRINUSE: "address already in use",
            _errno.EACCES: "permission denied", _errno.ETIMEDOUT: "connection timed out"}.get(code)
    return _Errno(text or (e.strerror or str(e)).lower())


class _Deadlines:
    __slots__ = ("read", "write", "closed")

    def __init__(self) -> None:
        self.read = self.write = 0.0  # absolute times.time(); 0: none
        self.closed = False


def _until(t: Any) -> float:
    if t is None or t.IsZero():
        return 0.0
    return t.UnixNano() / 1e9


class TCPConn:
    """*net.TCPConn."""

    __goname__ = "*net.TCPConn"

    def __init__(self, sock: Optional[_socket.socket] = None) -> None:
        self._sock = sock
        self._d = _Deadlines()
        if sock is not None:
            sock.setblocking(False)
            self._local = _addr_of(sock.getsockname())
            self._remote = _addr_of(sock.getpeername())

    def _wait(self, writing: bool) -> Optional[str]:
        """In the worker: wait until the socket is ready; why not ("timeout", "closed")."""
        s, d = self._sock, self._d
        while True:
            if d.closed:
                return "closed"
            dl = d.write if writing else d.read
            now = _time.time()
            if dl and now >= dl:
                return "timeout"
            wait = _SLICE if not dl else min(_SLICE, dl - now)
            try:
                r, w, _ = _select.select([] if writing else [s], [s] if writing else [], [], wait)
            except (OSError, ValueError):
                return "closed"
            if r or w:
                return None

    def _op_error(self, op: str, err: Any) -> OpError:
        return OpError(op, "tcp", self._local, self._remote, err)

    def _io(self, op: str, fn: Any) -> tuple[Any, Any]:
        writing = op == "write"

        def run() -> tuple[Any, Any]:
            while True:
                why = self._wait(writing)
                if why == "closed":
                    return None, ErrClosed
                if why == "timeout":
                    return None, _deadline_error()
                try:
                    return fn(), None
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError as e:
                    return None, ErrClosed if self._d.closed else _sock_error(e)

        return _blocking(run)

    def Read(self, b: _Slice) -> tuple[int, Any]:
        if self._d.closed:
            return 0, self._op_error("read", ErrClosed)
        if len(b) == 0:
            return 0, None
        data, err = self._io("read", lambda: self._sock.recv(len(b)))  # type: ignore[union-attr]
        if err is not None:
            return 0, self._op_error("read", err)
        if not data:
            from go2py.runtime.std import io as _io

            return 0, _io.EOF
        b.a[b.off:b.off + len(data)] = data
        return len(data), None

    def Write(self, b: _Slice) -> tuple[int, Any]:
        data = bytes(b)
        done = 0
        while done < len(data) or not data:
            if self._d.closed:
                return done, self._op_error("write", ErrClosed)
            n, err = self._io("write", lambda: self._sock.send(data[done:]))  # type: ignore[union-attr]
            if err is not None:
                return done, self._op_error("write", err)
            done += n
            if not data:
                break
        return done, None

    def Close(self) -> Any:
        if self._d.closed:
            return self._op_error("close", ErrClosed)
        self._d.closed = True
        try:
            self._sock.close()  # type: ignore[union-attr]
        except OSError:
            pass
        return None

    def CloseWrite(self) -> Any:
        try:
            self._sock.shutdown(_socket.SHUT_WR)  # type: ignore[union-attr]
        except OSError as e:
            return self._op_error("close", _sock_error(e))
        return None

    def LocalAddr(self) -> TCPAddr:
        return self._local

    def RemoteAddr(self) -> TCPAddr:
        return self._remote

    def SetDeadline(self, t: Any) -> Any:
        self._d.read = self._d.write = _until(t)
        return None

    def SetReadDeadline(self, t: Any) -> Any:
        self._d.read = _until(t)
        return None

    def SetWriteDeadline(self, t: Any) -> Any:
        self._d.write = _until(t)
        return None


class TCPListener:
    """*net.TCPListener."""

    __goname__ = "*net.TCPListener"

    def __init__(self, sock: Optional[_socket.socket] = None) -> None:
        self._sock = sock
        self._closed = False
        if sock is not None:
            sock.setblocking(False)
            self._addr = _addr_of(sock.getsockname())

    def Accept(self) -> tuple[Any, Any]:
        def run() -> tuple[Any, Any]:
            while True:
                if self._closed:
                    return None, ErrClosed
                try:
                    r, _, _ = _select.select([self._sock], [], [], _SLICE)
                except (OSError, ValueError):
                    return None, ErrClosed
                if not r:
                    continue
                try:
                    conn, _ = self._sock.accept()  # type: ignore[union-attr]
                    return conn, None
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError as e:
                    return None, ErrClosed if self._closed else _sock_error(e)

        conn, err = _blocking(run)
        if err is not None:
            return None, OpError("accept", "tcp", None, self._addr, err)
        return TCPConn(conn), None

    def Addr(self) -> TCPAddr:
        return self._addr

    def Close(self) -> Any:
        if self._closed:
            return OpError("close", "tcp", None, self._addr, ErrClosed)
        self._closed = True
        try:
            self._sock.close()  # type: ignore[union-attr]
        except OSError:
            pass
        return None


def Listen(network: str, address: str) -> tuple[Any, Any]:
    sa, err = _resolve(network, address, "listen")
    if err is not None:
        return None, err
    fam = _socket.AF_INET6 if ":" in sa[0] else _socket.AF_INET  # type: ignore[index]
    s = _socket.socket(fam, _socket.SOCK_STREAM)
    s.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
    try:
        s.bind(sa)
        s.listen(128)
    except OSError as e:
        s.close()
        what = "bind" if e.errno in (_errno.EADDRINUSE, _errno.EACCES, _errno.EADDRNOTAVAIL) else "listen"
        return None, OpError("listen", network, None, _addr_of(sa), _Errno(f"{what}: " + _sock_error(e).msg))  # type: ignore[arg-type]
    return TCPListener(s), None


def _dial(network: str, address: str, timeout: float) -> tuple[Any, Any]:
    sa, err = _resolve(network, address, "dial")
    if err is not None:
        return None, err
    fam = _socket.AF_INET6 if ":" in sa[0] else _socket.AF_INET  # type: ignore[index]

    def run() -> tuple[Any, Any]:
        s = _socket.socket(fam, _socket.SOCK_STREAM)
        s.settimeout(timeout if timeout > 0 else None)
        try:
            s.connect(sa)
        except _socket.timeout:
            s.close()
            return None, _deadline_error()
        except OSError as e:
            s.close()
            return None, _Errno("connect: " + _sock_error(e).msg)
        return s, None

    s, err = _blocking(run)
    if err is not None:
        return None, OpError("dial", network, None, _addr_of(sa), err)  # type: ignore[arg-type]
    return TCPConn(s), None


def Dial(network: str, address: str) -> tuple[Any, Any]:
    return _dial(network, address, 0.0)


def DialTimeout(network: str, address: str, timeout: int) -> tuple[Any, Any]:
    return _dial(network, address, timeout / 1e9)
