"""Go's ``io/fs``: ``FileMode`` with Go's ``String``, the portable errors
(``ErrNotExist``...), ``PathError``, and the ``FileInfo``/``DirEntry`` values that
``os.Stat`` and ``os.ReadDir`` return. The ``FS`` interfaces have no run-time form."""

from __future__ import annotations

import stat as _stat
from typing import Any, Optional

from go2py.runtime.std import errors as _errors

ModeDir = 1 << 31
ModeAppend = 1 << 30
ModeExclusive = 1 << 29
ModeTemporary = 1 << 28
ModeSymlink = 1 << 27
ModeDevice = 1 << 26
ModeNamedPipe = 1 << 25
ModeSocket = 1 << 24
ModeSetuid = 1 << 23
ModeSetgid = 1 << 22
ModeCharDevice = 1 << 21
ModeSticky = 1 << 20
ModeIrregular = 1 << 19
ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
ModePerm = 0o777

ErrInvalid = _errors.New("invalid argument")
ErrPermission = _errors.New("permission denied")
ErrExist = _errors.New("file already exists")
ErrNotExist = _errors.New("file does not exist")
ErrClosed = _errors.New("file already closed")
SkipDir = _errors.New("skip this directory")
SkipAll = _errors.New("skip everything and stop the walk")


class FileMode(int):
    """``fs.FileMode`` (uint32): type bits on top, permissions at the bottom."""

    __slots__ = ()

    def String(self) -> str:
        m = int(self)
        out = [c for i, c in enumerate("dalTLDpSugct?") if m & (1 << (31 - i))]
        if not out:
            out.append("-")
        out.extend(c if m & (1 << (8 - i)) else "-" for i, c in enumerate("rwxrwxrwx"))
        return "".join(out)

    __str__ = String

    def IsDir(self) -> bool:
        return int(self) & ModeDir != 0

    def IsRegular(self) -> bool:
        return int(self) & ModeType == 0

    def Perm(self) -> int:
        return int(self) & ModePerm

    def Type(self) -> int:
        return int(self) & ModeType


class PathError:
    """``*fs.PathError``: ``open x: no such file or directory``."""

    __slots__ = ("Op", "Path", "Err")

    def __init__(self, Op: str = "", Path: str = "", Err: Any = None) -> None:
        self.Op = Op
        self.Path = Path
        self.Err = Err

    def Error(self) -> str:
        return f"{self.Op} {self.Path}: {self.Err.Error()}"

    def Unwrap(self) -> Any:
        return self.Err

    def Timeout(self) -> bool:
        t = getattr(self.Err, "Timeout", None)
        return bool(t()) if t is not None else False


def mode_of(st_mode: int) -> int:
    """The FileMode of a stat result's st_mode, as Go's os package maps it."""
    m = st_mode & 0o777
    fmt = _stat.S_IFMT(st_mode)
    m |= {_stat.S_IFBLK: ModeDevice, _stat.S_IFCHR: ModeDevice | ModeCharDevice, _stat.S_IFDIR: ModeDir,
          _stat.S_IFIFO: ModeNamedPipe, _stat.S_IFLNK: ModeSymlink, _stat.S_IFSOCK: ModeSocket}.get(fmt, 0)
    if st_mode & _stat.S_ISGID:
        m |= ModeSetgid
    if st_mode & _stat.S_ISUID:
        m |= ModeSetuid
    if st_mode & _stat.S_ISVTX:
        m |= ModeSticky
    return m


class _FileStat:
    """The ``FileInfo`` of ``os.Stat``: name (the base name), size, mode, mtime."""

    __slots__ = ("name", "size", "mode", "mtime_ns", "sys")

    def __init__(self, name: str, st: Any) -> None:
        self.name = name
        self.size = st.st_size
        self.mode = mode_of(st.st_mode)
        self.mtime_ns = st.st_mtime_ns
        self.sys = st

    def Name(self) -> str:
        return self.name

    def Size(self) -> int:
        return self.size

    def Mode(self) -> int:
        return self.mode

    def ModTime(self) -> Any:
        from go2py.runtime.std import time as _time

        return _time.Unix(0, self.mtime_ns)

    def IsDir(self) -> bool:
        return self.mode & ModeDir != 0

    def Sys(self) -> Any:
        return self.sys


class _DirEntry:
    """A ``DirEntry`` of ``os.ReadDir``; printed with ``%v`` as Go's ``FormatDirEntry``."""

    __slots__ = ("name", "typ", "path")

    def __init__(self, name: str, typ: int, path: str) -> None:
        self.name = name
        self.typ = typ
        self.path = path

    def Name(self) -> str:
        return self.name

    def IsDir(self) -> bool:
        return self.typ & ModeDir != 0

    def Type(self) -> int:
        return self.typ

    def Info(self) -> tuple[Optional[_FileStat], Any]:
        from go2py.runtime.std import os as _os

        return _os.Lstat(self.path)

    def String(self) -> str:
        return FormatDirEntry(self)

    __str__ = String


def FormatDirEntry(dir: Any) -> str:
    mode = FileMode(dir.Type()).String()[:-9]
    return mode + " " + dir.Name() + ("/" if dir.IsDir() else "")


def FormatFileInfo(info: Any) -> str:
    from go2py.runtime.std import time as _time

    name = info.Name()
    s = FileMode(info.Mode()).String() + " " + str(info.Size()) + " " + info.ModTime().Format(_time.DateTime)
    return s + " " + name + ("/" if info.IsDir() else "")


def ValidPath(name: str) -> bool:
    if name == ".":
        return True
    for elem in name.split("/"):
        if elem in ("", ".", ".."):
            return False
    return True


# ----------------------------------------------------------------------------- functions over an FS
# Each uses the FS's own method when it has one (ReadFileFS, StatFS, ReadDirFS, GlobFS, SubFS,
# ReadLinkFS), as Go's do, and otherwise works through Open.


def _has(x: Any, name: str) -> Any:
    try:
        return getattr(x, name)
    except AttributeError:
        return None


def _via(fsys: Any, method: str, name: str, fail: Any, use: Any) -> tuple[Any, Any]:
    """fsys's own method when it has one; else use(file) on fsys.Open(name), closed after."""
    own = _has(fsys, method)
    if own is not None:
        return own(name)
    file, err = fsys.Open(name)
    if err is not None:
        return fail, err
    try:
        return use(file)
    finally:
        file.Close()


def _read_all(file: Any) -> tuple[Any, Any]:
    from go2py.runtime.std import io as _io
    from go2py.runtime.values import Slice

    data: list[int] = []
    buf = Slice([0] * 512)
    while True:
        n, err = file.Read(buf)
        data.extend(list(buf)[:n])
        if err is not None:
            return Slice(data), (None if err is _io.EOF else err)


def ReadFile(fsys: Any, name: str) -> tuple[Any, Any]:
    from go2py.runtime.values import NIL_SLICE

    return _via(fsys, "ReadFile", name, NIL_SLICE, _read_all)


def Stat(fsys: Any, name: str) -> tuple[Any, Any]:
    return _via(fsys, "Stat", name, None, lambda file: file.Stat())


def Lstat(fsys: Any, name: str) -> tuple[Any, Any]:
    own = _has(fsys, "Lstat")
    return own(name) if own is not None else Stat(fsys, name)


def ReadLink(fsys: Any, name: str) -> tuple[str, Any]:
    own = _has(fsys, "ReadLink")
    if own is not None:
        return own(name)
    return "", PathError("readlink", name, ErrInvalid)


def ReadDir(fsys: Any, name: str) -> tuple[Any, Any]:
    from go2py.runtime.values import NIL_SLICE, Slice

    def entries(file: Any) -> tuple[Any, Any]:
        read_dir = _has(file, "ReadDir")
        if read_dir is None:
            return NIL_SLICE, PathError("readdir", name, _errors.New("not implemented"))
        lst, err = read_dir(-1)
        return Slice(sorted(lst or [], key=lambda d: d.Name().encode("utf-8", "surrogateescape"))), err

    return _via(fsys, "ReadDir", name, NIL_SLICE, entries)


class _DirInfo:
    """FileInfoToDirEntry's DirEntry over a FileInfo."""

    __slots__ = ("info",)

    def __init__(self, info: Any) -> None:
        self.info = info

    def IsDir(self) -> bool:
        return self.info.IsDir()

    def Type(self) -> int:
        return FileMode(self.info.Mode() & ModeType)

    def Info(self) -> tuple[Any, Any]:
        return self.info, None

    def Name(self) -> str:
        return self.info.Name()

    def String(self) -> str:
        return FormatDirEntry(self)

    __str__ = String


def FileInfoToDirEntry(info: Any) -> Optional[_DirInfo]:
    return None if info is None else _DirInfo(info)


def _has_meta(p: str) -> bool:
    return any(c in p for c in "*?[\\")


def Glob(fsys: Any, pattern: str) -> tuple[Any, Any]:
    return _glob_with_limit(fsys, pattern, 0)


def _glob_with_limit(fsys: Any, pattern: str, depth: int) -> tuple[Any, Any]:
    from go2py.runtime.std import path as _path
    from go2py.runtime.values import NIL_SLICE, Slice

    if depth > 10000:  # Go's pathological-pattern limit
        return NIL_SLICE, _path.ErrBadPattern
    own = _has(fsys, "Glob")
    if own is not None:
        return own(pattern)
    _, err = _path.Match(pattern, "")
    if err is not None:
        return NIL_SLICE, err
    if not _has_meta(pattern):
        _, err = Stat(fsys, pattern)
        return (NIL_SLICE, None) if err is not None else (Slice([pattern]), None)
    d, file = _path.Split(pattern)
    d = "." if d == "" else d[:-1]
    if not _has_meta(d):
        return _glob_dir(fsys, d, file, [])
    if d == pattern:  # no progress possible
        return NIL_SLICE, _path.ErrBadPattern
    dirs, err = _glob_with_limit(fsys, d, depth + 1)
    if err is not None:
        return NIL_SLICE, err
    m: list[str] = []
    for di in dirs or []:
        got, err = _glob_dir(fsys, di, file, m)
        if err is not None:
            return got, err
        m = list(got) if got is not NIL_SLICE else m
    return (Slice(m) if m else NIL_SLICE), None


def _glob_dir(fsys: Any, d: str, pattern: str, m: list[str]) -> tuple[Any, Any]:
    from go2py.runtime.std import path as _path
    from go2py.runtime.values import NIL_SLICE, Slice

    infos, err = ReadDir(fsys, d)
    if err is not None:
        return (Slice(m) if m else NIL_SLICE), None  # an I/O error is no match
    out = list(m)
    for info in infos:
        n = info.Name()
        matched, err = _path.Match(pattern, n)
        if err is not None:
            return (Slice(out) if out else NIL_SLICE), err
        if matched:
            out.append(_path.Join(d, n))
    return (Slice(out) if out else NIL_SLICE), None


class _SubFS:
    """Sub's FS: the names of dir's tree, as an FS of their own."""

    def __init__(self, fsys: Any, d: str) -> None:
        self.fsys, self.dir = fsys, d

    def _full(self, op: str, name: str) -> tuple[str, Any]:
        from go2py.runtime.std import path as _path

        if not ValidPath(name):
            return "", PathError(op, name, ErrInvalid)
        return _path.Join(self.dir, name), None

    def _shorten(self, err: Any) -> Any:
        if isinstance(err, PathError) and (err.Path == self.dir or err.Path.startswith(self.dir + "/")):
            return PathError(err.Op, err.Path[len(self.dir) + 1:] or ".", err.Err)
        return err

    def Open(self, name: str) -> tuple[Any, Any]:
        full, err = self._full("open", name)
        if err is not None:
            return None, err
        f, err = self.fsys.Open(full)
        return f, self._shorten(err)

    def ReadDir(self, name: str) -> tuple[Any, Any]:
        full, err = self._full("read", name)
        if err is not None:
            return None, err
        d, err = ReadDir(self.fsys, full)
        return d, self._shorten(err)

    def ReadFile(self, name: str) -> tuple[Any, Any]:
        full, err = self._full("read", name)
        if err is not None:
            return None, err
        data, err = ReadFile(self.fsys, full)
        return data, self._shorten(err)


def Sub(fsys: Any, d: str) -> tuple[Any, Any]:
    if not ValidPath(d):
        return None, PathError("sub", d, ErrInvalid)
    if d == ".":
        return fsys, None
    own = _has(fsys, "Sub")
    if own is not None:
        return own(d)
    return _SubFS(fsys, d), None


def WalkDir(fsys: Any, root: str, fn: Any) -> Any:
    info, err = Stat(fsys, root)
    if err is not None:
        err = fn(root, None, err)
    else:
        err = _walk_dir(fsys, root, FileInfoToDirEntry(info), fn)
    if err is SkipDir or err is SkipAll:
        return None
    return err


def _walk_dir(fsys: Any, name: str, d: Any, fn: Any) -> Any:
    from go2py.runtime.std import path as _path

    err = fn(name, d, None)
    if err is not None or not d.IsDir():
        if err is SkipDir and d.IsDir():
            err = None  # skipped this directory
        return err
    dirs, err = ReadDir(fsys, name)
    if err is not None:
        err = fn(name, d, err)
        if err is not None:
            if err is SkipDir and d.IsDir():
                err = None
            return err
    for d1 in dirs or []:
        err = _walk_dir(fsys, _path.Join(name, d1.Name()), d1, fn)
        if err is not None:
            if err is SkipDir:
                break
            return err
    return None
