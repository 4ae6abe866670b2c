"""Go's package net/url: URL parsing, escaping, resolution and query values, with Go's
results and error messages (RFC 3986 as Go's url.go applies it).

A *URL is the URL object itself (a pointer to a struct is the struct, as for translated
structs); Values is a dict of Slices whose methods are static (Values.Get(v, key)); the
escaping errors are boxed EscapeError and InvalidHostError values."""

from __future__ import annotations

from typing import Any, Optional

from go2py.runtime import values as _v
from go2py.runtime.panic import GoError
from go2py.runtime.std import path as _path
from go2py.runtime.std import strconv as _strconv
from go2py.runtime.values import NIL_SLICE, Box, Slice

# What is being escaped or unescaped: each part of a URL allows other characters.
_PATH, _PATH_SEGMENT, _HOST, _ZONE, _USER_PASSWORD, _QUERY_COMPONENT, _FRAGMENT = range(1, 8)

_ALNUM = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_HEX = frozenset(b"0123456789abcdefABCDEF")


def _should_escape(c: int, mode: int) -> bool:
    if c in _ALNUM:
        return False
    if mode in (_HOST, _ZONE) and c in b"!$&'()*+,;=:[]<>\"":
        return False
    if c in b"-_.~":
        return False
    if c in b"$&+,/:;=?@":
        if mode == _PATH:
            return c == ord("?")  # the path as a whole: / ; , mean nothing here
        if mode == _PATH_SEGMENT:
            return c in b"/;,?"
        if mode == _USER_PASSWORD:
            return c in b"@/?:"
        if mode == _QUERY_COMPONENT:
            return True
        if mode == _FRAGMENT:
            return False
    if mode == _FRAGMENT and c in b"!()*":
        return False
    return True


def _escape(s: str, mode: int) -> str:
    b = s.encode("utf-8", "surrogateescape")
    if not any(_should_escape(c, mode) for c in b):
        return s
    out = []
    for c in b:
        if c == 0x20 and mode == _QUERY_COMPONENT:
            out.append("+")
        elif _should_escape(c, mode):
            out.append("%%%02X" % c)
        else:
            out.append(chr(c))
    return "".join(out)


class EscapeError(str):
    """url.EscapeError: the bad escape sequence."""

    __goname__ = "url.EscapeError"

    @staticmethod
    def Error(e: str) -> str:
        return "invalid URL escape " + _strconv.Quote(str(e))


class InvalidHostError(str):
    """url.InvalidHostError: the character not allowed in a host."""

    __goname__ = "url.InvalidHostError"

    @staticmethod
    def Error(e: str) -> str:
        return "invalid character " + _strconv.Quote(str(e)) + " in host name"


def _escape_error(s: str) -> Box:
    return Box(_v.foreign_named(EscapeError, "url.EscapeError", _v.STRING, "net/url"), s)


def _host_error(s: str) -> Box:
    return Box(_v.foreign_named(InvalidHostError, "url.InvalidHostError", _v.STRING, "net/url"), s)


class _Fail(Exception):
    """An error value on its way out of the parser."""

    def __init__(self, err: Any) -> None:
        self.err = err


def _unescape(s: str, mode: int) -> str:
    b = s.encode("utf-8", "surrogateescape")
    n, has_plus, i = 0, False, 0
    while i < len(b):
        c = b[i]
        if c == ord("%"):
            n += 1
            if i + 2 >= len(b) or b[i + 1] not in _HEX or b[i + 2] not in _HEX:
                raise _Fail(_escape_error(b[i:i + 3].decode("utf-8", "surrogateescape")))
            seq = b[i:i + 3]
            v = int(seq[1:], 16)
            # A host may %-encode only non-ASCII bytes, but for %25 (a zone's %).
            if mode == _HOST and int(seq[1:2], 16) < 8 and seq != b"%25":
                raise _Fail(_escape_error(seq.decode()))
            if mode == _ZONE and seq != b"%25" and v != 0x20 and _should_escape(v, _HOST):
                raise _Fail(_escape_error(seq.decode()))
            i += 3
        elif c == ord("+"):
            has_plus = mode == _QUERY_COMPONENT
            i += 1
        else:
            if mode in (_HOST, _ZONE) and c < 0x80 and _should_escape(c, mode):
                raise _Fail(_host_error(chr(c)))
            i += 1
    if n == 0 and not has_plus:
        return s
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == ord("%"):
            out.append(int(b[i + 1:i + 3], 16))
            i += 3
        elif c == ord("+"):
            out.append(0x20 if mode == _QUERY_COMPONENT else c)
            i += 1
        else:
            out.append(c)
            i += 1
    return out.decode("utf-8", "surrogateescape")


def _unescape_err(s: str, mode: int) -> tuple[str, Any]:
    try:
        return _unescape(s, mode), None
    except _Fail as f:
        return "", f.err


def QueryEscape(s: str) -> str:
    return _escape(s, _QUERY_COMPONENT)


def QueryUnescape(s: str) -> tuple[str, Any]:
    return _unescape_err(s, _QUERY_COMPONENT)


def PathEscape(s: str) -> str:
    return _escape(s, _PATH_SEGMENT)


def PathUnescape(s: str) -> tuple[str, Any]:
    return _unescape_err(s, _PATH_SEGMENT)


# ----------------------------------------------------------------------------- errors


class Error(_v.Struct):
    """*url.Error: the operation, the URL and what went wrong."""

    __ptr_methods__ = ("Error", "Unwrap", "Timeout", "Temporary")
    __slots__ = ("Op", "URL", "Err")

    def __init__(self, Op: str = "", URL: str = "", Err: Any = None) -> None:
        self.Op, self.URL, self.Err = Op, URL, Err

    def _copy(self) -> "Error":
        return Error(self.Op, self.URL, self.Err)

    def _assign(self, v: "Error") -> None:
        self.Op, self.URL, self.Err = v.Op, v.URL, v.Err

    def Error(self) -> str:
        return "%s %s: %s" % (self.Op, _strconv.Quote(self.URL), self.Err.Error())

    def Unwrap(self) -> Any:
        return self.Err

    def Timeout(self) -> bool:
        m = getattr(self.Err, "Timeout", None)
        return bool(m and m())

    def Temporary(self) -> bool:
        m = getattr(self.Err, "Temporary", None)
        return bool(m and m())


# ----------------------------------------------------------------------------- Userinfo


class Userinfo(_v.Struct):
    """*url.Userinfo: a user name and an optional password."""

    __gonil__ = True  # its methods take a nil receiver
    __ptr_methods__ = ("Username", "Password", "String")
    __slots__ = ("username", "password", "passwordSet")

    def __init__(self, username: str = "", password: str = "", passwordSet: bool = False) -> None:
        self.username, self.password, self.passwordSet = username, password, passwordSet

    def _copy(self) -> "Userinfo":
        return Userinfo(self.username, self.password, self.passwordSet)

    def _assign(self, v: "Userinfo") -> None:
        self.username, self.password, self.passwordSet = v.username, v.password, v.passwordSet

    def Username(self) -> str:
        return "" if self is None else self.username

    def Password(self) -> tuple[str, bool]:
        if self is None:
            return "", False
        return self.password, self.passwordSet

    def String(self) -> str:
        if self is None:
            return ""
        s = _escape(self.username, _USER_PASSWORD)
        if self.passwordSet:
            s += ":" + _escape(self.password, _USER_PASSWORD)
        return s


def User(username: str) -> Userinfo:
    return Userinfo(username)


def UserPassword(username: str, password: str) -> Userinfo:
    return Userinfo(username, password, True)


# ----------------------------------------------------------------------------- URL


class URL(_v.Struct):
    """*url.URL."""

    __gonil__ = True  # Redacted and Clone take a nil receiver
    __ptr_methods__ = ("AppendBinary", "Clone", "EscapedFragment", "EscapedPath", "Hostname", "IsAbs", "JoinPath",
                       "MarshalBinary", "Parse", "Port", "Query", "Redacted", "RequestURI", "ResolveReference",
                       "String", "UnmarshalBinary")
    __slots__ = ("Scheme", "Opaque", "User", "Host", "Path", "Fragment", "RawQuery", "RawPath",
                 "RawFragment", "ForceQuery", "OmitHost")

    def __init__(self, Scheme: str = "", Opaque: str = "", User: Optional[Userinfo] = None, Host: str = "",
                 Path: str = "", Fragment: str = "", RawQuery: str = "", RawPath: str = "",
                 RawFragment: str = "", ForceQuery: bool = False, OmitHost: bool = False) -> None:
        self.Scheme, self.Opaque, self.User, self.Host, self.Path = Scheme, Opaque, User, Host, Path
        self.Fragment, self.RawQuery, self.RawPath, self.RawFragment = Fragment, RawQuery, RawPath, RawFragment
        self.ForceQuery, self.OmitHost = ForceQuery, OmitHost

    def _copy(self) -> "URL":
        return URL(*(getattr(self, f) for f in URL.__slots__))

    def _assign(self, v: "URL") -> None:
        for f in URL.__slots__:
            setattr(self, f, getattr(v, f))

    def _set_path(self, p: str) -> None:
        path = _unescape(p, _PATH)
        self.Path = path
        self.RawPath = "" if p == _escape(path, _PATH) else p

    def _set_fragment(self, f: str) -> None:
        frag = _unescape(f, _FRAGMENT)
        self.Fragment = frag
        self.RawFragment = "" if f == _escape(frag, _FRAGMENT) else f

    def EscapedPath(self) -> str:
        if self.RawPath and _valid_encoded(self.RawPath, _PATH):
            p, err = _unescape_err(self.RawPath, _PATH)
            if err is None and p == self.Path:
                return self.RawPath
        if self.Path == "*":
            return "*"  # the server-wide OPTIONS request
        return _escape(self.Path, _PATH)

    def EscapedFragment(self) -> str:
        if self.RawFragment and _valid_encoded(self.RawFragment, _FRAGMENT):
            f, err = _unescape_err(self.RawFragment, _FRAGMENT)
            if err is None and f == self.Fragment:
                return self.RawFragment
        return _escape(self.Fragment, _FRAGMENT)

    def String(self) -> str:
        out: list[str] = []
        if self.Scheme:
            out.append(self.Scheme + ":")
        if self.Opaque:
            out.append(self.Opaque)
        else:
            if self.Scheme or self.Host or self.User is not None:
                if not (self.OmitHost and not self.Host and self.User is None):
                    if self.Host or self.Path or self.User is not None:
                        out.append("//")
                    if self.User is not None:
                        out.append(self.User.String() + "@")
                    if self.Host:
                        out.append(_escape(self.Host, _HOST))
            path = self.EscapedPath()
            if path and path[0] != "/" and self.Host:
                out.append("/")
            if not out:
                # A first segment with a colon would read as a scheme: ./ goes before it.
                if ":" in path.split("/", 1)[0]:
                    out.append("./")
            out.append(path)
        if self.ForceQuery or self.RawQuery:
            out.append("?" + self.RawQuery)
        if self.Fragment:
            out.append("#" + self.EscapedFragment())
        return "".join(out)

    def Redacted(self) -> str:
        if self is None:
            return ""
        ru = self._copy()
        if ru.User is not None and ru.User.passwordSet:
            ru.User = UserPassword(ru.User.username, "xxxxx")
        return ru.String()

    def IsAbs(self) -> bool:
        return self.Scheme != ""

    def Hostname(self) -> str:
        return _split_host_port(self.Host)[0]

    def Port(self) -> str:
        return _split_host_port(self.Host)[1]

    def Query(self) -> dict:
        v: dict = {}
        _parse_query(v, self.RawQuery)
        return v

    def RequestURI(self) -> str:
        result = self.Opaque
        if not result:
            result = self.EscapedPath() or "/"
        elif result.startswith("//"):
            result = self.Scheme + ":" + result
        if self.ForceQuery or self.RawQuery:
            result += "?" + self.RawQuery
        return result

    def ResolveReference(self, ref: "URL") -> "URL":
        url = ref._copy()
        if not ref.Scheme:
            url.Scheme = self.Scheme
        if ref.Scheme or ref.Host or ref.User is not None:
            url._set_path(_resolve_path(ref.EscapedPath(), ""))
            return url
        if ref.Opaque:
            url.User, url.Host, url.Path = None, "", ""
            return url
        if not ref.Path and not ref.ForceQuery and not ref.RawQuery:
            url.RawQuery = self.RawQuery
            if not ref.Fragment:
                url.Fragment, url.RawFragment = self.Fragment, self.RawFragment
        if not ref.Path and self.Opaque:
            url.Opaque, url.User, url.Host, url.Path = self.Opaque, None, "", ""
            return url
        url.Host, url.User = self.Host, self.User
        url._set_path(_resolve_path(self.EscapedPath(), ref.EscapedPath()))
        return url

    def Parse(self, ref: str) -> tuple[Optional["URL"], Any]:
        r, err = Parse(ref)
        if err is not None:
            return None, err
        return self.ResolveReference(r), None  # type: ignore[arg-type]

    def JoinPath(self, *elem: str) -> "URL":
        parts = [self.EscapedPath(), *elem]
        if not parts[0].startswith("/"):
            # A relative URL stays relative, without ../ climbing out of it.
            parts[0] = "/" + parts[0]
            p = _path.Join(*parts)[1:]
        else:
            p = _path.Join(*parts)
        if parts[-1].endswith("/") and not p.endswith("/"):
            p += "/"  # path.Join drops a trailing slash: keep one
        url = self._copy()
        url._set_path(p)
        return url

    def Clone(self) -> Optional["URL"]:
        if self is None:
            return None
        c = self._copy()
        if c.User is not None:
            c.User = c.User._copy()
        return c

    def MarshalBinary(self) -> tuple[Slice, Any]:
        return Slice(list(self.String().encode("utf-8", "surrogateescape"))), None

    def AppendBinary(self, b: Slice) -> tuple[Slice, Any]:
        return _v.append_slice(b, self.String()), None

    def UnmarshalBinary(self, text: Any) -> Any:
        u, err = Parse(bytes(text).decode("utf-8", "surrogateescape"))
        if err is not None:
            return err
        self._assign(u)  # type: ignore[arg-type]
        return None


def _valid_encoded(s: str, mode: int) -> bool:
    for c in s.encode("utf-8", "surrogateescape"):
        if c in b"!$&'()*+,;=:@[]%":
            continue  # sub-delims, : and @ (pchar), brackets as browsers leave them, escapes
        if _should_escape(c, mode):
            return False
    return True


def _valid_optional_port(port: str) -> bool:
    if port == "":
        return True
    return port[0] == ":" and all("0" <= c <= "9" for c in port[1:])


def _split_host_port(host_port: str) -> tuple[str, str]:
    host, port = host_port, ""
    colon = host.rfind(":")
    if colon != -1 and _valid_optional_port(host[colon:]):
        host, port = host[:colon], host[colon + 1:]
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host, port


def _resolve_path(base: str, ref: str) -> str:
    if ref == "":
        full = base
    elif ref[0] != "/":
        full = base[:base.rfind("/") + 1] + ref
    else:
        full = ref
    if full == "":
        return ""
    dst = "/"
    first = True
    elems = full.split("/")
    for elem in elems:
        if elem == ".":
            first = False
            continue
        if elem == "..":
            rest = dst[1:]
            i = rest.rfind("/")
            if i == -1:
                dst, first = "/", True
            else:
                dst = "/" + rest[:i]
        else:
            if not first:
                dst += "/"
            dst += elem
            first = False
    if elems[-1] in (".", ".."):
        dst += "/"
    if len(dst) > 1 and dst[1] == "/":
        dst = dst[1:]  # the leading / written first, and one from the path
    return dst


# ----------------------------------------------------------------------------- parsing


def _get_scheme(raw: str) -> tuple[str, str]:
    for i, c in enumerate(raw):
        if "a" <= c <= "z" or "A" <= c <= "Z":
            continue
        if "0" <= c <= "9" or c in "+-.":
            if i == 0:
                return "", raw
            continue
        if c == ":":
            if i == 0:
                raise _Fail(GoError("missing protocol scheme"))
            return raw[:i], raw[i + 1:]
        return "", raw  # not a scheme character: no scheme
    return "", raw


def _valid_userinfo(s: str) -> bool:
    for c in s:
        if c in _ALNUM_STR or c in "-._:~!$&'()*+,;=%@":
            continue
        return False
    return True


_ALNUM_STR = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _parse_host(scheme: str, host: str) -> str:
    bracket = host.rfind("[")
    if bracket > 0:
        raise _Fail(GoError("invalid IP-literal"))
    if bracket == 0:
        close = host.rfind("]")
        if close < 0:
            raise _Fail(GoError("missing ']' in host"))
        colon_port = host[close + 1:]
        if not _valid_optional_port(colon_port):
            raise _Fail(GoError("invalid port %s after host" % _strconv.Quote(colon_port)))
        port = _unescape(colon_port, _HOST)
        name = host[1:close]
        zone = name.find("%25")
        # The zone (after %25) may %-encode what it likes; the address only non-ASCII bytes.
        name = _unescape(name[:zone], _HOST) + _unescape(name[zone:], _ZONE) if zone >= 0 else _unescape(name, _HOST)
        problem, is4 = _parse_addr(name)
        if problem is not None:
            raise _Fail(GoError("invalid host: " + problem))
        if is4:
            raise _Fail(GoError("invalid IP-literal"))
        return "[" + name + "]" + port
    i = host.find(":")
    if i != -1:
        if host.rfind(":") != i and scheme not in ("http", "https"):
            i = host.rfind(":")  # other schemes allow host lists: a port only after the last
        colon_port = host[i:]
        if not _valid_optional_port(colon_port):
            raise _Fail(GoError("invalid port %s after host" % _strconv.Quote(colon_port)))
    return _unescape(host, _HOST)


def _addr_error(s: str, msg: str, at: str = "") -> str:
    text = "ParseAddr(%s): %s" % (_strconv.Quote(s), msg)
    return text + (" (at %s)" % _strconv.Quote(at) if at else "")


def _ipv4_fields(s: str, part: str) -> Optional[str]:
    val, dots, digits = 0, 0, 0
    for i, c in enumerate(part):
        if "0" <= c <= "9":
            if digits == 1 and val == 0:
                return _addr_error(s, "IPv4 field has octet with leading zero")
            val = val * 10 + ord(c) - 48
            digits += 1
            if val > 255:
                return _addr_error(s, "IPv4 field has value >255")
        elif c == ".":
            if i == 0 or i == len(part) - 1 or part[i - 1] == ".":
                return _addr_error(s, "IPv4 field must have at least one digit", part[i:])
            if dots == 3:
                return _addr_error(s, "IPv4 address too long")
            dots += 1
            val = digits = 0
        else:
            return _addr_error(s, "unexpected character", part[i:])
    if dots < 3:
        return _addr_error(s, "IPv4 address too short")
    return None


def _parse_addr(s: str) -> tuple[Optional[str], bool]:
    """What net/netip.ParseAddr says of s (its error text, or None) and whether it is IPv4."""
    for c in s:
        if c == ".":
            return _ipv4_fields(s, s), True
        if c == ":":
            return _ipv6(s), False
        if c == "%":
            return _addr_error(s, "missing IPv6 address"), False
    return _addr_error(s, "unable to parse IP"), False


def _ipv6(s: str) -> Optional[str]:
    rest, zone = s, ""
    if "%" in rest:
        rest, zone = rest.split("%", 1)
        if zone == "":
            return _addr_error(s, "zone must be a non-empty string")
    ellipsis = -1
    if rest.startswith("::"):
        ellipsis, rest = 0, rest[2:]
        if rest == "":
            return None
    i = 0
    while i < 16:
        off, acc = 0, 0
        while off < len(rest) and rest[off] in "0123456789abcdefABCDEF":
            acc = acc * 16 + int(rest[off], 16)
            if off > 3:
                return _addr_error(s, "each group must have 4 or less digits", rest)
            if acc > 0xFFFF:
                return _addr_error(s, "IPv6 field has value >=2^16", rest)
            off += 1
        if off == 0:
            return _addr_error(s, "each colon-separated field must have at least one digit", rest)
        if off < len(rest) and rest[off] == ".":
            if ellipsis < 0 and i != 12:
                return _addr_error(s, "embedded IPv4 address must replace the final 2 fields of the address", rest)
            if i + 4 > 16:
                return _addr_error(s, "too many hex fields to fit an embedded IPv4 at the end of the address", rest)
            problem = _ipv4_fields(s, rest)
            if problem is not None:
                return problem
            rest, i = "", i + 4
            break
        i += 2
        rest = rest[off:]
        if rest == "":
            break
        if rest[0] != ":":
            return _addr_error(s, "unexpected character, want colon", rest)
        if len(rest) == 1:
            return _addr_error(s, "colon must be followed by more characters", rest)
        rest = rest[1:]
        if rest[0] == ":":
            if ellipsis >= 0:
                return _addr_error(s, "multiple :: in address", rest)
            ellipsis, rest = i, rest[1:]
            if rest == "":
                break
    if rest:
        return _addr_error(s, "trailing garbage after address", rest)
    if i < 16 and ellipsis < 0:
        return _addr_error(s, "address string too short")
    if i == 16 and ellipsis >= 0:
        return _addr_error(s, "the :: must expand to at least one field of zeros")
    return None


def _parse_authority(scheme: str, authority: str) -> tuple[Optional[Userinfo], str]:
    i = authority.rfind("@")
    host = _parse_host(scheme, authority if i < 0 else authority[i + 1:])
    if i < 0:
        return None, host
    userinfo = authority[:i]
    if not _valid_userinfo(userinfo):
        raise _Fail(GoError("net/url: invalid userinfo"))
    if ":" not in userinfo:
        return User(_unescape(userinfo, _USER_PASSWORD)), host
    name, _, password = userinfo.partition(":")
    return UserPassword(_unescape(name, _USER_PASSWORD), _unescape(password, _USER_PASSWORD)), host


def _parse(raw: str, via_request: bool) -> URL:
    if any(ord(c) < 0x20 or c == "\x7f" for c in raw):
        raise _Fail(GoError("net/url: invalid control character in URL"))
    if raw == "" and via_request:
        raise _Fail(GoError("empty url"))
    url = URL()
    if raw == "*":
        url.Path = "*"
        return url
    scheme, rest = _get_scheme(raw)
    url.Scheme = scheme.lower()
    if rest.endswith("?") and rest.count("?") == 1:
        url.ForceQuery = True
        rest = rest[:-1]
    else:
        rest, _, url.RawQuery = rest.partition("?")
    if not rest.startswith("/"):
        if url.Scheme:
            url.Opaque = rest  # a rootless path: opaque
            return url
        if via_request:
            raise _Fail(GoError("invalid URI for request"))
        if ":" in rest.split("/", 1)[0]:
            raise _Fail(GoError("first path segment in URL cannot contain colon"))
    if (url.Scheme or not via_request and not rest.startswith("///")) and rest.startswith("//"):
        authority, rest = rest[2:], ""
        i = authority.find("/")
        if i >= 0:
            authority, rest = authority[:i], authority[i:]
        url.User, url.Host = _parse_authority(url.Scheme, authority)
    elif url.Scheme and rest.startswith("/"):
        url.OmitHost = True  # scheme:/path has an empty authority
    url._set_path(rest)
    return url


def Parse(rawURL: str) -> tuple[Optional[URL], Any]:
    u, _, frag = rawURL.partition("#")
    try:
        url = _parse(u, False)
    except _Fail as f:
        return None, Error("parse", u, f.err)
    if frag == "":
        return url, None
    try:
        url._set_fragment(frag)
    except _Fail as f:
        return None, Error("parse", rawURL, f.err)
    return url, None


def ParseRequestURI(rawURL: str) -> tuple[Optional[URL], Any]:
    try:
        return _parse(rawURL, True), None
    except _Fail as f:
        return None, Error("parse", rawURL, f.err)


def JoinPath(base: str, *elem: str) -> tuple[str, Any]:
    url, err = Parse(base)
    if err is not None:
        return "", err
    return url.JoinPath(*elem).String(), None  # type: ignore[union-attr]


# ----------------------------------------------------------------------------- Values


def _parse_query(m: dict, query: str) -> Any:
    err = None
    while query:
        key, _, query = query.partition("&")
        if ";" in key:
            err = GoError("invalid semicolon separator in query")
            continue
        if key == "":
            continue
        key, _, value = key.partition("=")
        key, err1 = QueryUnescape(key)
        if err1 is None:
            value, err1 = QueryUnescape(value)
        if err1 is not None:
            if err is None:
                err = err1
            continue
        m[key] = _v.append(m.get(key, NIL_SLICE), value)
    return err


def ParseQuery(query: str) -> tuple[dict, Any]:
    m: dict = {}
    err = _parse_query(m, query)
    return m, err


class Values:
    """url.Values: map[string][]string; its methods take the map."""

    __goname__ = "url.Values"

    @staticmethod
    def Get(v: Any, key: str) -> str:
        vs = v.get(key) if v is not None else None
        return vs[0] if vs is not None and len(vs) else ""

    @staticmethod
    def Set(v: dict, key: str, value: str) -> None:
        v[key] = Slice([value])

    @staticmethod
    def Add(v: dict, key: str, value: str) -> None:
        v[key] = _v.append(v.get(key, NIL_SLICE), value)

    @staticmethod
    def Del(v: dict, key: str) -> None:
        v.pop(key, None)

    @staticmethod
    def Has(v: Any, key: str) -> bool:
        return v is not None and key in v

    @staticmethod
    def Clone(vs: Any) -> Any:
        if vs is None:
            return None
        return {k: (s if s is NIL_SLICE else Slice(list(s))) for k, s in vs.items()}

    @staticmethod
    def Encode(v: Any) -> str:
        if not v:
            return ""
        parts = []
        for k in sorted(v, key=lambda k: k.encode("utf-8", "surrogateescape")):
            ke = QueryEscape(k)
            for x in v[k]:
                parts.append(ke + "=" + QueryEscape(x))
        return "&".join(parts)


def _struct_type(cls: type, name: str, fields: list) -> None:
    cls.__gotype__ = t = _v.GoType(name, "struct", py=cls, zero=cls)  # type: ignore[attr-defined]
    t.fields = [(f, ft, "", False) for f, ft in fields]


_struct_type(Userinfo, "url.Userinfo", [("username", _v.STRING), ("password", _v.STRING), ("passwordSet", _v.BOOL)])
_struct_type(URL, "url.URL", [
    ("Scheme", _v.STRING), ("Opaque", _v.STRING), ("User", _v.pointer_to(Userinfo.__gotype__)),  # type: ignore[attr-defined]
    ("Host", _v.STRING), ("Path", _v.STRING), ("Fragment", _v.STRING), ("RawQuery", _v.STRING),
    ("RawPath", _v.STRING), ("RawFragment", _v.STRING), ("ForceQuery", _v.BOOL), ("OmitHost", _v.BOOL)])
_struct_type(Error, "url.Error", [("Op", _v.STRING), ("URL", _v.STRING), ("Err", _v.interface_type("error", ("Error",)))])
