"""Go's package syscall, the part go2py declares: Signal (named as Go's Linux table names
them), Errno (os's), the environment, Getpid, Kill and Exit; WaitStatus, Rusage and Timeval
for os.ProcessState. Credential, SysProcAttr and SysProcIDMap exist for os's process
declarations; os.StartProcess ignores them."""

from __future__ import annotations

import os as _os
from typing import Any

from go2py.runtime import values as _v
from go2py.runtime.std._osfile import Errno
from go2py.runtime.values import Struct as _Struct

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


class WaitStatus(int):
    """syscall.WaitStatus: a wait status as Linux encodes it (os.ProcessState.Sys)."""

    __slots__ = ()
    __goname__ = "syscall.WaitStatus"

    def Exited(self) -> bool:
        return _os.WIFEXITED(int(self))

    def ExitStatus(self) -> int:
        return _os.WEXITSTATUS(int(self)) if _os.WIFEXITED(int(self)) else -1

    def Signaled(self) -> bool:
        return _os.WIFSIGNALED(int(self))

    def Signal(self) -> Any:
        return Signal(_os.WTERMSIG(int(self)) if _os.WIFSIGNALED(int(self)) else -1)

    def CoreDump(self) -> bool:
        return _os.WIFSIGNALED(int(self)) and _os.WCOREDUMP(int(self))

    def Stopped(self) -> bool:
        return _os.WIFSTOPPED(int(self))

    def StopSignal(self) -> Any:
        return Signal(_os.WSTOPSIG(int(self)) if _os.WIFSTOPPED(int(self)) else -1)

    def Continued(self) -> bool:
        return _os.WIFCONTINUED(int(self))

    def TrapCause(self) -> int:
        s = int(self)
        if not _os.WIFSTOPPED(s) or _os.WSTOPSIG(s) != 5:  # SIGTRAP
            return -1
        return s >> 16


def wait_status(status: int) -> Any:
    """The interface value holding syscall.WaitStatus(status) (os.ProcessState.Sys)."""
    from go2py.runtime import values as _v

    return _v.Box(_v.foreign_named(WaitStatus, "syscall.WaitStatus", _v.UINT32, "syscall"), WaitStatus(status))


class Timeval(_Struct):
    """syscall.Timeval: seconds and microseconds."""

    __ptr_methods__ = ("Nano", "Unix")
    __slots__ = ("Sec", "Usec")

    def __init__(self, Sec: int = 0, Usec: int = 0) -> None:
        self.Sec, self.Usec = Sec, Usec

    def _copy(self) -> "Timeval":
        return Timeval(self.Sec, self.Usec)

    def _assign(self, v: "Timeval") -> None:
        self.Sec, self.Usec = v.Sec, v.Usec

    def Nano(self) -> int:
        return self.Sec * 1_000_000_000 + self.Usec * 1000

    def Unix(self) -> tuple[int, int]:
        return self.Sec, self.Usec * 1000


_RUSAGE_FIELDS = ("Maxrss", "Ixrss", "Idrss", "Isrss", "Minflt", "Majflt", "Nswap", "Inblock", "Oublock",
                  "Msgsnd", "Msgrcv", "Nsignals", "Nvcsw", "Nivcsw")


class Rusage(_Struct):
    """syscall.Rusage: a child's resource usage (os.ProcessState.SysUsage)."""

    __slots__ = ("Utime", "Stime") + _RUSAGE_FIELDS

    def __init__(self, Utime: Any = None, Stime: Any = None, **counts: int) -> None:
        self.Utime = Utime if Utime is not None else Timeval()
        self.Stime = Stime if Stime is not None else Timeval()
        for f in _RUSAGE_FIELDS:
            setattr(self, f, counts.get(f, 0))

    def _copy(self) -> "Rusage":
        return Rusage(self.Utime._copy(), self.Stime._copy(), **{f: getattr(self, f) for f in _RUSAGE_FIELDS})

    def _assign(self, v: "Rusage") -> None:
        self.Utime._assign(v.Utime)
        self.Stime._assign(v.Stime)
        for f in _RUSAGE_FIELDS:
            setattr(self, f, getattr(v, f))


def rusage_of(ru: Any) -> Rusage:
    """A Rusage from Python's resource.struct_rusage (times as floats of seconds)."""

    def tv(t: float) -> Timeval:
        us = round(t * 1e6)
        return Timeval(us // 1_000_000, us % 1_000_000)

    return Rusage(tv(ru.ru_utime), tv(ru.ru_stime), **{f: getattr(ru, "ru_" + f.lower()) for f in _RUSAGE_FIELDS})


def _struct_type(cls: type, name: str, fields: list) -> None:
    """The run-time type fmt and reflect read a struct class's fields from."""
    cls.__gotype__ = t = _v.GoType(name, "struct", py=cls, zero=cls)  # type: ignore[attr-defined]
    t.fields = [(f, ft, "", False) for f, ft in fields]


_struct_type(Timeval, "syscall.Timeval", [("Sec", _v.INT64), ("Usec", _v.INT64)])
_struct_type(Rusage, "syscall.Rusage", [("Utime", Timeval.__gotype__), ("Stime", Timeval.__gotype__)]  # type: ignore[attr-defined]
             + [(f, _v.INT64) for f in _RUSAGE_FIELDS])
