"""Go's package log: the standard logger and ``*log.Logger``.

Each message is formatted with ``fmt.Sprint``/``Sprintf``/``Sprintln``, given
the header Go's flags ask for (prefix, local or UTC date and time, optional
microseconds; with ``Lmsgprefix`` the prefix goes after the header), ended
with a newline when missing, and written with one ``Write`` call to the
logger's writer (``os.Stderr`` by default: unbuffered).

``Fatal*`` exit with status 1 after writing; ``Panic*`` panic with the message
string.

``Lshortfile``/``Llongfile``: the Go file and line of the caller, from the
table the translator writes into programs that name these flags (see
runtime/callers.py); ``???:0: `` as in Go when there is no Go caller.
"""

from __future__ import annotations

import time as _time
from typing import Any, Callable, Optional

from go2py.runtime import callers as _callers
from go2py.runtime import exit as _exit
from go2py.runtime.panic import GoPanic as _GoPanic
from go2py.runtime.std import fmt as _fmt
from go2py.runtime.std import io as _io
from go2py.runtime.std import os as _os
from go2py.runtime.values import Slice, str_bytes

__all__ = ["Ldate", "Ltime", "Lmicroseconds", "Llongfile", "Lshortfile", "LUTC", "Lmsgprefix", "LstdFlags",
           "Logger", "New", "Default", "Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln",
           "Panic", "Panicf", "Panicln", "SetFlags", "Flags", "SetPrefix", "Prefix", "SetOutput", "Writer",
           "Output"]

Ldate = 1
Ltime = 2
Lmicroseconds = 4
Llongfile = 8
Lshortfile = 16
LUTC = 32
Lmsgprefix = 64
LstdFlags = Ldate | Ltime


def _int32(flag: int) -> int:
    """Go keeps a logger's flags in an atomic.Int32."""
    return ((int(flag) + (1 << 31)) & 0xFFFFFFFF) - (1 << 31)


def _header(prefix: str, flag: int, skip: int) -> str:
    parts = []
    if not flag & Lmsgprefix:
        parts.append(prefix)
    if flag & (Ldate | Ltime | Lmicroseconds):
        now = _time.time_ns()
        secs, ns = divmod(now, 1_000_000_000)
        t = _time.gmtime(secs) if flag & LUTC else _time.localtime(secs)
        if flag & Ldate:
            parts.append("%04d/%02d/%02d " % (t.tm_year, t.tm_mon, t.tm_mday))
        if flag & (Ltime | Lmicroseconds):
            parts.append("%02d:%02d:%02d" % (t.tm_hour, t.tm_min, t.tm_sec))
            if flag & Lmicroseconds:
                parts.append(".%06d" % (ns // 1000))
            parts.append(" ")
    if flag & (Lshortfile | Llongfile):
        f = _callers.caller(skip)
        if f is None:
            parts.append("???:0: ")
        else:
            file = f.file if flag & Llongfile and not flag & Lshortfile else f.file.rsplit("/", 1)[-1]
            parts.append(f"{file}:{f.line}: ")
    if flag & Lmsgprefix:
        parts.append(prefix)
    return "".join(parts)


class Logger:
    """*log.Logger."""

    def __init__(self, out: Any = None, prefix: str = "", flag: int = 0) -> None:
        self.out = out
        self.prefix = prefix
        self.flag = _int32(flag)

    def Output(self, calldepth: int, s: str) -> Optional[Any]:
        # calldepth 1 is Output's caller: the first Go frame.
        return self._output(calldepth - 1, lambda: s)

    def _output(self, skip: int, message: Callable[[], str]) -> Optional[Any]:
        """Write one message; its Lshortfile/Llongfile position is of the Go caller `skip`
        frames up from the program's call into log. As Go, a logger writing to io.Discard
        does not format the message (no String method is called)."""
        w = self.out
        if w is _io.Discard:
            return None
        line = _header(self.prefix, self.flag, skip)
        line += message()
        if not line.endswith("\n"):
            line += "\n"
        if w is None:
            return None
        if isinstance(w, _os.File):
            _, err = w.WriteString(line)
        else:
            _, err = w.Write(Slice(list(str_bytes(line))))
        return err

    def Print(self, *v: Any) -> None:
        self._output(0, lambda: _fmt.Sprint(*v))

    def Printf(self, format: str, *v: Any) -> None:
        self._output(0, lambda: _fmt.Sprintf(format, *v))

    def Println(self, *v: Any) -> None:
        self._output(0, lambda: _fmt.Sprintln(*v))

    def Fatal(self, *v: Any) -> None:
        self._output(0, lambda: _fmt.Sprint(*v))
        _exit(1)

    def Fatalf(self, format: str, *v: Any) -> None:
        self._output(0, lambda: _fmt.Sprintf(format, *v))
        _exit(1)

    def Fatalln(self, *v: Any) -> None:
        self._output(0, lambda: _fmt.Sprintln(*v))
        _exit(1)

    def Panic(self, *v: Any) -> None:
        s = _fmt.Sprint(*v)
        self._output(0, lambda: s)
        raise _GoPanic(s)

    def Panicf(self, format: str, *v: Any) -> None:
        s = _fmt.Sprintf(format, *v)
        self._output(0, lambda: s)
        raise _GoPanic(s)

    def Panicln(self, *v: Any) -> None:
        s = _fmt.Sprintln(*v)
        self._output(0, lambda: s)
        raise _GoPanic(s)

    def Flags(self) -> int:
        return self.flag

    def SetFlags(self, flag: int) -> None:
        self.flag = _int32(flag)

    def Prefix(self) -> str:
        return self.prefix

    def SetPrefix(self, prefix: str) -> None:
        self.prefix = prefix

    def Writer(self) -> Any:
        return self.out

    def SetOutput(self, w: Any) -> None:
        self.out = w


def New(out: Any, prefix: str, flag: int) -> Logger:
    return Logger(out, prefix, flag)


_std = Logger(_os.Stderr, "", LstdFlags)


def Default() -> Logger:
    return _std


def Print(*v: Any) -> None:
    _std._output(0, lambda: _fmt.Sprint(*v))


def Printf(format: str, *v: Any) -> None:
    _std._output(0, lambda: _fmt.Sprintf(format, *v))


def Println(*v: Any) -> None:
    _std._output(0, lambda: _fmt.Sprintln(*v))


def Fatal(*v: Any) -> None:
    _std.Fatal(*v)


def Fatalf(format: str, *v: Any) -> None:
    _std.Fatalf(format, *v)


def Fatalln(*v: Any) -> None:
    _std.Fatalln(*v)


def Panic(*v: Any) -> None:
    _std.Panic(*v)


def Panicf(format: str, *v: Any) -> None:
    _std.Panicf(format, *v)


def Panicln(*v: Any) -> None:
    _std.Panicln(*v)


def Flags() -> int:
    return _std.flag


def SetFlags(flag: int) -> None:
    _std.flag = _int32(flag)


def Prefix() -> str:
    return _std.prefix


def SetPrefix(prefix: str) -> None:
    _std.prefix = prefix


def SetOutput(w: Any) -> None:
    _std.out = w


def Writer() -> Any:
    return _std.out


def Output(calldepth: int, s: str) -> Optional[Any]:
    return _std._output(calldepth - 1, lambda: s)
