"""Go's package syscall, the part go2py declares: Signal (named as Go's Linux table names
them), Errno (os's), the environment, Getpid, Kill and Exit. Credential, SysProcAttr and
SysProcIDMap exist for os's process declarations; no process is started with them."""

from __future__ import annotations

import os as _os
from typing import Any

from go2py.runtime.std._osfile import Errno

_SIGNAMES = {
    1: "hangup", 2: "interrupt", 3: "quit", 4: "illegal instruction", 5: "trace/breakpoint trap",
    6: "aborted", 7: "bus error", 8: "floating point exception", 9: "killed",
    10: "user defined signal 1", 11: "segmentation fault", 12: "user defined signal 2",
    13: "broken pipe", 14: "alarm clock", 15: "terminated", 16: "stack fault", 17: "child exited",
    18: "continued", 19: "stopped (signal)", 20: "stopped", 21: "stopped (tty input)",
    22: "stopped (tty output)", 23: "urgent I/O condition", 24: "CPU time limit exceeded",
    25: "file size limit exceeded", 26: "virtual timer expired", 27: "profiling timer expired",
    28: "window changed", 29: "I/O possible", 30: "power failure", 31: "bad system call",
}


class Signal(int):
    """syscall.Signal: a signal number; it implements os.Signal."""

    __slots__ = ()
    __goname__ = "syscall.Signal"

    def Signal(self) -> None:
        return None

    def String(self) -> str:
        n = int(self)
        return _SIGNAMES.get(n, "signal " + str(n))


def signal_number(sig: Any) -> int:
    """The number of an os.Signal value (a boxed syscall.Signal)."""
    from go2py.runtime import values as _v

    return int(sig.v if isinstance(sig, _v.Box) else sig)


def signal_value(n: int) -> Any:
    """The os.Signal interface value holding syscall.Signal(n)."""
    from go2py.runtime import values as _v

    return _v.Box(_v.foreign_named(Signal, "syscall.Signal", _v.INT, "syscall"), n)


SIGABRT, SIGALRM, SIGCHLD, SIGHUP, SIGINT, SIGKILL, SIGPIPE = 6, 14, 17, 1, 2, 9, 13
SIGQUIT, SIGSEGV, SIGTERM, SIGUSR1, SIGUSR2, SIGWINCH = 3, 11, 15, 10, 12, 28

EACCES, EAGAIN, EBADF, EEXIST, EINTR, EINVAL, EISDIR = 13, 11, 9, 17, 4, 22, 21
ENOENT, ENOTDIR, ENOTEMPTY, EPERM, EPIPE = 2, 20, 39, 1, 32

Stdin, Stdout, Stderr = 0, 1, 2


def Getpid() -> int:
    return _os.getpid()


def Kill(pid: int, sig: int) -> Any:
    try:
        _os.kill(pid, int(sig))
    except OSError as e:
        return Errno(e.errno or 1)
    return None


def Exit(code: int) -> None:
    from go2py.runtime.std import os as _goos

    _goos.Exit(code)


def Getenv(key: str) -> tuple[str, bool]:
    v = _os.environ.get(key)
    return (v, True) if v is not None else ("", False)


def Setenv(key: str, value: str) -> Any:
    from go2py.runtime.std import os as _goos

    return _goos.Setenv(key, value)


def Unsetenv(key: str) -> Any:
    from go2py.runtime.std import os as _goos

    return _goos.Unsetenv(key)


def Clearenv() -> None:
    _os.environ.clear()


def Environ() -> Any:
    from go2py.runtime.std import os as _goos

    return _goos.Environ()


class Credential:
    """syscall.Credential (declared for os.SysProcAttr)."""

    def __init__(self, Uid: int = 0, Gid: int = 0, Groups: Any = None, NoSetGroups: bool = False) -> None:
        self.Uid, self.Gid, self.Groups, self.NoSetGroups = Uid, Gid, Groups, NoSetGroups


class SysProcIDMap:
    """syscall.SysProcIDMap."""

    def __init__(self, ContainerID: int = 0, HostID: int = 0, Size: int = 0) -> None:
        self.ContainerID, self.HostID, self.Size = ContainerID, HostID, Size


class SysProcAttr:
    """syscall.SysProcAttr: its fields are kept; nothing is started with them."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)
