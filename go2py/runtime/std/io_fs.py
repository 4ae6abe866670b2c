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
