"""Importers: where the checker finds imported packages.

`StdImporter` loads the packages go2py supports from their declaration files, Go source
files without function bodies that sit beside each package's Python implementation
(`go2py/runtime/std/strings.go` beside `strings.py`; `/` in a path becomes `_`). Each is
parsed and checked like any package, once per process.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Optional

from go2py.check.checker import Checker, Error, Importer
from go2py.check.objects import Package
from go2py.check.universe import UNIVERSE
from go2py.grammar import ParseError, ast, parse_file

DECL_ROOTS = ("go2py.runtime.std", "go2py.runtime.kafka")


def decl_file_name(path: str) -> str:
    return path.replace("/", "_") + ".go"


def _decl_dirs() -> list[Path]:
    out = []
    for mod in DECL_ROOTS:
        try:
            out.append(Path(str(resources.files(mod))))
        except (ModuleNotFoundError, TypeError):
            continue
    return out


def supported_packages() -> list[str]:
    """Import paths of every package with a declaration file, sorted."""
    names: set[str] = set()
    for d in _decl_dirs():
        for f in d.glob("*.go"):
            try:
                text = f.read_text(encoding="utf-8")
            except OSError:
                continue
            names.update(_import_paths_of(f.stem, text))
    return sorted(names)


def _import_paths_of(stem: str, text: str) -> list[str]:
    # A declaration file may state its import paths (`// go2py:import path` lines), for paths
    # that contain "_" themselves and for a package known under several paths (sarama moved
    # from github.com/Shopify to github.com/IBM); otherwise "_" in the file name stands for "/".
    paths = [line.split(None, 2)[2].strip() for line in text.splitlines()[:20]
             if line.startswith("// go2py:import ")]
    return paths or [stem.replace("_", "/")]


def package_names() -> dict[str, str]:
    """Package name -> import path of every supported package (the shorter path wins)."""
    out: dict[str, str] = {}
    for path in supported_packages():
        f = None
        for d in _decl_dirs():
            cand = d / decl_file_name(path)
            if cand.exists():
                f = cand
                break
        if f is None:
            continue
        name = path.rsplit("/", 1)[-1]
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("package "):
                name = line.split()[1]
                break
        if name not in out or len(path) < len(out[name]):
            out[name] = path
    return out


class DeclarationError(Exception):
    pass


class StdImporter(Importer):
    def __init__(self) -> None:
        self.packages: dict[str, Optional[Package]] = {}
        self._index: Optional[dict[str, Path]] = None
        self.errors: list[Error] = []

    def _files(self) -> dict[str, Path]:
        if self._index is None:
            self._index = {}
            for d in _decl_dirs():
                for f in sorted(d.glob("*.go")):
                    text = f.read_text(encoding="utf-8")
                    for path in _import_paths_of(f.stem, text):
                        self._index[path] = f
        return self._index

    def import_package(self, path: str, pos: ast.Node) -> Optional[Package]:
        if path in self.packages:
            return self.packages[path]
        f = self._files().get(path)
        if f is None:
            return None
        for other, pkg in self.packages.items():
            # Every import path of one declaration file is the same package.
            if pkg is not None and self._files().get(other) == f:
                self.packages[path] = pkg
                return pkg
        self.packages[path] = None  # an import cycle finds nothing
        try:
            file = parse_file(str(f), f.read_bytes())
        except ParseError as e:
            raise DeclarationError(f"declaration file of {path} does not parse:\n{e.format()}")
        pkg = Package(path, file.package.name)
        pkg.scope.parent = UNIVERSE
        chk = Checker(pkg, self, snippet=True)
        chk.declarations = True
        chk.check_files([file])
        hard = [e for e in chk.errors if not e.soft]
        if hard:
            raise DeclarationError(f"declaration file of {path} has errors:\n" +
                                   "\n".join(e.format() for e in hard[:10]))
        self.packages[path] = pkg
        return pkg

    def unsupported(self, path: str) -> str:
        return (f"package {path} is not supported by go2py; supported packages: "
                + ", ".join(supported_packages()))
