"""Importing Go packages from their source directories, as `go build` selects files.

Used to check a user's multi-package module and, in tests, the Go toolchain's own
standard library from `$(go env GOROOT)/src`. Files are selected for linux/amd64 with
cgo disabled: `_test.go` files are skipped, and `//go:build` lines and `_GOOS`/`_GOARCH`
file name suffixes are honoured.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from go2py.check.checker import Checker, Error, Importer
from go2py.check.objects import Package
from go2py.check.universe import UNIVERSE
from go2py.grammar import ParseError, ast, parse_file

GOOS = "linux"
GOARCH = "amd64"
KNOWN_OS = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
            "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos"}
KNOWN_ARCH = {"386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
              "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64",
              "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm"}
TAGS = {GOOS, GOARCH, "gc", "unix", "goexperiment.swissmap", "goexperiment.spinbitmutex",
        "goexperiment.aliastypeparams", "goexperiment.synchashtriemap"} | {
    f"go1.{i}" for i in range(1, 28)}


def tag_ok(tag: str) -> bool:
    return tag in TAGS


def build_expr_ok(expr: str) -> bool:
    """Evaluate a //go:build expression for linux/amd64."""
    toks = re.findall(r"\(|\)|!|&&|\|\||[\w.]+", expr)
    pos = 0

    def parse_or() -> bool:
        nonlocal pos
        v = parse_and()
        while pos < len(toks) and toks[pos] == "||":
            pos += 1
            r = parse_and()
            v = v or r
        return v

    def parse_and() -> bool:
        nonlocal pos
        v = parse_not()
        while pos < len(toks) and toks[pos] == "&&":
            pos += 1
            r = parse_not()
            v = v and r
        return v

    def parse_not() -> bool:
        nonlocal pos
        if pos < len(toks) and toks[pos] == "!":
            pos += 1
            return not parse_not()
        if pos < len(toks) and toks[pos] == "(":
            pos += 1
            v = parse_or()
            pos += 1  # ')'
            return v
        tok = toks[pos] if pos < len(toks) else ""
        pos += 1
        return tag_ok(tok)

    return parse_or()


def file_selected(path: Path, text: str) -> bool:
    name = path.name
    if not name.endswith(".go") or name.endswith("_test.go") or name.startswith((".", "_")):
        return False
    parts = name[:-3].split("_")
    if len(parts) >= 2:
        last = parts[-1]
        if len(parts) >= 3 and parts[-2] in KNOWN_OS and last in KNOWN_ARCH:
            if parts[-2] != GOOS and not (parts[-2] == "unix"):
                return False
            if last != GOARCH:
                return False
        elif last in KNOWN_OS and last != GOOS:
            return False
        elif last in KNOWN_ARCH and last != GOARCH:
            return False
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("//go:build "):
            return build_expr_ok(s[len("//go:build "):])
        if s.startswith("package "):
            break
    if re.search(r'^import\s+"C"', text, re.M):
        return False
    return True


class SourceImporter(Importer):
    """Loads packages from source directories under `roots` (e.g. GOROOT/src)."""

    def __init__(self, roots: list[Path], fallback: Optional[Importer] = None) -> None:
        self.roots = roots
        self.fallback = fallback
        self.packages: dict[str, Optional[Package]] = {}
        self.errors: dict[str, list[Error]] = {}

    def package_dir(self, path: str) -> Optional[Path]:
        for root in self.roots:
            d = root / path
            if d.is_dir():
                return d
            vendored = root / "vendor" / path
            if vendored.is_dir():
                return vendored
        return None

    def package_files(self, path: str) -> list[ast.File]:
        d = self.package_dir(path)
        if d is None:
            return []
        files: list[ast.File] = []
        for f in sorted(d.iterdir()):
            if not f.is_file():
                continue
            try:
                text = f.read_text(encoding="utf-8", errors="surrogateescape")
            except OSError:
                continue
            if not file_selected(f, text):
                continue
            try:
                files.append(parse_file(str(f), text))
            except ParseError as e:
                self.errors.setdefault(path, []).extend(
                    Error(str(f), line, col, msg) for line, col, msg in e.errors)
        return files

    def import_package(self, path: str, pos: ast.Node) -> Optional[Package]:
        if path in self.packages:
            return self.packages[path]
        files = self.package_files(path)
        if not files:
            if self.fallback is not None:
                return self.fallback.import_package(path, pos)
            return None
        self.packages[path] = None  # import cycles find nothing
        pkg = Package(path, files[0].package.name)
        pkg.scope.parent = UNIVERSE
        chk = Checker(pkg, self)
        chk.declarations = True  # assembly-implemented functions have no bodies
        chk.check_files(files)
        self.errors.setdefault(path, []).extend(chk.errors)
        self.packages[path] = pkg
        return pkg
