"""The declaration files against the Python modules beside them.

Every exported name a standard module defines must be declared in its `.go` file, so the
checker knows it.  A declared name the module does not implement yet must never turn into
code that fails at run time: the translator rejects its use with a positioned error, or
needs no Python object for it (constants are inlined, interfaces have no run-time form).
"""

from __future__ import annotations

import ast as pyast
import importlib
import inspect
from types import ModuleType

import pytest

from go2py.check import check_files
from go2py.check.importer import StdImporter, supported_packages
from go2py.check.objects import TypeName
from go2py.grammar import parse_file
from go2py.translate import TranslateError, translate
from go2py.translate.translator import py_name


def _implemented() -> list[tuple[str, ModuleType]]:
    out = []
    for path in supported_packages():
        name = "go2py.runtime.std." + path.replace("/", "_").replace(".", "_")
        try:
            out.append((path, importlib.import_module(name)))
        except ImportError:
            continue
    return out


IMPLEMENTED = _implemented()
IMPORTER = StdImporter()


def _declared(path: str) -> dict[str, object]:
    pkg = IMPORTER.import_package(path, None)  # type: ignore[arg-type]
    assert pkg is not None
    return {n: o for n, o in pkg.scope.names.items() if n[:1].isupper()}


def _defined_at_top(mod: ModuleType) -> set[str]:
    names: set[str] = set()
    for node in pyast.parse(inspect.getsource(mod)).body:
        if isinstance(node, (pyast.FunctionDef, pyast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, pyast.Assign):
            for t in node.targets:
                names.update(n.id for n in pyast.walk(t) if isinstance(n, pyast.Name))
        elif isinstance(node, pyast.AnnAssign) and isinstance(node.target, pyast.Name):
            names.add(node.target.id)
    return names


def test_some_packages_are_implemented() -> None:
    assert {"fmt", "strings", "os", "time"} <= {p for p, _ in IMPLEMENTED}


@pytest.mark.parametrize("path,mod", IMPLEMENTED, ids=[p for p, _ in IMPLEMENTED])
def test_every_implemented_name_is_declared(path: str, mod: ModuleType) -> None:
    # A Go name that is a Python builtin is defined under its mangled name (SyntaxError_).
    declared = {m for n in _declared(path) for m in (n, py_name(n))}
    exported = {n for n in _defined_at_top(mod) if n[:1].isupper()}
    assert sorted(exported - declared) == []


@pytest.mark.parametrize("path,mod", IMPLEMENTED, ids=[p for p, _ in IMPLEMENTED])
def test_unimplemented_names_are_rejected_or_unneeded(path: str, mod: ModuleType) -> None:
    pkg_name = IMPORTER.import_package(path, None).name  # type: ignore[arg-type,union-attr]
    for name, obj in _declared(path).items():
        if hasattr(mod, name) or hasattr(mod, py_name(name)):
            continue
        use = f"var _ {pkg_name}.{name}" if isinstance(obj, TypeName) else f"var _ = {pkg_name}.{name}"
        src = f'package main\n\nimport "{path}"\n\n{use}\n\nfunc main() {{}}\n'
        f = parse_file("t.go", src)
        result = check_files([f], IMPORTER)
        if isinstance(obj, TypeName) and any("outside a type constraint" in e.msg for e in result.errors):
            continue  # a constraint (cmp.Ordered): only generic code names it, no run-time form
        assert not result.errors, (name, result.errors)
        try:
            py = translate([f], result, format=False)
        except TranslateError as e:
            assert str(e).startswith("t.go:5:"), (name, str(e))
            continue
        # Translated: the module must load without reaching for the missing name.
        exec(compile(py, f"<{path}.{name}>", "exec"), {"__name__": "go2py_declaration_test"})
