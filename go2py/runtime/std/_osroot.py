"""``os.Root``: a directory whose operations stay inside it.

Every name is split into components and resolved one at a time from the root's
descriptor with ``openat``-style calls (Python's ``dir_fd=``) and ``O_NOFOLLOW``: a
component that is a symbolic link is read and its target spliced into the remaining
components, and a ``..`` removes the component before it, so neither a link nor ``..``
can lead out of the root (``path escapes from parent``). The walk, its limits (8 links,
restarts after 255 steps) and the error values follow Go's Linux implementation."""

from __future__ import annotations

import errno as _errno
import os as _os
from typing import Any, Callable, Optional

from go2py.runtime.values import NIL_SLICE, Slice

from . import io_fs as _fs
from ._osfile import Errno, File, LinkError, _GoErr, _basename, _syscall_mode as _sysmode
from .io_fs import PathError

_MAX_SYMLINKS = 8
_MAX_STEPS = 255
_MAX_RESTARTS = 8

# What the resolution may be asked to do with the last component.
_NO_HANDLE_TERMINAL_SLASH = 1  # a trailing slash is left to the operation itself
_CREATING_DIRECTORY = 2  # a missing last component is not an error

ErrPathEscapes = _GoErr("path escapes from parent")


class _Symlink:
    """Not an error a program sees: the component just tried is a link to ``target``."""

    __slots__ = ("target",)

    def __init__(self, target: str) -> None:
        self.target = target


def _errno_of(e: OSError) -> Errno:
    return Errno(e.errno or _errno.EIO)


def _join_path(d: str, name: str) -> str:
    return d + name if d.endswith("/") else d + "/" + name


def _split(s: str, prefix: list[str], suffix: list[str]) -> tuple[list[str], bool, Any]:
    """The components of s after prefix and before suffix, whether s ends in a slash, or an
    error for an empty or absolute s. Empty components and interior "." are dropped; ".."
    stays for the walk to handle."""
    if s == "":
        return [], False, _GoErr("empty path")
    if s[0] == "/":
        return [], False, ErrPathEscapes
    parts = list(prefix)
    ends_in_slash = False
    i, j = 0, 1
    n = len(s)
    while True:
        if j < n and s[j] != "/":
            j += 1
            continue
        parts.append(s[i:j])
        part_end = j
        while j < n and s[j] == "/":
            j += 1
        if j == n:
            if part_end < n:
                ends_in_slash = True
            break
        if parts[-1] == ".":
            parts.pop()
        i = j
    if suffix and parts and parts[-1] == ".":
        parts.pop()
    parts.extend(suffix)
    return parts, ends_in_slash, None


def _readlinkat(parent: int, name: str) -> tuple[str, Any]:
    try:
        return _os.readlink(name, dir_fd=parent), None
    except OSError as e:
        return "", _errno_of(e)


def _check_symlink(parent: int, name: str, orig: Any) -> Any:
    target, err = _readlinkat(parent, name)
    return orig if err is not None else _Symlink(target)


def _lstatat(parent: int, name: str, shown: Optional[str] = None) -> tuple[Any, Any]:
    try:
        st = _os.stat(name, dir_fd=parent, follow_symlinks=False)
    except OSError as e:
        return None, _errno_of(e)
    return _fs._FileStat(_basename(shown if shown is not None else name), st), None


def _typ(fi: Any) -> int:
    return int(fi.Mode()) & _fs.ModeType


def _is_nofollow_err(err: Any) -> bool:
    return isinstance(err, Errno) and int(err) in (_errno.ELOOP, _errno.EMLINK)


def _open_dir(parent: int, name: str) -> tuple[int, Any]:
    try:
        return _os.open(name, _os.O_RDONLY | _os.O_NOFOLLOW | _os.O_DIRECTORY, dir_fd=parent), None
    except OSError as e:
        err: Any = _errno_of(e)
        if _is_nofollow_err(err) or int(err) == _errno.ENOTDIR:
            err = _check_symlink(parent, name, err)
        elif int(err) in (_errno.ENOTSUP, _errno.EOPNOTSUPP):
            err = Errno(_errno.ENOTDIR)
        return -1, err


def _close(fd: int) -> None:
    try:
        _os.close(fd)
    except OSError:
        pass


def _do_in_root(r: "Root", name: str, flags: int, open_dir: Optional[Callable[[int, str], tuple[int, Any]]],
                f: Callable[[int, str, bool], tuple[Any, Any]]) -> tuple[Any, Any]:
    """Resolve all but the last component of name inside r, then call f with the directory
    holding the last one, that component and whether name ended in a slash."""
    if r._closed:
        return None, _fs.ErrClosed
    parts, ends_in_slash, err = _split(name, [], [])
    if err is not None:
        return None, err
    if open_dir is None:
        open_dir = _open_dir
    rootfd = r._fd
    dirfd = rootfd
    try:
        i = steps = restarts = symlinks = 0
        while True:
            steps += 1
            if steps > _MAX_STEPS and restarts > _MAX_RESTARTS:
                return None, Errno(_errno.ENAMETOOLONG)
            if parts[i] == "..":
                # Drop the ".." run and as many components before it, then walk again from the root.
                restarts += 1
                end = i + 1
                while end < len(parts) and parts[end] == "..":
                    end += 1
                count = end - i
                if count > i:
                    return None, ErrPathEscapes
                del parts[i - count:end]
                if not parts:
                    parts = ["."]
                i = 0
                if dirfd != rootfd:
                    _close(dirfd)
                dirfd = rootfd
                continue
            ret = None
            if i == len(parts) - 1:
                err = None
                if ends_in_slash and not flags & _NO_HANDLE_TERMINAL_SLASH:
                    fi, err = _lstatat(dirfd, parts[i])
                    if err is not None and flags & _CREATING_DIRECTORY and _is_not_exist(err):
                        err = None
                    elif err is not None:
                        return None, err
                    elif _typ(fi) == _fs.ModeDir:
                        pass
                    elif fi.Mode() & _fs.ModeSymlink:
                        err = _check_symlink(dirfd, parts[i], Errno(_errno.ENOTDIR))
                    else:
                        return None, Errno(_errno.ENOTDIR)
                if err is None:
                    ret, err = f(dirfd, parts[i], ends_in_slash)
                    if err is None:
                        return ret, None
            else:
                fd, err = open_dir(dirfd, parts[i])
                if err is None:
                    if dirfd != rootfd:
                        _close(dirfd)
                    dirfd = fd
            if err is None:
                i += 1
                continue
            if isinstance(err, _Symlink):
                symlinks += 1
                if symlinks > _MAX_SYMLINKS:
                    return None, Errno(_errno.ELOOP)
                last = i == len(parts) - 1
                newparts, new_slash, e2 = _split(err.target, parts[:i], parts[i + 1:])
                if e2 is not None:
                    return None, e2
                if last and new_slash:
                    ends_in_slash = True
                if len(newparts) < i or newparts[:i] != parts[:i]:
                    # The link's target changed the directories already walked: start over.
                    i = 0
                    if dirfd != rootfd:
                        _close(dirfd)
                    dirfd = rootfd
                parts = newparts
                continue
            if isinstance(err, PathError):
                err.Path = "/".join(parts[:i + 1])
            return ret, err
    finally:
        if dirfd != rootfd:
            _close(dirfd)


def _is_not_exist(err: Any) -> bool:
    from ._osfile import IsNotExist

    return IsNotExist(err)


# ----------------------------------------------------------------------------- the operations


def _after_resolving_symlink(parent: int, name: str, fn: Callable[[], Any]) -> Any:
    err = _check_symlink(parent, name, None)
    if err is not None:
        return err
    return fn()


def _call(fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    try:
        fn(*args, **kw)
    except OSError as e:
        return _errno_of(e)
    return None


def _removeat(parent: int, name: str) -> Any:
    e = _call(_os.unlink, name, dir_fd=parent)
    if e is None:
        return None
    e1 = _call(_os.rmdir, name, dir_fd=parent)
    if e1 is None:
        return None
    return e1 if int(e1) != _errno.ENOTDIR else e  # unlink's error unless it is a directory


def _remove_all_from(parent: int, base: str) -> Any:
    err = _call(_os.unlink, base, dir_fd=parent)
    if err is None or int(err) == _errno.ENOENT:
        return None
    # A directory (or one whose parent forbids unlinking: it may still be a directory).
    if int(err) not in (_errno.EISDIR, _errno.EPERM, _errno.EACCES):
        return PathError("unlinkat", base, err)
    uerr = err
    recurse_err = None
    try:
        fd = _os.open(base, _os.O_RDONLY | _os.O_DIRECTORY | _os.O_NOFOLLOW, dir_fd=parent)
    except OSError as e:
        oe = _errno_of(e)
        if int(oe) == _errno.ENOENT:
            return None
        if int(oe) in (_errno.ENOTDIR, _errno.ELOOP):
            return PathError("unlinkat", base, uerr)
        recurse_err = PathError("openfdat", base, oe)
        fd = -1
    if fd >= 0:
        try:
            try:
                names = _os.listdir(fd)
            except OSError as e:
                if e.errno == _errno.ENOENT:
                    return None
                names = []
                recurse_err = PathError("readdirent", base, _errno_of(e))
            for nm in names:
                e2 = _remove_all_from(fd, nm)
                if e2 is not None:
                    if isinstance(e2, PathError):
                        e2.Path = base + "/" + e2.Path
                    if recurse_err is None:
                        recurse_err = e2
        finally:
            _close(fd)
    uerr2 = _call(_os.rmdir, base, dir_fd=parent)
    if uerr2 is None or int(uerr2) == _errno.ENOENT:
        return None
    if recurse_err is not None:
        return recurse_err
    return PathError("unlinkat", base, uerr2)


def _underlying(err: Any) -> Any:
    from .os import SyscallError

    if isinstance(err, (PathError, LinkError, SyscallError)):
        return err.Err
    return err


def _ends_with_dot(p: str) -> bool:
    return p == "." or (len(p) >= 2 and p[-1] == "." and p[-2] == "/")


def _unsupported_mode(op: str, name: str) -> PathError:
    return PathError(op, name, _GoErr("unsupported file mode"))


class Root:
    """*os.Root: an open directory; see the module's docstring."""

    __slots__ = ("_name", "_fd", "_closed")

    def __init__(self, fd: int = -1, name: str = "") -> None:
        self._fd, self._name, self._closed = fd, name, fd < 0

    def Name(self) -> str:
        return self._name

    def Close(self) -> Any:
        if not self._closed:
            _close(self._fd)
        self._closed = True
        return None

    def OpenFile(self, name: str, flag: int, perm: int) -> tuple[Optional[File], Any]:
        perm = int(perm)
        if perm & 0o777 != perm:
            return None, _unsupported_mode("openat", name)

        def op(parent: int, n: str, slash: bool) -> tuple[Any, Any]:
            try:
                return _os.open(n, _os.O_NOFOLLOW | flag, _sysmode(perm), dir_fd=parent), None
            except OSError as e:
                err: Any = _errno_of(e)
                excl = flag & (_os.O_CREAT | _os.O_EXCL) == (_os.O_CREAT | _os.O_EXCL)
                if not excl and (_is_nofollow_err(err) or int(err) == _errno.ENOTDIR):
                    err = _check_symlink(parent, n, err)
                if excl and isinstance(err, Errno) and int(err) == _errno.ELOOP:
                    err = Errno(_errno.EEXIST)  # O_EXCL never follows a link: the name exists
                return None, err

        fd, err = _do_in_root(self, name, 0, None, op)
        if err is not None:
            return None, PathError("openat", name, err)
        return File(fd, _join_path(self._name, name), "open", append=bool(flag & _os.O_APPEND)), None

    def Open(self, name: str) -> tuple[Optional[File], Any]:
        return self.OpenFile(name, _os.O_RDONLY, 0)

    def Create(self, name: str) -> tuple[Optional[File], Any]:
        return self.OpenFile(name, _os.O_RDWR | _os.O_CREAT | _os.O_TRUNC, 0o666)

    def OpenRoot(self, name: str) -> tuple[Optional["Root"], Any]:
        def op(parent: int, n: str, slash: bool) -> tuple[Any, Any]:
            try:
                return _os.open(n, _os.O_RDONLY | _os.O_NOFOLLOW, dir_fd=parent), None
            except OSError as e:
                err: Any = _errno_of(e)
                if _is_nofollow_err(err):
                    err = _check_symlink(parent, n, err)
                return None, err

        fd, err = _do_in_root(self, name, 0, None, op)
        if err is not None:
            return None, PathError("openat", name, err)
        return _new_root(fd, _join_path(self._name, name))

    def Chmod(self, name: str, mode: int) -> Any:
        def op(parent: int, n: str, slash: bool) -> tuple[Any, Any]:
            # The link was resolved just before, so following it here cannot leave the root.
            return None, _after_resolving_symlink(
                parent, n, lambda: _call(_os.chmod, n, _sysmode(mode), dir_fd=parent))

        _, err = _do_in_root(self, name, 0, None, op)
        return None if err is None else PathError("chmodat", name, err)

    def Chown(self, name: str, uid: int, gid: int) -> Any:
        def op(parent: int, n: str, slash: bool) -> tuple[Any, Any]:
            return None, _after_resolving_symlink(
                parent, n, lambda: _call(_os.chown, n, uid, gid, dir_fd=parent, follow_symlinks=False))

        _, err = _do_in_root(self, name, 0, None, op)
        return None if err is None else PathError("chownat", name, err)

    def Lchown(self, name: str, uid: int, gid: int) -> Any:
        def op(parent: int, n: str, slash: bool) -> tuple[Any, Any]:
            return None, _call(_os.chown, n, uid, gid, dir_fd=parent, follow_symlinks=False)

        _, err = _do_in_root(self, name, 0, None, op)
        return None if err is None else PathError("lchownat", name, err)

    def Chtimes(self, name: str, atime: Any, mtime: Any) -> Any:
        def times(parent: int, n: str) -> Any:
            try:
                st = None
                if atime.IsZero() or mtime.IsZero():  # a zero Time leaves that time as it is
                    st = _os.stat(n, dir_fd=parent, follow_symlinks=False)
                a = st.st_atime_ns if atime.IsZero() else atime.UnixNano()  # type: ignore[union-attr]
                m = st.st_mtime_ns if mtime.IsZero() else mtime.UnixNano()  # type: ignore[union-attr]
                _os.utime(n, ns=(a, m), dir_fd=parent, follow_symlinks=False)
            except OSError as e:
                return _errno_of(e)
            return None

        def op(parent: int, n: str, slash: bool) -> tuple[Any, Any]:
            return None, _after_resolving_symlink(parent, n, lambda: times(parent, n))

        _, err = _do_in_root(self, name, 0, None, op)
        return None if err is None else PathError("chtimesat", name, err)

    def Mkdir(self, name: str, perm: int) -> Any:
        perm = int(perm)
        if perm & 0o777 != perm:
            return _unsupported_mode("mkdirat", name)

        def op(parent: int, n: str, slash: bool) -> tuple[Any, Any]:
            return None, _call(_os.mkdir, n, _sysmode(perm), dir_fd=parent)

        _, err = _do_in_root(self, name, _CREATING_DIRECTORY | _NO_HANDLE_TERMINAL_SLASH, None, op)
        return None if err is None else PathError("mkdirat", name, err)

    def MkdirAll(self, fullname: str, perm: int) -> Any:
        perm = int(perm)
        if perm & 0o777 != perm:
            return _unsupported_mode("mkdirat", fullname)

        def open_dir(parent: int, n: str) -> tuple[int, Any]:
            for attempt in range(2):
                fd, err = _open_dir(parent, n)
                if err is None or isinstance(err, _Symlink):
                    return fd, err
                if attempt > 0 or not _is_not_exist(err):
                    return -1, PathError("openat", "", err)
                e = _call(_os.mkdir, n, _sysmode(perm), dir_fd=parent)
                if e is not None and int(e) != _errno.EEXIST:
                    return -1, PathError("mkdirat", "", e)
            return -1, None  # not reached

        def last(parent: int, n: str, slash: bool) -> tuple[Any, Any]:
            err = _call(_os.mkdir, n, _sysmode(perm), dir_fd=parent)
            if err is not None and int(err) == _errno.EEXIST:
                fi, e = _lstatat(parent, n)
                if e is None:
                    if _typ(fi) == _fs.ModeDir:
                        err = None
                    elif fi.Mode() & _fs.ModeSymlink:
                        fi2, e2 = self.Stat(fullname)
                        if e2 is None and _typ(fi2) == _fs.ModeDir:
                            err = None
                        elif e2 is None:
                            err = Errno(_errno.ENOTDIR)
                        elif not _is_not_exist(e2):
                            err = e2
            if err is None:
                return None, None
            return None, PathError("mkdirat", "", err)

        _, err = _do_in_root(self, fullname, _CREATING_DIRECTORY | _NO_HANDLE_TERMINAL_SLASH, open_dir, last)
        if err is not None and not isinstance(err, PathError):
            err = PathError("mkdirat", fullname, err)
        return err

    def Remove(self, name: str) -> Any:
        _, err = _do_in_root(self, name, 0, None, lambda parent, n, slash: (None, _removeat(parent, n)))
        return None if err is None else PathError("removeat", name, err)

    def RemoveAll(self, name: str) -> Any:
        name = name.rstrip("/")
        if _ends_with_dot(name):
            return PathError("RemoveAll", name, Errno(_errno.EINVAL))
        _, err = _do_in_root(self, name, 0, None, lambda parent, n, slash: (None, _remove_all_from(parent, n)))
        if err is None or _is_not_exist(err):
            return None
        return PathError("RemoveAll", name, _underlying(err))

    def _stat(self, name: str, lstat: bool) -> tuple[Any, Any]:
        def op(parent: int, n: str, slash: bool) -> tuple[Any, Any]:
            fi, err = _lstatat(parent, n, name)
            if err is not None:
                return None, err
            if not lstat and fi.Mode() & _fs.ModeSymlink:
                return None, _check_symlink(parent, n, Errno(_errno.ELOOP))
            return fi, None

        fi, err = _do_in_root(self, name, 0, None, op)
        return (fi, None) if err is None else (None, PathError("statat", name, err))

    def Stat(self, name: str) -> tuple[Any, Any]:
        return self._stat(name, False)

    def Lstat(self, name: str) -> tuple[Any, Any]:
        return self._stat(name, True)

    def Readlink(self, name: str) -> tuple[str, Any]:
        target, err = _do_in_root(self, name, 0, None, lambda parent, n, slash: _readlinkat(parent, n))
        return (target, None) if err is None else ("", PathError("readlinkat", name, err))

    def Rename(self, oldname: str, newname: str) -> Any:
        def outer(oldparent: int, old: str, old_slash: bool) -> tuple[Any, Any]:
            def inner(newparent: int, new: str, new_slash: bool) -> tuple[Any, Any]:
                if new_slash:
                    fi, err = _lstatat(oldparent, old)
                    if err is not None:
                        return None, err
                    if _typ(fi) != _fs.ModeDir:
                        return None, Errno(_errno.ENOTDIR)
                fi, err = _lstatat(newparent, new)
                if err is None and fi.IsDir():
                    # Renaming onto an existing directory is refused unless it is the same file.
                    ofi, err = _lstatat(oldparent, old)
                    if err is not None:
                        return None, err
                    from ._osfile import SameFile

                    if new == old or not SameFile(fi, ofi):
                        return None, Errno(_errno.EEXIST)
                return None, _call(_os.rename, old, new, src_dir_fd=oldparent, dst_dir_fd=newparent)

            return _do_in_root(self, newname, _CREATING_DIRECTORY, None, inner)

        _, err = _do_in_root(self, oldname, 0, None, outer)
        return None if err is None else LinkError("renameat", oldname, newname, err)

    def Link(self, oldname: str, newname: str) -> Any:
        def outer(oldparent: int, old: str, old_slash: bool) -> tuple[Any, Any]:
            return _do_in_root(self, newname, 0, None, lambda newparent, new, slash: (None, _call(
                _os.link, old, new, src_dir_fd=oldparent, dst_dir_fd=newparent, follow_symlinks=False)))

        _, err = _do_in_root(self, oldname, 0, None, outer)
        return None if err is None else LinkError("linkat", oldname, newname, err)

    def Symlink(self, oldname: str, newname: str) -> Any:
        _, err = _do_in_root(self, newname, 0, None,
                             lambda parent, n, slash: (None, _call(_os.symlink, oldname, n, dir_fd=parent)))
        return None if err is None else LinkError("symlinkat", oldname, newname, err)

    def ReadFile(self, name: str) -> tuple[Slice, Any]:
        f, err = self.Open(name)
        if err is not None:
            return NIL_SLICE, err
        try:
            return _read_all(f)
        finally:
            f.Close()

    def WriteFile(self, name: str, data: Slice, perm: int) -> Any:
        f, err = self.OpenFile(name, _os.O_WRONLY | _os.O_CREAT | _os.O_TRUNC, perm)
        if err is not None:
            return err
        _, err = f._write(bytes(data))
        err1 = f.Close()
        return err if err is not None else err1

    def FS(self) -> "_RootFS":
        return _RootFS(self)


def _read_all(f: File) -> tuple[Slice, Any]:
    chunks = []
    while True:
        try:
            b = _os.read(f.fd, 1 << 16)
        except OSError as e:
            from ._osfile import path_error

            return Slice(list(b"".join(chunks))), path_error("read", f.name, e)
        if not b:
            return Slice(list(b"".join(chunks))), None
        chunks.append(b)


def _new_root(fd: int, name: str) -> tuple[Optional[Root], Any]:
    try:
        st = _os.fstat(fd)
    except OSError:
        st = None
    if st is not None and not _fs._FileStat(name, st).IsDir():
        _close(fd)
        return None, PathError("open", name, _GoErr("not a directory"))
    return Root(fd, name), None


def OpenRoot(name: str) -> tuple[Optional[Root], Any]:
    try:
        fd = _os.open(name, _os.O_RDONLY)
    except OSError as e:
        return None, PathError("open", name, _errno_of(e))
    return _new_root(fd, name)


def OpenInRoot(d: str, name: str) -> tuple[Optional[File], Any]:
    r, err = OpenRoot(d)
    if err is not None:
        return None, err
    try:
        return r.Open(name)  # type: ignore[union-attr]
    finally:
        r.Close()  # type: ignore[union-attr]


class _RootFS:
    """The fs.FS of Root.FS: names are fs.ValidPath names, resolved inside the root."""

    __goname__ = "*os.rootFS"
    __slots__ = ("r",)

    def __init__(self, r: Root) -> None:
        self.r = r

    def Open(self, name: str) -> tuple[Any, Any]:
        if not _fs.ValidPath(name):
            return None, PathError("open", name, _fs.ErrInvalid)
        return self.r.Open(name)

    def ReadDir(self, name: str) -> tuple[Any, Any]:
        if not _fs.ValidPath(name):
            return NIL_SLICE, PathError("readdir", name, _fs.ErrInvalid)
        f, err = self.r.Open(name)
        if err is not None:
            return NIL_SLICE, err
        try:
            dirs, err = f.ReadDir(-1)  # type: ignore[union-attr]
        finally:
            f.Close()  # type: ignore[union-attr]
        from go2py.runtime.values import str_bytes

        return Slice(sorted(dirs, key=lambda d: str_bytes(d.Name()))), err

    def ReadFile(self, name: str) -> tuple[Any, Any]:
        if not _fs.ValidPath(name):
            return NIL_SLICE, PathError("readfile", name, _fs.ErrInvalid)
        return self.r.ReadFile(name)

    def ReadLink(self, name: str) -> tuple[str, Any]:
        if not _fs.ValidPath(name):
            return "", PathError("readlink", name, _fs.ErrInvalid)
        return self.r.Readlink(name)

    def Stat(self, name: str) -> tuple[Any, Any]:
        if not _fs.ValidPath(name):
            return None, PathError("stat", name, _fs.ErrInvalid)
        return self.r.Stat(name)

    def Lstat(self, name: str) -> tuple[Any, Any]:
        if not _fs.ValidPath(name):
            return None, PathError("lstat", name, _fs.ErrInvalid)
        return self.r.Lstat(name)
