"""Go's ``path/filepath`` for Unix (separator ``/``): the lexical functions of ``path``
plus ``Abs``, ``Rel``, ``SplitList``, ``Glob``, ``Walk`` and ``WalkDir`` (lexical order,
``SkipDir``/``SkipAll`` as in Go), ``EvalSymlinks``, ``IsLocal``."""

from __future__ import annotations

import os as _os
from typing import Any, Callable

from go2py.runtime.panic import GoError as _GoError
from go2py.runtime.values import NIL_SLICE, Slice

from . import _osfile
from .io_fs import SkipAll, SkipDir
from .path import Base, Clean, Dir, ErrBadPattern, Ext, IsAbs, Split, match as _match

Separator = 0x2F
ListSeparator = 0x3A


def Join(*elem: str) -> str:
    for i, e in enumerate(elem):
        if e != "":
            return Clean("/".join(elem[i:]))
    return ""


def ToSlash(path: str) -> str:
    return path


def FromSlash(path: str) -> str:
    return path


def VolumeName(path: str) -> str:
    return ""


def HasPrefix(p: str, prefix: str) -> bool:
    return p.startswith(prefix)


def SplitList(path: str) -> Slice:
    if path == "":
        return Slice([])
    return Slice(path.split(":"))


def IsLocal(path: str) -> bool:
    if IsAbs(path) or path == "":
        return False
    hasdots = False
    p = path
    while p:
        part, _, p = p.partition("/")
        if part in (".", ".."):
            hasdots = True
            break
    if hasdots:
        path = Clean(path)
    return not (path == ".." or path.startswith("../"))


def Localize(path: str):
    from . import io_fs

    if not io_fs.ValidPath(path) or "\0" in path:
        return "", _GoError("invalid path")
    return path, None


def Abs(path: str):
    if IsAbs(path):
        return Clean(path), None
    try:
        wd = _os.getcwd()
    except OSError as e:
        return "", _osfile.path_error("getwd", ".", e)
    return Join(wd, path), None


def Rel(basepath: str, targpath: str):
    base = Clean(basepath)
    targ = Clean(targpath)
    if targ == base:
        return ".", None
    if base == ".":
        base = ""
    if IsAbs(base) != IsAbs(targ):
        return "", _GoError("Rel: can't make " + targpath + " relative to " + basepath)
    bl, tl = len(base), len(targ)
    b0 = bi = t0 = ti = 0
    while True:
        while bi < bl and base[bi] != "/":
            bi += 1
        while ti < tl and targ[ti] != "/":
            ti += 1
        if targ[t0:ti] != base[b0:bi]:
            break
        if bi < bl:
            bi += 1
        if ti < tl:
            ti += 1
        b0, t0 = bi, ti
    if base[b0:bi] == "..":
        return "", _GoError("Rel: can't make " + targpath + " relative to " + basepath)
    if b0 != bl:
        seps = base[b0:bl].count("/")
        out = ".." + "/.." * seps
        if t0 != tl:
            out += "/" + targ[t0:]
        return Clean(out), None
    return targ[t0:], None


def Match(pattern: str, name: str):
    return _match(pattern, name, check_rest=False)


def _has_meta(p: str) -> bool:
    return any(c in p for c in "*?[\\")


def _glob_dir(dir: str, pattern: str, matches: list[str]) -> Any:
    try:
        if not _os.path.isdir(dir):
            return None
        names = sorted(_os.listdir(dir))
    except OSError:
        return None
    for n in names:
        ok, err = Match(pattern, n)
        if err is not None:
            return err
        if ok:
            matches.append(Join(dir, n))
    return None


def Glob(pattern: str):
    _, err = Match(pattern, "")
    if err is not None:
        return NIL_SLICE, err
    if not _has_meta(pattern):
        if _os.path.lexists(pattern):
            return Slice([pattern]), None
        return NIL_SLICE, None
    dir, file = Split(pattern)
    dir = Clean(dir) if dir else "."
    if dir != "/" and dir.endswith("/"):
        dir = dir[:-1]
    out: list[str] = []
    if not _has_meta(dir):
        err = _glob_dir(dir, file, out)
    else:
        dirs, err = Glob(dir)
        if err is not None:
            return NIL_SLICE, err
        for d in dirs:
            err = _glob_dir(d, file, out)
            if err is not None:
                break
    if err is not None:
        return NIL_SLICE, err
    return (Slice(out) if out else NIL_SLICE), None


def EvalSymlinks(path: str):
    if not _os.path.lexists(path):
        try:
            _os.lstat(path)
        except OSError as e:
            return "", _osfile.path_error("lstat", path, e)
    real = _os.path.realpath(path)
    if not IsAbs(path):
        real = _os.path.relpath(real)
    return Clean(real), None


# -- walking


def _read_dir_names(dirname: str) -> tuple[list[str], Any]:
    try:
        return sorted(_os.listdir(dirname)), None
    except OSError as e:
        return [], _osfile.path_error("open", dirname, e)


def _walk_dir(path: str, d: Any, fn: Callable) -> Any:
    err = fn(path, d, None)
    if err is not None or not d.IsDir():
        if err is SkipDir and d.IsDir():
            err = None
        return err
    dirs, err = _osfile.ReadDir(path)
    if err is not None:
        err = fn(path, d, err)
        if err is not None:
            if err is SkipDir and d.IsDir():
                err = None
            return err
    for d1 in dirs:
        err = _walk_dir(Join(path, d1.Name()), d1, fn)
        if err is not None:
            if err is SkipDir:
                break
            return err
    return None


def WalkDir(root: str, fn: Callable) -> Any:
    info, err = _osfile.Lstat(root)
    if err is not None:
        err = fn(root, None, err)
    else:
        from .io_fs import ModeType, _DirEntry

        err = _walk_dir(root, _DirEntry(info.Name(), info.Mode() & ModeType, root), fn)
    if err is SkipDir or err is SkipAll:
        return None
    return err


def _walk(path: str, info: Any, fn: Callable) -> Any:
    if not info.IsDir():
        return fn(path, info, None)
    names, err = _read_dir_names(path)
    err1 = fn(path, info, err)
    if err is not None or err1 is not None:
        return err1
    for name in names:
        filename = Join(path, name)
        fileinfo, err = _osfile.Lstat(filename)
        if err is not None:
            err = fn(filename, fileinfo, err)
            if err is not None and err is not SkipDir:
                return err
        else:
            err = _walk(filename, fileinfo, fn)
            if err is not None:
                if not fileinfo.IsDir() or err is not SkipDir:
                    return err
    return None


def Walk(root: str, fn: Callable) -> Any:
    info, err = _osfile.Lstat(root)
    if err is not None:
        err = fn(root, None, err)
    else:
        err = _walk(root, info, fn)
    if err is SkipDir or err is SkipAll:
        return None
    return err


__all__ = ["Abs", "Base", "Clean", "Dir", "ErrBadPattern", "EvalSymlinks", "Ext", "FromSlash", "Glob",
           "HasPrefix", "IsAbs", "IsLocal", "Join", "ListSeparator", "Localize", "Match", "Rel", "Separator",
           "SkipAll", "SkipDir", "Split", "SplitList", "ToSlash", "VolumeName", "Walk", "WalkDir"]
