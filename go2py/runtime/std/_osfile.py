"""``os.File`` and the file-system functions of package ``os`` (Open, Create,
OpenFile, Stat, ReadDir, Remove, MkdirAll, Rename...), with Go's error values:
``*PathError`` / ``*LinkError`` around a ``syscall.Errno`` worded as Go words it."""

from __future__ import annotations

import errno as _errno
import os as _os
import stat as _stat
import random as _random
import select as _select
import time as _time
from typing import Any, Optional

from go2py.runtime.values import NIL_SLICE, Slice, str_bytes

from . import errors as _errors
from . import io_fs as _fs
from .io_fs import PathError

_errFileClosing = _errors.New("use of closed file")  # internal/poll.ErrFileClosing
_errWriteAtInAppendMode = _errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

# Flags and whence values: Linux's, as in Go.
O_RDONLY = _os.O_RDONLY
O_WRONLY = _os.O_WRONLY
O_RDWR = _os.O_RDWR
O_APPEND = _os.O_APPEND
O_CREATE = _os.O_CREAT
O_EXCL = _os.O_EXCL
O_SYNC = _os.O_SYNC
O_TRUNC = _os.O_TRUNC
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class Errno(int):
    """A ``syscall.Errno``: Go's text (its table for Linux, 1 to 132) is the C library's with a
    lower-case first letter but for an acronym; a number without one is "errno N"."""

    __slots__ = ()

    def Error(self) -> str:
        n = int(self)
        s = _os.strerror(n) if 0 < n <= 132 else ""
        if not s or s.startswith("Unknown error"):
            return f"errno {n - (1 << 64) if n >= 1 << 63 else n}"  # Go prints int(e)
        return s if s.startswith("RFS") else s[:1].lower() + s[1:]

    __str__ = Error

    def Is(self, target: Any) -> bool:
        e = int(self)
        if target is _fs.ErrNotExist:
            return e == _errno.ENOENT
        if target is _fs.ErrExist:
            return e in (_errno.EEXIST, _errno.ENOTEMPTY)
        if target is _fs.ErrPermission:
            return e in (_errno.EACCES, _errno.EPERM)
        from go2py.runtime.std import errors

        if target is errors.ErrUnsupported:
            return e in (_errno.ENOSYS, _errno.ENOTSUP, _errno.EOPNOTSUPP)
        return False

    def Temporary(self) -> bool:
        return int(self) in (_errno.EINTR, _errno.EMFILE, _errno.ENFILE) or Errno.Timeout(self)

    def Timeout(self) -> bool:
        return int(self) in (_errno.EAGAIN, _errno.EWOULDBLOCK, _errno.ETIMEDOUT)


def _syscall_mode(mode: int) -> int:
    """Go's syscallMode: a FileMode's permission bits, with its ModeSetuid, ModeSetgid and
    ModeSticky as the system's bits (the system's own 0o7000 bits of an int are dropped)."""
    m = int(mode)
    o = m & 0o777
    if m & _fs.ModeSetuid:
        o |= 0o4000
    if m & _fs.ModeSetgid:
        o |= 0o2000
    if m & _fs.ModeSticky:
        o |= 0o1000
    return o


def path_error(op: str, path: str, e: OSError) -> PathError:
    return PathError(op, path, Errno(e.errno or _errno.EIO))


class LinkError:
    """``*os.LinkError``: ``rename a b: no such file or directory``."""

    __slots__ = ("Op", "Old", "New", "Err")

    def __init__(self, Op: str = "", Old: str = "", New: str = "", Err: Any = None) -> None:
        self.Op, self.Old, self.New, self.Err = Op, Old, New, Err

    def Error(self) -> str:
        return f"{self.Op} {self.Old} {self.New}: {self.Err.Error()}"

    def Unwrap(self) -> Any:
        return self.Err


def _underlying(err: Any) -> Any:
    if isinstance(err, (PathError, LinkError)):
        return err.Err
    return err


def IsNotExist(err: Any) -> bool:
    e = _underlying(err)
    return e is _fs.ErrNotExist or (isinstance(e, Errno) and e.Is(_fs.ErrNotExist))


def IsExist(err: Any) -> bool:
    e = _underlying(err)
    return e is _fs.ErrExist or (isinstance(e, Errno) and e.Is(_fs.ErrExist))


def IsPermission(err: Any) -> bool:
    e = _underlying(err)
    return e is _fs.ErrPermission or (isinstance(e, Errno) and e.Is(_fs.ErrPermission))


def IsTimeout(err: Any) -> bool:
    t = getattr(_underlying(err), "Timeout", None)
    return bool(t()) if t is not None else False


def _io_eof() -> Any:
    from . import io as _io

    return _io.EOF


class File:
    """``*os.File`` over a file descriptor. Writes go straight to the descriptor
    (Go's files are unbuffered); a read of the standard input hands the wait to the
    scheduler so other goroutines keep running."""

    __slots__ = ("fd", "name", "closed", "_dir", "_hand", "append", "_kind", "_poll", "_rdl", "_wdl")

    def __init__(self, fd: int, name: str, kind: str = "new", append: bool = False) -> None:
        self.fd = fd
        self.name = name
        self.closed = False
        self.append = append  # opened with O_APPEND: WriteAt refuses
        self._dir: Optional[list[str]] = None
        self._hand: Optional[bool] = None
        # How Go made it ("open": OpenFile, "pipe": Pipe, "new": NewFile), whether Go's poller
        # takes it (deadlines work only then) and the read and write deadlines in Unix ns.
        self._kind = kind
        self._poll: Optional[bool] = None
        self._rdl: Optional[int] = None
        self._wdl: Optional[int] = None

    def _pollable(self) -> bool:
        """Whether Go's runtime poller holds the file: one it opened or a pipe (a file from
        NewFile only when already non-blocking) that epoll accepts (not a regular file, a
        directory or /dev/null)."""
        p = self._poll
        if p is None:
            p = False
            try:
                if self._kind != "new" or not _os.get_blocking(self.fd):
                    ep = _select.epoll()
                    try:
                        ep.register(self.fd, _select.EPOLLIN | _select.EPOLLOUT)
                        p = True
                    finally:
                        ep.close()
            except OSError:
                pass
            self._poll = p
        return p

    def _set_deadline(self, t: Any, read: bool, write: bool) -> Any:
        if self.closed:
            return _GoErr("use of closed file")
        if not self._pollable():
            from go2py.runtime.std import os as _osmod

            return _osmod.ErrNoDeadline
        d = None if t.IsZero() else t.UnixNano()
        if read:
            self._rdl = d
        if write:
            self._wdl = d
        return None

    def SetDeadline(self, t: Any) -> Any:
        return self._set_deadline(t, True, True)

    def SetReadDeadline(self, t: Any) -> Any:
        return self._set_deadline(t, True, False)

    def SetWriteDeadline(self, t: Any) -> Any:
        return self._set_deadline(t, False, True)

    def _timeout(self, op: str) -> PathError:
        from go2py.runtime.std import os as _osmod

        return PathError(op, self.name, _osmod.ErrDeadlineExceeded)

    def Chdir(self) -> Any:
        err = self._check("chdir")
        if err is not None:
            return err
        try:
            _os.fchdir(self.fd)
        except OSError as e:
            return path_error("chdir", self.name, e)
        return None

    def Chown(self, uid: int, gid: int) -> Any:
        err = self._check("chown")
        if err is not None:
            return err
        try:
            _os.fchown(self.fd, uid, gid)
        except OSError as e:
            return path_error("chown", self.name, e)
        return None

    def SyscallConn(self) -> tuple[Any, Any]:
        return _RawConn(self), None

    def _handoff(self) -> bool:
        """Whether a read or write may wait (the standard input, a pipe, a terminal, a
        socket): it is then handed to the scheduler so that other goroutines keep running.
        Writes to the standard output and error stay direct."""
        h = self._hand
        if h is None:
            if self.fd in (1, 2):
                h = False
            else:
                try:
                    mode = _os.fstat(self.fd).st_mode
                    h = not (_stat.S_ISREG(mode) or _stat.S_ISDIR(mode))
                except OSError:
                    h = False
            self._hand = h
        return h

    # Methods take a nil *File (the translator calls them through the class): Go's answer
    # ErrInvalid, from checkValid.
    __gonil__ = True

    def _check(self, op: str) -> Any:
        if self is None:
            return _fs.ErrInvalid
        if self.closed:
            return PathError(op, self.name, _fs.ErrClosed)
        return None

    def Name(self) -> str:
        return self.name

    def Fd(self) -> int:
        return (1 << 64) - 1 if self is None else self.fd  # ^uintptr(0) for a nil *File

    def _write(self, data: bytes) -> tuple[int, Any]:
        err = File._check(self, "write")
        if err is not None:
            return 0, err
        view = memoryview(data)
        done = 0
        write: Any = _os.write
        if self._handoff():
            from go2py.runtime import blocking

            def write(fd: int, v: Any) -> int:
                return blocking(_os.write, fd, v)
        try:
            while True:  # Go makes the system call for an empty write too (a read-only file fails)
                if self._wdl is not None:
                    left = self._wdl - _time.time_ns()
                    n = None
                    if left > 0:
                        from go2py.runtime import blocking

                        n = blocking(_write_within, self.fd, view[done:], left / 1e9)
                    if n is None:
                        return done, self._timeout("write")
                    done += n
                    if done >= len(data):
                        break
                    continue
                done += write(self.fd, view[done:])
                if done >= len(data):
                    break
        except OSError as e:
            return done, path_error("write", self.name, e)
        return done, None

    def Write(self, b: Slice) -> tuple[int, Any]:
        return File._write(self, bytes(b))

    def WriteString(self, s: str) -> tuple[int, Any]:
        return File._write(self, str_bytes(s))

    def WriteAt(self, b: Slice, off: int) -> tuple[int, Any]:
        # Go's order: a nil file, O_APPEND, the offset; a closed file only shows in a pwrite,
        # which an empty b does not make
        if self is None:
            return 0, _fs.ErrInvalid
        if self.append:
            return 0, _errWriteAtInAppendMode
        if off < 0:
            return 0, PathError("writeat", self.name, _GoErr("negative offset"))
        if len(b) == 0:
            return 0, None
        err = File._check(self, "write")
        if err is not None:
            return 0, err
        try:
            return _os.pwrite(self.fd, bytes(b), off), None
        except OSError as e:
            return 0, path_error("write", self.name, e)

    def Read(self, b: Slice) -> tuple[int, Any]:
        err = File._check(self, "read")
        if err is not None:
            return 0, err
        if len(b) == 0:
            return 0, None
        try:
            if self._rdl is not None:
                left = self._rdl - _time.time_ns()
                data = None
                if left > 0:
                    from go2py.runtime import blocking

                    data = blocking(_read_within, self.fd, len(b), left / 1e9)
                if data is None:
                    return 0, self._timeout("read")
            elif self._handoff():
                from go2py.runtime import blocking

                data = blocking(_os.read, self.fd, len(b))
            else:
                data = _os.read(self.fd, len(b))
        except OSError as e:
            return 0, path_error("read", self.name, e)
        if not data:
            return 0, _io_eof()
        for i, c in enumerate(data):
            b[i] = c
        return len(data), None

    def ReadAt(self, b: Slice, off: int) -> tuple[int, Any]:
        if self is None:
            return 0, _fs.ErrInvalid
        if off < 0:
            return 0, PathError("readat", self.name, _GoErr("negative offset"))
        if len(b) == 0:
            return 0, None  # no pread, so no closed-file error either
        err = File._check(self, "read")
        if err is not None:
            return 0, err
        n = 0
        while n < len(b):
            try:
                data = _os.pread(self.fd, len(b) - n, off + n)
            except OSError as e:
                return n, path_error("read", self.name, e)
            if not data:
                return n, _io_eof()
            for c in data:
                b[n] = c
                n += 1
        return n, None

    def Seek(self, offset: int, whence: int) -> tuple[int, Any]:
        err = File._check(self, "seek")
        if err is not None:
            return 0, err
        self._dir = None  # Go drops its directory reading state: the next one starts here
        try:
            return _os.lseek(self.fd, offset, whence), None
        except OSError as e:
            return 0, path_error("seek", self.name, e)

    def Close(self) -> Any:
        err = File._check(self, "close")
        if err is not None:
            return err
        self.closed = True
        try:
            _os.close(self.fd)
        except OSError as e:
            return path_error("close", self.name, e)
        return None

    def Stat(self) -> tuple[Any, Any]:
        err = File._check(self, "stat")
        if err is not None:
            return None, err
        try:
            return _fs._FileStat(_os.path.basename(self.name.rstrip("/")) or self.name, _os.fstat(self.fd)), None
        except OSError as e:
            return None, path_error("stat", self.name, e)

    def Sync(self) -> Any:
        err = File._check(self, "sync")
        if err is not None:
            return err
        try:
            _os.fsync(self.fd)
        except OSError as e:
            return path_error("sync", self.name, e)
        return None

    def Truncate(self, size: int) -> Any:
        err = File._check(self, "truncate")
        if err is not None:
            return err
        try:
            _os.ftruncate(self.fd, size)
        except OSError as e:
            return path_error("truncate", self.name, e)
        return None

    def Chmod(self, mode: int) -> Any:
        err = File._check(self, "chmod")
        if err is not None:
            return err
        try:
            _os.fchmod(self.fd, _syscall_mode(mode))
        except OSError as e:
            return path_error("chmod", self.name, e)
        return None

    def _names(self, n: int, op: str) -> tuple[list[str], Any]:
        err = File._check(self, op)
        if err is not None and self is not None and self.closed:
            err = PathError(op, self.name, _errFileClosing)  # Go does not wrap ReadDirent's error
        if err is not None:
            return [], err
        if self._dir is None:
            try:
                self._dir = _dir_names(self.fd)
            except OSError as e:
                return [], path_error(op, self.name, e)
        if n <= 0:
            out, self._dir = self._dir, []
            return out, None
        if not self._dir:
            return [], _io_eof()
        out, self._dir = self._dir[:n], self._dir[n:]
        return out, None

    # A nil *File gets a nil slice and ErrInvalid; otherwise Go never returns a nil slice.
    def Readdirnames(self, n: int) -> tuple[Slice, Any]:
        if self is None:
            return NIL_SLICE, _fs.ErrInvalid
        names, err = File._names(self, n, "readdirent")
        return Slice(names), err

    def ReadDir(self, n: int) -> tuple[Slice, Any]:
        if self is None:
            return NIL_SLICE, _fs.ErrInvalid
        names, err = File._names(self, n, "readdirent")
        return Slice([_entry(self.name, nm) for nm in names]), err

    def Readdir(self, n: int) -> tuple[Slice, Any]:
        if self is None:
            return NIL_SLICE, _fs.ErrInvalid
        names, err = File._names(self, n, "readdirent")
        infos = []
        for nm in names:
            fi, e = Lstat(_os.path.join(self.name, nm))
            if fi is not None:
                infos.append(fi)
        return Slice(infos), err

    def ReadFrom(self, r: Any) -> tuple[int, Any]:
        """Go's File.ReadFrom on Linux: copy_file_range(2) from a *File source (through an
        io.LimitedReader too), else io.Copy through a writer without ReadFrom.  A closed file
        shows only in the copy, so a nil source still answers ErrInvalid."""
        from . import io as _io

        if self is None:
            return 0, _fs.ErrInvalid
        n, handled, err = File._copy_file_range(self, r)
        if not handled:
            return _io.Copy(_OnlyWriter(self), r)
        if err is None or err is _io.EOF:
            return n, err
        if err is _errFileClosing:
            err = _fs.ErrClosed
        return n, PathError("write", self.name, err)

    def _copy_file_range(self, r: Any) -> tuple[int, bool, Any]:
        """Go's File.copyFileRange and poll.CopyFileRange: (written, handled, error)."""
        from . import io as _io

        if self.append:  # copy_file_range refuses O_APPEND destinations
            return 0, False, None
        lr = None
        remain = (1 << 63) - 1
        if isinstance(r, _io.LimitedReader):
            lr, remain, r = r, r.N, r.R
        if remain <= 0:
            return 0, True, None
        if isinstance(r, File):
            src = r
        elif isinstance(r, _OnlyReader):
            src = r.f
        else:
            return 0, False, None  # not a file (a nil *File fails checkValid: not handled either)
        written = 0
        handled, err = True, None
        while remain > 0:
            if self.closed or src.closed:
                return written, True, _errFileClosing  # the descriptors' locks fail first
            try:
                n = _os.copy_file_range(src.fd, self.fd, min(remain, 0x7FFFF000))
                e = 0
            except OSError as ex:
                n, e = 0, ex.errno or _errno.EIO
            if n > 0:
                remain -= n
                written += n
            if e in (_errno.ENOSYS, _errno.EXDEV, _errno.EINVAL, _errno.EIO, _errno.EOPNOTSUPP, _errno.EPERM):
                handled, err = False, None
            elif e:
                from .os import SyscallError

                handled, err = True, SyscallError("copy_file_range", Errno(e))
            elif n == 0 and written == 0:
                handled, err = False, None
            else:
                handled, err = True, None
            if n == 0 or not handled or err is not None:
                break
        if lr is not None:
            lr.N -= written
        return written, handled, err

    def WriteTo(self, w: Any) -> tuple[int, Any]:
        """Go's File.WriteTo: sendfile only to sockets, so io.Copy through a reader without
        WriteTo."""
        from . import io as _io

        if self is None:
            return 0, _fs.ErrInvalid
        return _io.Copy(w, _OnlyReader(self))


class _OnlyWriter:
    """Hides File's ReadFrom from io.Copy, as Go's fileWithoutReadFrom does."""

    __slots__ = ("f",)

    def __init__(self, f: File) -> None:
        self.f = f

    def Write(self, b: Slice) -> tuple[int, Any]:
        return self.f.Write(b)


class _OnlyReader:
    __slots__ = ("f",)

    def __init__(self, f: File) -> None:
        self.f = f

    def Read(self, b: Slice) -> tuple[int, Any]:
        return self.f.Read(b)


def _dir_names(fd: int) -> list[str]:
    """The entries of the directory fd from its current offset, leaving the offset at the
    end as Go's getdents loop does (os.listdir(fd) rewinds it)."""
    import ctypes

    libc = _libc()
    if libc is None:
        return _os.listdir(fd)
    dup = _os.dup(fd)
    dirp = libc.fdopendir(dup)
    if not dirp:
        e = ctypes.get_errno()
        _os.close(dup)
        raise OSError(e, _os.strerror(e))
    names: list[str] = []
    try:
        while True:
            ctypes.set_errno(0)
            ent = libc.readdir(dirp)
            if not ent:
                e = ctypes.get_errno()
                if e:
                    raise OSError(e, _os.strerror(e))
                break
            name = ctypes.string_at(ent + _DIRENT_NAME).decode("utf-8", "surrogateescape")
            if name not in (".", ".."):
                names.append(name)
    finally:
        libc.closedir(dirp)  # closes dup only: the shared offset stays where readdir left it
    return names


_DIRENT_NAME = 19  # offsetof(struct dirent, d_name) with glibc on 64-bit Linux
_LIBC: list = []


def _libc() -> Any:
    if not _LIBC:
        import ctypes
        import sys

        lib = None
        if sys.platform == "linux" and ctypes.sizeof(ctypes.c_void_p) == 8:
            try:
                lib = ctypes.CDLL(None, use_errno=True)
                lib.fdopendir.restype = ctypes.c_void_p
                lib.fdopendir.argtypes = [ctypes.c_int]
                lib.readdir.restype = ctypes.c_void_p
                lib.readdir.argtypes = [ctypes.c_void_p]
                lib.closedir.argtypes = [ctypes.c_void_p]
            except (OSError, AttributeError):
                lib = None
        _LIBC.append(lib)
    return _LIBC[0]


def _entry(dirname: str, name: str) -> _fs._DirEntry:
    path = _os.path.join(dirname, name)
    try:
        typ = _fs.mode_of(_os.lstat(path).st_mode) & _fs.ModeType
    except OSError:
        typ = 0
    return _fs._DirEntry(name, typ, path)


def OpenFile(name: str, flag: int, perm: int) -> tuple[Optional[File], Any]:
    try:
        fd = _os.open(name, flag, _syscall_mode(perm))
    except OSError as e:
        return None, path_error("open", name, e)
    return File(fd, name, "open", append=bool(flag & O_APPEND)), None


def Open(name: str) -> tuple[Optional[File], Any]:
    return OpenFile(name, O_RDONLY, 0)


def Create(name: str) -> tuple[Optional[File], Any]:
    return OpenFile(name, O_RDWR | O_CREATE | O_TRUNC, 0o666)


def NewFile(fd: int, name: str) -> File:
    import fcntl

    try:
        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    except OSError:
        flags = 0
    return File(fd, name, append=bool(flags & O_APPEND))


def _read_within(fd: int, n: int, seconds: float) -> Optional[bytes]:
    """A read of fd once it is readable within seconds; None when the time passes."""
    if not _select.select([fd], [], [], seconds)[0]:
        return None
    return _os.read(fd, n)


def _write_within(fd: int, data: Any, seconds: float) -> Optional[int]:
    if not _select.select([], [fd], [], seconds)[1]:
        return None
    return _os.write(fd, data)


class _RawConn:
    """What ``File.SyscallConn`` returns (Go's *os.rawConn): each method hands the file's
    descriptor to f; Read and Write call f again while it returns false, once the descriptor
    is ready (a file outside Go's poller cannot wait: Go's error)."""

    __slots__ = ("file",)
    __goname__ = "*os.rawConn"

    def __init__(self, file: File) -> None:
        self.file = file

    def Control(self, f: Any) -> Any:
        if self.file.closed:
            return _GoErr("use of closed file")
        f(self.file.fd)
        return None

    def _loop(self, f: Any, write: bool) -> Any:
        file = self.file
        if file.closed:
            return _GoErr("use of closed file")
        dl = file._wdl if write else file._rdl
        if dl is not None and dl <= _time.time_ns():
            from go2py.runtime.std import os as _osmod

            return _osmod.ErrDeadlineExceeded
        while not f(file.fd):
            if not file._pollable():
                return _GoErr("waiting for unsupported file type")
            from go2py.runtime import blocking

            left = None if dl is None else (dl - _time.time_ns()) / 1e9
            if left is not None and left <= 0:
                from go2py.runtime.std import os as _osmod

                return _osmod.ErrDeadlineExceeded
            ready = blocking(_select.select, [] if write else [file.fd], [file.fd] if write else [], [], left)
            if not (ready[1] if write else ready[0]):
                from go2py.runtime.std import os as _osmod

                return _osmod.ErrDeadlineExceeded
        return None

    def Read(self, f: Any) -> Any:
        return self._loop(f, False)

    def Write(self, f: Any) -> Any:
        return self._loop(f, True)


def ReadFile(name: str) -> tuple[Slice, Any]:
    try:
        with open(name, "rb") as f:
            data = f.read()
    except IsADirectoryError as e:
        return Slice([]), path_error("read", name, e)
    except OSError as e:
        return NIL_SLICE, path_error("open", name, e)
    return Slice(list(data)), None


def WriteFile(name: str, data: Slice, perm: int) -> Any:
    f, err = OpenFile(name, O_WRONLY | O_CREATE | O_TRUNC, perm)
    if err is not None:
        return err
    _, err = f._write(bytes(data))
    err2 = f.Close()
    return err if err is not None else err2


def Stat(name: str) -> tuple[Any, Any]:
    try:
        st = _os.stat(name)
    except OSError as e:
        return None, path_error("stat", name, e)
    return _fs._FileStat(_basename(name), st), None


def Lstat(name: str) -> tuple[Any, Any]:
    try:
        st = _os.lstat(name)
    except OSError as e:
        return None, path_error("lstat", name, e)
    return _fs._FileStat(_basename(name), st), None


def _basename(name: str) -> str:
    """Go's os.basename: the last element, trailing slashes ignored."""
    stripped = name.rstrip("/")
    if not stripped:
        return "/" if name else ""
    return stripped.rsplit("/", 1)[-1]


def SameFile(fi1: Any, fi2: Any) -> bool:
    a, b = getattr(fi1, "sys", None), getattr(fi2, "sys", None)
    return a is not None and b is not None and (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def ReadDir(name: str) -> tuple[Slice, Any]:
    try:
        names = sorted(_os.listdir(name), key=str_bytes)
    except OSError as e:
        return NIL_SLICE, path_error("open", name, e)
    return Slice([_entry(name, n) for n in names]), None


def Remove(name: str) -> Any:
    # Go tries unlink, then rmdir, and reports rmdir's error unless it is ENOTDIR.
    try:
        _os.unlink(name)
        return None
    except OSError as e:
        err = e
    try:
        _os.rmdir(name)
        return None
    except OSError as e1:
        if e1.errno != _errno.ENOTDIR:
            err = e1
    return path_error("remove", name, err)


def RemoveAll(path: str) -> Any:
    """Go's removeAll (removeall_at.go): Remove, else the base name removed from its parent
    directory's descriptor, a directory's entries first; the errors are Go's."""
    if path == "":
        return None  # Go fails silently (issue 28830)
    if path == "." or path.endswith("/."):
        return PathError("RemoveAll", path, Errno(_errno.EINVAL))
    err = Remove(path)
    if err is None or IsNotExist(err):
        return None
    parent_dir, base = _split_path(path)
    parent, err = OpenFile(parent_dir, O_RDONLY, 0)
    if IsNotExist(err):
        return None
    if err is not None:
        return err
    try:
        err = _remove_all_from(parent.fd, base)
    finally:
        parent.Close()
    if isinstance(err, PathError):
        err.Path = parent_dir + "/" + err.Path
    return err


def _split_path(path: str) -> tuple[str, str]:
    """Go's splitPath (unix): the parent directory ("." when none) and the base name."""
    dirname = "."
    while len(path) > 1 and path[0] == "/" and path[1] == "/":
        path = path[1:]
    i = len(path) - 1
    while i > 0 and path[i] == "/":
        path = path[:i]
        i -= 1
    basename = path
    i -= 1
    while i >= 0:
        if path[i] == "/":
            dirname = path[:1] if i == 0 else path[:i]
            basename = path[i + 1:]
            break
        i -= 1
    return dirname, basename


def _remove_all_from(parent_fd: int, base: str) -> Any:
    try:
        _os.unlink(base, dir_fd=parent_fd)
        return None
    except OSError as e:
        if e.errno == _errno.ENOENT:
            return None
        u_err = e.errno or _errno.EIO
    if u_err not in (_errno.EISDIR, _errno.EPERM, _errno.EACCES):
        return PathError("unlinkat", base, Errno(u_err))
    recurse_err: Any = None
    try:
        fd = _os.open(base, _os.O_RDONLY | _os.O_DIRECTORY | _os.O_NOFOLLOW | _os.O_CLOEXEC, dir_fd=parent_fd)
    except OSError as e:
        if e.errno == _errno.ENOENT:
            return None
        if e.errno == _errno.ENOTDIR:
            return PathError("unlinkat", base, Errno(u_err))
        recurse_err = PathError("openfdat", base, Errno(u_err if e.errno == _errno.ELOOP else e.errno or _errno.EIO))
        fd = -1
    if fd >= 0:
        try:
            names = _os.listdir(fd)
        except OSError as e:
            _os.close(fd)
            if e.errno == _errno.ENOENT:
                return None
            return PathError("readdirnames", base, Errno(e.errno or _errno.EIO))
        for n in names:
            err = _remove_all_from(fd, n)
            if err is not None:
                if isinstance(err, PathError):
                    err.Path = base + "/" + err.Path
                if recurse_err is None:
                    recurse_err = err
        _os.close(fd)
    try:
        _os.rmdir(base, dir_fd=parent_fd)
        return None
    except OSError as e:
        if e.errno == _errno.ENOENT:
            return None
        if recurse_err is not None:
            return recurse_err
        return PathError("unlinkat", base, Errno(e.errno or _errno.EIO))


def _stat_isdir(m: int) -> bool:
    import stat

    return stat.S_ISDIR(m)


def Mkdir(name: str, perm: int) -> Any:
    try:
        _os.mkdir(name, _syscall_mode(perm))
    except OSError as e:
        return path_error("mkdir", name, e)
    return None


def MkdirAll(path: str, perm: int) -> Any:
    try:
        st = _os.stat(path)
        if _stat_isdir(st.st_mode):
            return None
        return PathError("mkdir", path, Errno(_errno.ENOTDIR))
    except OSError:
        pass
    i = len(path)
    while i > 0 and path[i - 1] == "/":
        i -= 1
    j = i
    while j > 0 and path[j - 1] != "/":
        j -= 1
    if j > 1:
        err = MkdirAll(path[: j - 1], perm)
        if err is not None:
            return err
    err = Mkdir(path, perm)
    if err is not None:
        try:
            if _stat_isdir(_os.lstat(path).st_mode):
                return None
        except OSError:
            pass
        return err
    return None


def Rename(oldpath: str, newpath: str) -> Any:
    # Go's rename: onto a directory, the old name's Lstat error first, then EEXIST unless
    # both names are the same file under different names
    try:
        new_st: Optional[_os.stat_result] = _os.lstat(newpath)
    except OSError:
        new_st = None
    if new_st is not None and _stat.S_ISDIR(new_st.st_mode):
        try:
            old_st = _os.lstat(oldpath)
        except OSError as e:
            return LinkError("rename", oldpath, newpath, Errno(e.errno or _errno.EIO))
        if newpath == oldpath or (old_st.st_dev, old_st.st_ino) != (new_st.st_dev, new_st.st_ino):
            return LinkError("rename", oldpath, newpath, Errno(_errno.EEXIST))
    try:
        _os.rename(oldpath, newpath)
    except OSError as e:
        return LinkError("rename", oldpath, newpath, Errno(e.errno or _errno.EIO))
    return None


def Link(oldname: str, newname: str) -> Any:
    try:
        _os.link(oldname, newname)
    except OSError as e:
        return LinkError("link", oldname, newname, Errno(e.errno or _errno.EIO))
    return None


def Symlink(oldname: str, newname: str) -> Any:
    try:
        _os.symlink(oldname, newname)
    except OSError as e:
        return LinkError("symlink", oldname, newname, Errno(e.errno or _errno.EIO))
    return None


def Readlink(name: str) -> tuple[str, Any]:
    try:
        return _os.readlink(name), None
    except OSError as e:
        return "", path_error("readlink", name, e)


def Truncate(name: str, size: int) -> Any:
    try:
        _os.truncate(name, size)
    except OSError as e:
        return path_error("truncate", name, e)
    return None


def Chmod(name: str, mode: int) -> Any:
    try:
        _os.chmod(name, _syscall_mode(mode))
    except OSError as e:
        return path_error("chmod", name, e)
    return None


def Chdir(dir: str) -> Any:
    try:
        _os.chdir(dir)
    except OSError as e:
        return path_error("chdir", dir, e)
    return None


def TempDir() -> str:
    d = _os.environ.get("TMPDIR", "")
    if d == "":
        return "/tmp"
    return d.rstrip("/") if len(d) > 1 else d


def _temp_name(dir: str, pattern: str, op: str) -> tuple[str, str, Any]:
    if "/" in pattern:
        return "", "", PathError(op, pattern, _GoErr("pattern contains path separator"))
    if dir == "":
        dir = TempDir()
    prefix, star, suffix = pattern.rpartition("*")
    if not star:
        prefix, suffix = pattern, ""
    if dir and not dir.endswith("/"):
        dir += "/"
    return dir + prefix, suffix, None


def _GoErr(msg: str) -> Any:
    from go2py.runtime.panic import GoError

    return GoError(msg)


def CreateTemp(dir: str, pattern: str) -> tuple[Optional[File], Any]:
    prefix, suffix, err = _temp_name(dir, pattern, "createtemp")
    if err is not None:
        return None, err
    for _ in range(10000):
        name = prefix + str(_random.getrandbits(32)) + suffix
        f, err = OpenFile(name, O_RDWR | O_CREATE | O_EXCL, 0o600)
        if err is None or not IsExist(err):
            return f, err
    return None, PathError("createtemp", prefix + "*" + suffix, _fs.ErrExist)


def MkdirTemp(dir: str, pattern: str) -> tuple[str, Any]:
    prefix, suffix, err = _temp_name(dir, pattern, "mkdirtemp")
    if err is not None:
        return "", err
    for _ in range(10000):
        name = prefix + str(_random.getrandbits(32)) + suffix
        err = Mkdir(name, 0o700)
        if err is None:
            return name, None
        if not IsExist(err):
            if IsNotExist(err):  # Go reports a missing dir by its Stat error
                _, serr = Stat(dir or TempDir())
                if IsNotExist(serr):
                    return "", serr
            return "", err
    return "", PathError("mkdirtemp", prefix + "*" + suffix, _fs.ErrExist)
