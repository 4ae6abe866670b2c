"""Go's package os: arguments, environment, exit, process identity, the standard
streams, and (from ``_osfile``) files and the file system with Go's error texts."""

from __future__ import annotations

import errno as _errno
import fcntl as _fcntl
import os as _os
import signal as _signal
import sys as _sys
import warnings as _warnings
from typing import Any, Optional

from go2py.runtime import exit as _exit
from go2py.runtime.panic import GoError as _GoError
from go2py.runtime.std import errors as _errors_mod
from go2py.runtime.values import NIL_SLICE, Slice

from ._osfile import Errno as _Errno
from ._osfile import path_error as _path_error
from ._osfile import (O_APPEND, O_CREATE, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY, SEEK_CUR, SEEK_END,
                      SEEK_SET, Chdir, Chmod, Create, CreateTemp, File, IsExist, IsNotExist, IsPermission,
                      IsTimeout, Link, LinkError, Lstat, Mkdir, MkdirAll, MkdirTemp, NewFile, Open, OpenFile,
                      ReadDir, ReadFile, Readlink, Remove, RemoveAll, Rename, SameFile, Stat, Symlink, TempDir,
                      Truncate, WriteFile)
from ._osroot import OpenInRoot, OpenRoot, Root
from . import syscall as _syscall
from .io_fs import (ErrClosed, ErrExist, ErrInvalid, ErrNotExist, ErrPermission, FileMode, ModeAppend,
                    ModeCharDevice, ModeDevice, ModeDir, ModeExclusive, ModeIrregular, ModeNamedPipe, ModePerm,
                    ModeSetgid, ModeSetuid, ModeSocket, ModeSticky, ModeSymlink, ModeTemporary, ModeType,
                    PathError)


Args = Slice([_sys.argv[0] if _sys.argv else "prog"] + _sys.argv[1:])

# The os.Signal values every system has: syscall.SIGINT and syscall.SIGKILL.
Interrupt = _syscall.signal_value(2)
Kill = _syscall.signal_value(9)


class _DeadlineExceededError(_GoError):
    """The error of a passed I/O deadline (Go's *poll.DeadlineExceededError)."""

    __slots__ = ()
    __goname__ = "*poll.DeadlineExceededError"

    def __init__(self) -> None:
        self.msg = "i/o timeout"

    def Timeout(self) -> bool:
        return True

    def Temporary(self) -> bool:
        return True


ErrDeadlineExceeded = _DeadlineExceededError()
ErrNoDeadline = _errors_mod.New("file type does not support deadline")


def Exit(code: int) -> None:
    _exit(code)


def Getenv(key: str) -> str:
    return _os.environ.get(key, "")


def LookupEnv(key: str) -> tuple[str, bool]:
    v = _os.environ.get(key)
    return ("", False) if v is None else (v, True)


def Setenv(key: str, value: str) -> Optional[Any]:
    # syscall.Setenv refuses an empty name, a name with '=' or NUL and a value with NUL
    if key == "" or "=" in key or "\x00" in key or "\x00" in value:
        return SyscallError("setenv", _Errno(_errno.EINVAL))
    _os.environ[key] = value
    return None


def Unsetenv(key: str) -> Optional[Any]:
    try:
        _os.environ.pop(key, None)
    except ValueError:  # a name no variable can have ('=', NUL): Go has nothing to remove
        pass
    return None


def Environ() -> Slice:
    return Slice([f"{k}={v}" for k, v in _os.environ.items()])


def Getpid() -> int:
    return _os.getpid()


def Hostname() -> tuple[str, Optional[Any]]:
    import socket

    return socket.gethostname(), None


def Getwd() -> tuple[str, Optional[Any]]:
    return _os.getcwd(), None


PathSeparator = "/"
PathListSeparator = ":"
DevNull = "/dev/null"


def IsPathSeparator(c: int) -> bool:
    return c == 0x2F


def Clearenv() -> None:
    _os.environ.clear()


def Getuid() -> int:
    return _os.getuid()


def Geteuid() -> int:
    return _os.geteuid()


def Getgid() -> int:
    return _os.getgid()


def Getegid() -> int:
    return _os.getegid()


def Getppid() -> int:
    return _os.getppid()


def Getgroups() -> tuple[Slice, Optional[Any]]:
    return Slice(_os.getgroups()), None


def Getpagesize() -> int:
    return _os.sysconf("SC_PAGE_SIZE")


def Executable() -> tuple[str, Optional[Any]]:
    return _os.path.realpath(_sys.argv[0]), None


def UserHomeDir() -> tuple[str, Optional[Any]]:
    from go2py.runtime.panic import GoError

    v = _os.environ.get("HOME", "")
    if v == "":
        return "", GoError("$HOME is not defined")
    return v, None


def UserCacheDir() -> tuple[str, Optional[Any]]:
    from go2py.runtime.panic import GoError

    v = _os.environ.get("XDG_CACHE_HOME", "")
    if v and not v.startswith("/"):
        return "", GoError("path in $XDG_CACHE_HOME is relative")
    if v == "":
        h = _os.environ.get("HOME", "")
        if h == "":
            return "", GoError("neither $XDG_CACHE_HOME nor $HOME are defined")
        v = h + "/.cache"
    return v, None


def UserConfigDir() -> tuple[str, Optional[Any]]:
    from go2py.runtime.panic import GoError

    v = _os.environ.get("XDG_CONFIG_HOME", "")
    if v and not v.startswith("/"):
        return "", GoError("path in $XDG_CONFIG_HOME is relative")
    if v == "":
        h = _os.environ.get("HOME", "")
        if h == "":
            return "", GoError("neither $XDG_CONFIG_HOME nor $HOME are defined")
        v = h + "/.config"
    return v, None


def _is_shell_special(c: str) -> bool:
    return c in "*#$@!?-" or "0" <= c <= "9"


def _is_alnum(c: str) -> bool:
    return c == "_" or "0" <= c <= "9" or "a" <= c <= "z" or "A" <= c <= "Z"


def _shell_name(s: str) -> tuple[str, int]:
    """Go's getShellName: the name after a $ and how many bytes it takes."""
    if s[0] == "{":
        if len(s) > 2 and _is_shell_special(s[1]) and s[2] == "}":
            return s[1:2], 3
        for i in range(1, len(s)):
            if s[i] == "}":
                if i == 1:
                    return "", 2  # bad syntax
                return s[1:i], i + 1
        return "", 1  # bad syntax
    if _is_shell_special(s[0]):
        return s[0:1], 1
    i = 0
    while i < len(s) and _is_alnum(s[i]):
        i += 1
    return s[:i], i


def Expand(s: str, mapping) -> str:
    out: list[str] = []
    i = 0
    j = 0
    while j < len(s):
        if s[j] == "$" and j + 1 < len(s):
            out.append(s[i:j])
            name, w = _shell_name(s[j + 1 :])
            if name == "" and w > 0:
                pass  # invalid syntax: eat the characters
            elif name == "":
                out.append(s[j])  # a lone $ stays
            else:
                out.append(mapping(name))
            j += w
            i = j + 1
        j += 1
    if i == 0:
        return s
    out.append(s[i:])
    return "".join(out)


def ExpandEnv(s: str) -> str:
    return Expand(s, Getenv)


Stdin = File(0, "/dev/stdin")
Stdout = File(1, "/dev/stdout")
Stderr = File(2, "/dev/stderr")


# ----------------------------------------------------------------------------- ownership, times, pipes

ErrProcessDone = _errors_mod.New("os: process already finished")
ErrNoHandle = _errors_mod.New("os: process handle unavailable")


def Chown(name: str, uid: int, gid: int) -> Any:
    try:
        _os.chown(name, uid, gid)
    except OSError as e:
        return _path_error("chown", name, e)
    return None


def Lchown(name: str, uid: int, gid: int) -> Any:
    try:
        _os.lchown(name, uid, gid)
    except OSError as e:
        return _path_error("lchown", name, e)
    return None


def Chtimes(name: str, atime: Any, mtime: Any) -> Any:
    # A zero Time leaves that time unchanged, as Go's UTIME_OMIT does.
    st = None
    try:
        if atime.IsZero() or mtime.IsZero():
            st = _os.stat(name)
        a = st.st_atime_ns if atime.IsZero() else atime.UnixNano()  # type: ignore[union-attr]
        m = st.st_mtime_ns if mtime.IsZero() else mtime.UnixNano()  # type: ignore[union-attr]
        _os.utime(name, ns=(a, m))
    except OSError as e:
        return _path_error("chtimes", name, e)
    return None


class SyscallError:
    """*os.SyscallError: the system call's name and its error."""

    __slots__ = ("Syscall", "Err")

    def __init__(self, Syscall: str = "", Err: Any = None) -> None:
        self.Syscall, self.Err = Syscall, Err

    def Error(self) -> str:
        return self.Syscall + ": " + self.Err.Error()

    def Unwrap(self) -> Any:
        return self.Err

    def Timeout(self) -> bool:
        t = getattr(self.Err, "Timeout", None)
        return bool(t and t())


def NewSyscallError(syscall: str, err: Any) -> Any:
    return None if err is None else SyscallError(syscall, err)


def Pipe() -> tuple[Any, Any, Any]:
    try:
        r, w = _os.pipe()
    except OSError as e:
        return None, None, NewSyscallError("pipe2", _Errno(e.errno or 24))
    return File(r, "|0", "pipe"), File(w, "|1", "pipe"), None


_errProcessReleased = _errors_mod.New("os: process already released")

# The states of a Process: its pid may be signalled, it was waited for, it was released.
_RUNNING, _DONE, _RELEASED = 0, 1, 2


def _is_syscall_signal(sig: Any) -> bool:
    """Whether the os.Signal value holds a syscall.Signal (the only kind Unix can send)."""
    from go2py.runtime.values import Box

    if isinstance(sig, Box):
        return getattr(sig.t, "name", "") == "syscall.Signal"
    return isinstance(sig, _syscall.Signal)


class Process:
    """*os.Process: a child started by StartProcess or a pid found by FindProcess."""

    __slots__ = ("Pid", "_state", "_child")

    def __init__(self, Pid: int = 0) -> None:
        self.Pid = Pid
        self._state = _RUNNING
        self._child = False  # only a child of this process can be waited for

    def Signal(self, sig: Any) -> Any:
        if self._state == _DONE:
            return ErrProcessDone
        if self._state == _RELEASED:
            return _errProcessReleased
        if not _is_syscall_signal(sig):
            return _errors_mod.New("os: unsupported signal type")
        try:
            _os.kill(self.Pid, _syscall.signal_number(sig))
        except ProcessLookupError:
            return ErrProcessDone
        except OSError as e:
            return _Errno(e.errno or 1)
        return None

    def Kill(self) -> Any:
        return self.Signal(Kill)

    def Release(self) -> Any:
        # On Unix Go sets Pid to -1 (kept for compatibility) and forgets the process.
        self.Pid = -1
        self._state = _RELEASED
        return None

    def Wait(self) -> tuple[Any, Any]:
        if self._state == _RELEASED:
            return None, _Errno(_errno.EINVAL)
        if self._state == _DONE:
            # Go answers a second Wait as the wait system call would: ECHILD.
            return None, SyscallError("wait", _Errno(_errno.ECHILD))
        from go2py.runtime import blocking

        try:
            # The wait goes to a worker thread so that the other goroutines keep running.
            pid, status, usage = blocking(_os.wait4, self.Pid, 0)
        except OSError as e:
            return None, SyscallError("waitid", _Errno(e.errno or _errno.ECHILD))
        self._state = _DONE
        return ProcessState(pid, status, _syscall.rusage_of(usage)), None

    def WithHandle(self, f: Any) -> Any:
        if self._state == _DONE:
            return ErrProcessDone
        if self._state == _RELEASED:
            return _errProcessReleased
        try:
            h = _os.pidfd_open(self.Pid)
        except (AttributeError, OSError):
            return ErrNoHandle
        try:
            f(h)
        finally:
            _os.close(h)
        return None


class ProcessState:
    """*os.ProcessState: what Wait learnt of a child (its pid, wait status and usage)."""

    __gonil__ = True  # String and ExitCode take a nil receiver
    __slots__ = ("_pid", "_status", "_usage")

    def __init__(self, pid: int = 0, status: int = 0, usage: Any = None) -> None:
        self._pid, self._status, self._usage = pid, status, usage

    def _copy(self) -> "ProcessState":
        return ProcessState(self._pid, self._status, self._usage)

    def _assign(self, v: "ProcessState") -> None:
        self._pid, self._status, self._usage = v._pid, v._status, v._usage

    def Pid(self) -> int:
        return self._pid

    def Exited(self) -> bool:
        return _os.WIFEXITED(self._status)

    def ExitCode(self) -> int:
        if self is None:
            return -1
        return _os.WEXITSTATUS(self._status) if _os.WIFEXITED(self._status) else -1

    def Success(self) -> bool:
        return self.ExitCode() == 0

    def Sys(self) -> Any:
        return _syscall.wait_status(self._status)

    def SysUsage(self) -> Any:
        return self._usage

    def UserTime(self) -> Any:
        from .time import Duration

        return Duration(self._usage.Utime.Nano())

    def SystemTime(self) -> Any:
        from .time import Duration

        return Duration(self._usage.Stime.Nano())

    def String(self) -> str:
        if self is None:
            return "<nil>"
        w = _syscall.WaitStatus(self._status)
        res = ""
        if w.Exited():
            res = "exit status " + str(w.ExitStatus())
        elif w.Signaled():
            res = "signal: " + w.Signal().String()
        elif w.Stopped():
            res = "stop signal: " + w.StopSignal().String()
            if w.StopSignal() == 5 and w.TrapCause() != 0:  # SIGTRAP
                res += " (trap " + str(w.TrapCause()) + ")"
        elif w.Continued():
            res = "continued"
        if w.CoreDump():
            res += " (core dumped)"
        return res


class ProcAttr:
    """os.ProcAttr: the child's directory, environment and descriptors."""

    __slots__ = ("Dir", "Env", "Files", "Sys")

    def __init__(self, Dir: str = "", Env: Any = NIL_SLICE, Files: Any = NIL_SLICE, Sys: Any = None) -> None:
        self.Dir, self.Env, self.Files, self.Sys = Dir, Env, Files, Sys

    def _copy(self) -> "ProcAttr":
        return ProcAttr(self.Dir, self.Env, self.Files, self.Sys)

    def _assign(self, v: "ProcAttr") -> None:
        self.Dir, self.Env, self.Files, self.Sys = v.Dir, v.Env, v.Files, v.Sys


def _child(name: bytes, argv: list[bytes], env: dict[bytes, bytes], d: Optional[bytes], fds: list[int],
           errw: int) -> None:
    """In the forked child: the directory, descriptor i from fds[i] (-1 closes it), the
    signal state Go's children start with, then exec. A failure's errno goes to errw."""
    fcntl, signal = _fcntl, _signal  # imported beforehand: nothing is imported after fork
    try:
        if d is not None:
            _os.chdir(d)
        n = len(fds)
        # Move any source below its slot (and the error pipe) above all the slots first, so
        # that no dup2 below overwrites a descriptor still to be copied.
        for i, fd in enumerate(fds):
            if 0 <= fd < i:
                fds[i] = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, n)
        if errw < n:
            errw = fcntl.fcntl(errw, fcntl.F_DUPFD_CLOEXEC, n)
        for i, fd in enumerate(fds):
            if fd < 0:
                try:
                    _os.close(i)
                except OSError:
                    pass
            elif fd == i:
                _os.set_inheritable(i, True)
            else:
                _os.dup2(fd, i, inheritable=True)
        for i in range(n, 3):
            try:
                _os.close(i)
            except OSError:
                pass
        # Python ignores SIGPIPE and SIGXFSZ; a Go parent leaves its children the defaults.
        try:
            for sig in (signal.SIGPIPE, signal.SIGXFSZ):
                signal.signal(sig, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_SETMASK, [])
        except (OSError, ValueError):
            pass
        _os.execve(name, argv, env)  # type: ignore[arg-type]
    except OSError as e:
        code = e.errno or _errno.EIO
    except BaseException:
        code = _errno.EIO
    try:
        _os.write(errw, code.to_bytes(4, "little"))
    finally:
        _os._exit(127)


def StartProcess(name: str, argv: Any, attr: Any) -> tuple[Any, Any]:
    from go2py.runtime.values import str_bytes

    if attr is None:
        from go2py.runtime.panic import nil_deref_error

        raise nil_deref_error()
    if attr.Sys is None and attr.Dir != "":
        _, err = Stat(attr.Dir)
        if err is not None:
            err.Op = "chdir"  # Go checks the directory first for a clearer error
            return None, err
    envs = Environ() if attr.Env is NIL_SLICE or attr.Env is None else attr.Env  # nil: the parent's
    env: dict[bytes, bytes] = {}
    for kv in envs:  # (an entry without "=" cannot be passed through Python's execve)
        k, eq, v = kv.partition("=")
        if eq and k:
            env[str_bytes(k)] = str_bytes(v)
    fds = [-1 if f is None or f.closed else f.fd for f in (attr.Files or [])]  # Go's Fd of those is -1
    # What the program printed is in Go already on its descriptors; the child writes to the
    # same ones, so Python's buffers are emptied first (the fork would also copy them).
    for stream in (_sys.stdout, _sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    errr, errw = _os.pipe()
    try:
        with _warnings.catch_warnings():
            # Newer Pythons warn of fork in a process with threads (the hand-off workers);
            # the child only sets up descriptors and calls exec, which is safe.
            _warnings.simplefilter("ignore", DeprecationWarning)
            pid = _os.fork()
        if pid == 0:
            _child(str_bytes(name), [str_bytes(a) for a in argv], env,  # type: ignore[arg-type]
                   str_bytes(attr.Dir) if attr.Dir else None, fds, errw)
        _os.close(errw)
        data = b""
        while True:  # empty once the exec closed the pipe
            chunk = _os.read(errr, 4)
            if not chunk:
                break
            data += chunk
    finally:
        _os.close(errr)
    if data:
        _os.waitpid(pid, 0)
        return None, PathError("fork/exec", name, _Errno(int.from_bytes(data[:4], "little")))
    p = Process(pid)
    p._child = True
    return p, None


def FindProcess(pid: int) -> tuple[Process, Any]:
    return Process(pid), None  # on Unix it always succeeds, as Go's does


# ----------------------------------------------------------------------------- DirFS, CopyFS


class _DirFS:
    """os.DirFS(dir): the tree under dir as an fs.FS (Open, Stat, ReadFile, ReadDir)."""

    __goname__ = "os.dirFS"

    def __init__(self, d: str) -> None:
        self.dir = d

    def _join(self, op: str, name: str) -> tuple[str, Any]:
        from .io_fs import ValidPath

        if not ValidPath(name):
            return "", PathError(op, name, ErrInvalid)
        return (self.dir if name == "." else self.dir + "/" + name), None

    def _rename(self, err: Any, name: str) -> Any:
        if isinstance(err, PathError):
            return PathError(err.Op, name, err.Err)
        return err

    def Open(self, name: str) -> tuple[Any, Any]:
        full, err = self._join("open", name)
        if err is not None:
            return None, err
        f, err = Open(full)
        return (f, None) if err is None else (None, self._rename(err, name))

    def Stat(self, name: str) -> tuple[Any, Any]:
        full, err = self._join("stat", name)
        if err is not None:
            return None, err
        fi, err = Stat(full)
        return (fi, None) if err is None else (None, self._rename(err, name))

    def ReadFile(self, name: str) -> tuple[Any, Any]:
        full, err = self._join("readfile", name)
        if err is not None:
            return NIL_SLICE, err
        b, err = ReadFile(full)
        return (b, None) if err is None else (NIL_SLICE, self._rename(err, name))

    def ReadDir(self, name: str) -> tuple[Any, Any]:
        full, err = self._join("readdir", name)
        if err is not None:
            return NIL_SLICE, err
        d, err = ReadDir(full)
        return (d, None) if err is None else (d, self._rename(err, name))


def DirFS(d: str) -> _DirFS:
    return _DirFS(d)


def CopyFS(d: str, fsys: Any) -> Any:
    """Copy fsys's tree into d: directories 0777, files 0666 (plus the source's execute
    bits), never overwriting an existing file."""
    from . import io_fs as _fs

    def visit(p: str, entry: Any, err: Any) -> Any:
        if err is not None:
            return err
        from .io_fs import ValidPath

        if not ValidPath(p):
            return PathError("CopyFS", p, ErrInvalid)
        newpath = d if p == "." else d + "/" + p
        if entry.IsDir():
            return MkdirAll(newpath, 0o777)
        if not entry.Type() & _fs.ModeType == 0:
            return PathError("CopyFS", p, ErrInvalid)  # only regular files and directories
        data, err = _fs.ReadFile(fsys, p)
        if err is not None:
            return err
        info, err = entry.Info()
        if err is not None:
            return err
        try:
            fd = _os.open(newpath, _os.O_CREAT | _os.O_EXCL | _os.O_WRONLY, 0o666 | (int(info.Mode()) & 0o777))
        except OSError as e:
            return _path_error("open", newpath, e)
        try:
            _os.write(fd, bytes(data))
        finally:
            _os.close(fd)
        return None

    return _fs.WalkDir(fsys, ".", visit)
