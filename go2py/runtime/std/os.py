"""Go's package os, the part programs use most: arguments, environment, exit, standard
streams and whole-file reads and writes, with Go's error texts."""

from __future__ import annotations

import errno as _errno
import os as _os
import sys as _sys
from typing import Any, Optional

from go2py.runtime import exit as _exit
from go2py.runtime.values import NIL_SLICE, Slice, bytes_str, str_bytes

__all__ = ["Args", "Exit", "Getenv", "LookupEnv", "Setenv", "Unsetenv", "Environ", "Getpid", "Hostname",
           "ReadFile", "WriteFile", "Remove", "Mkdir", "MkdirAll", "Getwd", "Stdout", "Stderr", "Stdin",
           "File", "PathError", "ErrNotExist", "IsNotExist", "IsExist"]

Args = Slice([_sys.argv[0] if _sys.argv else "prog"] + _sys.argv[1:])


def Exit(code: int) -> None:
    _exit(code)


def Getenv(key: str) -> str:
    return _os.environ.get(key, "")


def LookupEnv(key: str) -> tuple[str, bool]:
    v = _os.environ.get(key)
    return ("", False) if v is None else (v, True)


def Setenv(key: str, value: str) -> Optional[Any]:
    _os.environ[key] = value
    return None


def Unsetenv(key: str) -> Optional[Any]:
    _os.environ.pop(key, None)
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


class _ErrNotExist:
    def Error(self) -> str:
        return "file does not exist"


ErrNotExist = _ErrNotExist()


class PathError:
    """*fs.PathError: `open x: no such file or directory`."""

    def __init__(self, Op: str, Path: str, Err: Any) -> None:
        self.Op = Op
        self.Path = Path
        self.Err = Err

    def Error(self) -> str:
        return f"{self.Op} {self.Path}: {self.Err.Error()}"

    def Unwrap(self) -> Any:
        return self.Err


class _Errno:
    def __init__(self, code: int) -> None:
        self.code = code

    def Error(self) -> str:
        return _os.strerror(self.code).lower() if self.code != _errno.ENOENT else "no such file or directory"

    def Is(self, target: Any) -> bool:
        return target is ErrNotExist and self.code == _errno.ENOENT


def _path_error(op: str, path: str, e: OSError) -> PathError:
    return PathError(op, path, _Errno(e.errno or 0))


def IsNotExist(err: Any) -> bool:
    return isinstance(err, PathError) and isinstance(err.Err, _Errno) and err.Err.code == _errno.ENOENT


def IsExist(err: Any) -> bool:
    return isinstance(err, PathError) and isinstance(err.Err, _Errno) and err.Err.code == _errno.EEXIST


def ReadFile(name: str) -> tuple[Slice, Optional[Any]]:
    try:
        with open(name, "rb") as f:
            return Slice(list(f.read())), None
    except OSError as e:
        return NIL_SLICE, _path_error("open", name, e)


def WriteFile(name: str, data: Slice, perm: int) -> Optional[Any]:
    try:
        fd = _os.open(name, _os.O_WRONLY | _os.O_CREAT | _os.O_TRUNC, perm)
        with _os.fdopen(fd, "wb") as f:
            f.write(bytes(data))
        return None
    except OSError as e:
        return _path_error("open", name, e)


def Remove(name: str) -> Optional[Any]:
    try:
        if _os.path.isdir(name):
            _os.rmdir(name)
        else:
            _os.remove(name)
        return None
    except OSError as e:
        return _path_error("remove", name, e)


def Mkdir(name: str, perm: int) -> Optional[Any]:
    try:
        _os.mkdir(name, perm)
        return None
    except OSError as e:
        return _path_error("mkdir", name, e)


def MkdirAll(path: str, perm: int) -> Optional[Any]:
    try:
        _os.makedirs(path, perm, exist_ok=True)
        return None
    except OSError as e:
        return _path_error("mkdir", path, e)


class File:
    """*os.File for the standard streams: unbuffered writes, as Go's."""

    def __init__(self, fd: int, name: str) -> None:
        self.fd = fd
        self.name = name

    def Write(self, b: Slice) -> tuple[int, Optional[Any]]:
        data = bytes(b)
        view = memoryview(data)
        while view:
            n = _os.write(self.fd, view)
            view = view[n:]
        return len(data), None

    def WriteString(self, s: str) -> tuple[int, Optional[Any]]:
        data = str_bytes(s)
        view = memoryview(data)
        while view:
            n = _os.write(self.fd, view)
            view = view[n:]
        return len(data), None

    def Name(self) -> str:
        return self.name

    def Close(self) -> Optional[Any]:
        return None

    def Read(self, b: Slice) -> tuple[int, Optional[Any]]:
        from go2py.runtime import blocking

        # A read may wait for input: only this goroutine waits, the others keep running.
        data = blocking(_os.read, self.fd, len(b))
        if not data:
            from go2py.runtime.std import io as _io  # noqa: F401 - io.EOF when it exists

            return 0, getattr(_io, "EOF", None)
        for i, c in enumerate(data):
            b[i] = c
        return len(data), None

    def ReadString(self, delim: int) -> tuple[str, Optional[Any]]:
        return bytes_str(b""), None


Stdin = File(0, "/dev/stdin")
Stdout = File(1, "/dev/stdout")
Stderr = File(2, "/dev/stderr")
