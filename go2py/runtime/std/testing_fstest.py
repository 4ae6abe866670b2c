"""Go's package testing/fstest: MapFS, an in-memory file system from a map of paths to
*MapFile, with the directories their paths imply (symbolic links are not followed).
MapFS is the program's dict; its methods are static and take it first."""

from __future__ import annotations

from typing import Any, Optional

from go2py.runtime import values as _v
from go2py.runtime.std import io_fs as _fs
from go2py.runtime.std._timecore import Time as _Time
from go2py.runtime.values import NIL_SLICE, Slice


class MapFile(_v.Struct):
    """*fstest.MapFile: contents, mode, modification time and Sys of one file."""

    __slots__ = ("Data", "Mode", "ModTime", "Sys")

    def __init__(self, Data: Any = NIL_SLICE, Mode: int = 0, ModTime: Optional[_Time] = None, Sys: Any = None) -> None:
        self.Data, self.Mode, self.ModTime, self.Sys = Data, Mode, ModTime if ModTime is not None else _Time(), Sys

    def _copy(self) -> "MapFile":
        return MapFile(self.Data, self.Mode, self.ModTime, self.Sys)

    def _assign(self, v: "MapFile") -> None:
        self.Data, self.Mode, self.ModTime, self.Sys = v.Data, v.Mode, v.ModTime, v.Sys


def _dir_file() -> MapFile:
    return MapFile(Mode=_fs.ModeDir | 0o555)


class _Info:
    """A FileInfo and DirEntry of a MapFS entry."""

    __slots__ = ("name", "f")

    def __init__(self, name: str, f: MapFile) -> None:
        self.name, self.f = name, f

    def Name(self) -> str:
        return self.name

    def Size(self) -> int:
        return len(self.f.Data) if self.f.Data is not None else 0

    def Mode(self) -> _fs.FileMode:
        return _fs.FileMode(self.f.Mode)

    def Type(self) -> _fs.FileMode:
        return _fs.FileMode(self.f.Mode & _fs.ModeType)

    def ModTime(self) -> _Time:
        return self.f.ModTime

    def IsDir(self) -> bool:
        return self.f.Mode & _fs.ModeDir != 0

    def Sys(self) -> Any:
        return self.f.Sys

    def Info(self) -> tuple["_Info", Any]:
        return self, None

    def String(self) -> str:
        return _fs.FormatFileInfo(self)

    __str__ = String


class _Open:
    """What an open file and an open directory of a MapFS share."""

    def __init__(self, path: str, info: _Info) -> None:
        self.path, self.info, self.offset = path, info, 0

    def Stat(self) -> tuple[_Info, Any]:
        return self.info, None

    def Close(self) -> Any:
        return None


class _OpenFile(_Open):
    """An open regular file of a MapFS."""

    def Read(self, b: Slice) -> tuple[int, Any]:
        from go2py.runtime.std import io as _io

        data = list(self.info.f.Data or [])
        if self.offset >= len(data):
            return 0, _io.EOF
        n = _v.copy(b, Slice(data[self.offset:]))
        self.offset += n
        return n, None


class _Dir(_Open):
    """An open directory of a MapFS, its entries sorted by name."""

    def __init__(self, path: str, info: _Info, entries: list[_Info]) -> None:
        super().__init__(path, info)
        self.entries = entries

    def Read(self, b: Slice) -> tuple[int, Any]:
        return 0, _fs.PathError("read", self.path, _fs.ErrInvalid)

    def ReadDir(self, count: int) -> tuple[Slice, Any]:
        from go2py.runtime.std import io as _io

        n = len(self.entries) - self.offset
        if n == 0 and count > 0:
            return NIL_SLICE, _io.EOF
        if 0 < count < n:
            n = count
        out = Slice(self.entries[self.offset:self.offset + n])
        self.offset += n
        return out, None


class _FSOnly:
    """The MapFS seen through Open alone, so that io/fs's functions do the work."""

    def __init__(self, m: dict) -> None:
        self.m = m

    def Open(self, name: str) -> tuple[Any, Any]:
        return MapFS.Open(self.m, name)


class MapFS:
    """fstest.MapFS: map[string]*MapFile."""

    __goname__ = "fstest.MapFS"

    @staticmethod
    def Open(fsys: dict, name: str) -> tuple[Any, Any]:
        if not _fs.ValidPath(name):
            return None, _fs.PathError("open", name, _fs.ErrNotExist)
        file = fsys.get(name)
        if file is not None and file.Mode & _fs.ModeDir == 0:
            return _OpenFile(name, _Info(name.rsplit("/", 1)[-1], file)), None
        # A directory: listed in the map or implied by the paths under it.
        entries: dict[str, _Info] = {}
        need: set[str] = set()
        prefix = "" if name == "." else name + "/"
        for fname, f in fsys.items():
            if not fname.startswith(prefix) or fname == ".":
                continue
            rest = fname[len(prefix):]
            if "/" in rest:
                need.add(rest.split("/", 1)[0])
            else:
                entries[rest] = _Info(rest, f)
        if name != "." and file is None and not entries and not need:
            return None, _fs.PathError("open", name, _fs.ErrNotExist)
        for d in need - set(entries):
            entries[d] = _Info(d, _dir_file())
        items = sorted(entries.values(), key=lambda i: i.name.encode("utf-8", "surrogateescape"))
        elem = "." if name == "." else name.rsplit("/", 1)[-1]
        return _Dir(name, _Info(elem, file if file is not None else _dir_file()), items), None

    @staticmethod
    def ReadFile(fsys: dict, name: str) -> tuple[Any, Any]:
        return _fs.ReadFile(_FSOnly(fsys), name)

    @staticmethod
    def Stat(fsys: dict, name: str) -> tuple[Any, Any]:
        return _fs.Stat(_FSOnly(fsys), name)

    @staticmethod
    def Lstat(fsys: dict, name: str) -> tuple[Any, Any]:
        return _fs.Stat(_FSOnly(fsys), name)

    @staticmethod
    def ReadLink(fsys: dict, name: str) -> tuple[str, Any]:
        return "", _fs.PathError("readlink", name, _fs.ErrInvalid)

    @staticmethod
    def ReadDir(fsys: dict, name: str) -> tuple[Any, Any]:
        return _fs.ReadDir(_FSOnly(fsys), name)

    @staticmethod
    def Glob(fsys: dict, pattern: str) -> tuple[Any, Any]:
        return _fs.Glob(_FSOnly(fsys), pattern)

    @staticmethod
    def Sub(fsys: dict, d: str) -> tuple[Any, Any]:
        return _fs.Sub(_FSOnly(fsys), d)

