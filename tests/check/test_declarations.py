"""The declaration files of go2py/runtime/std/*.go: they parse, the real Go compiler accepts
every check scripts/check_declarations.py derives from them, wrong declarations are caught,
and they cover the real packages' exported API."""

from __future__ import annotations

import ast as pyast
import importlib.util
import re
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import pytest

from go2py.grammar import ast, parse_file

ROOT = Path(__file__).resolve().parents[2]
STD = ROOT / "go2py" / "runtime" / "std"

# Every package go2py declares (import paths); each has STD/<path with / as _>.go.
PACKAGES = [
    "bufio", "bytes", "cmp", "container/heap", "container/list", "container/ring", "context",
    "encoding", "encoding/base64", "encoding/hex", "encoding/json", "errors", "flag", "fmt",
    "github.com/golang/glog", "io", "io/fs", "iter", "log", "maps", "math", "math/bits",
    "math/rand", "math/rand/v2", "os", "os/signal", "path", "path/filepath", "reflect", "runtime",
    "slices", "sort", "strconv", "strings", "sync", "sync/atomic", "syscall", "time", "unicode",
    "unicode/utf8",
]

# Documented subsets (see docs/declarations.md) and the least coverage each keeps.
# net: TCP only; math_big: all but the Gob encodings of Float; testing_fstest: all but
# TestFS, which takes package testing's *T
SUBSET_FLOOR = {"reflect": 85.0, "runtime": 45.0, "syscall": 0.0, "net": 10.0, "math_big": 95.0,
                "testing_fstest": 90.0}


@lru_cache(maxsize=None)
def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "go2py_scripts_check_declarations", ROOT / "scripts/check_declarations.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _file(path: str) -> Path:
    return STD / (path.replace("/", "_") + ".go")


def test_every_package_has_a_declaration_file():
    assert {p.replace("/", "_") for p in PACKAGES} <= {p.stem for p in STD.glob("*.go")}


@pytest.mark.parametrize("path", PACKAGES)
def test_declaration_file_parses(path: str):
    f = parse_file(str(_file(path)), _file(path).read_text())
    elems = path.split("/")
    want = elems[-2] if re.fullmatch(r"v\d+", elems[-1]) else elems[-1]
    assert f.package.name == want
    for d in f.decls:
        if isinstance(d, ast.FuncDecl):
            assert d.body is None, f"{d.pos()}: {d.name.name} has a body"


def test_imports_are_declared_packages():
    """A declaration file imports only packages that have declaration files (or unsafe)."""
    bad = []
    for path in PACKAGES:
        for imp in parse_file(str(_file(path)), _file(path).read_text()).imports:
            target = imp.path.value.strip('"')
            if target != "unsafe" and target not in PACKAGES:
                bad.append((path, target))
    assert not bad


def test_go2py_checker_loads_every_declaration_file():
    importer = pytest.importorskip("go2py.check.importer")
    imp = importer.StdImporter()
    for path in PACKAGES:
        assert imp.import_package(path, None) is not None, path


def test_real_compiler_accepts_declarations(go, tmp_path):
    ok, log, checks = _script().verify(_script().decl_files(), tmp_path)
    assert ok, log
    assert set(checks) >= {p.replace("/", "_") for p in PACKAGES} - set(_script().UNVERIFIABLE)
    for stem, chk in checks.items():
        assert len(chk.skipped) <= 2, (stem, chk.skipped)  # nearly every name is checked


# Each mutation makes one declaration wrong; its check package must fail to build.
MUTATIONS = {
    "strings": ("func Repeat(s string, count int) string",
                "func Repeat(s string, count int64) string"),
    "math": ("2097494459\n", "2097494458\n"),  # the last digit of Pi
    "bytes": ("func (b *Buffer) Len() int", "func (b Buffer) Len() int"),
    "io": ("type Reader interface {\n\tRead(p []byte) (n int, err error)\n}",
           "type Reader interface {\n\tRead(p []byte) (n int, err error)\n\tClose() error\n}"),
    "fmt": ("type Stringer interface {\n\tString() string\n}", "type Stringer interface{}"),
    "os": ("type File struct {\n\t_ int\n}", "type File struct{}"),
    "time": ("Second      Duration = 1000000000", "Second               = 1000000000"),
    "cmp": ("~float64 | ~string", "~float64"),
    "sort": ("type IntSlice []int", "type IntSlice []int64"),
    "path_filepath": ("\tSkipDir       error", "\tSkipDir       any"),
    "container_list": ("Value any", "Value any\n\tPrev  *Element"),
    "encoding_json": ("type Number string", "type Number []byte"),
    "runtime": ('GOOS     string = "linux"', 'GOOS            = "linux"'),
}


def test_wrong_declarations_are_rejected(go, tmp_path):
    mutants = tmp_path / "mutants"
    mutants.mkdir()
    for stem, (old, new) in MUTATIONS.items():
        text = (STD / f"{stem}.go").read_text()
        assert text.count(old) == 1, f"{stem}: mutation target not found once: {old!r}"
        (mutants / f"{stem}.go").write_text(text.replace(old, new))
    work = tmp_path / "work"
    work.mkdir()
    ok, log, _ = _script().verify(sorted(mutants.glob("*.go")), work)
    assert not ok
    failed = set(re.findall(r"^# declcheck/(\S+)", log, re.M))
    assert failed == set(MUTATIONS), log


def test_coverage_of_real_api(go):
    cov = _script().coverage(_script().decl_files())
    low = {}
    for stem, c in cov.items():
        pct = 100.0 * c.declared / c.real
        if pct < SUBSET_FLOOR.get(stem, 95.0):
            low[stem] = (f"{pct:.1f}%", c.missing[:20])
    assert not low
    assert not {stem: c.receiver_mismatch for stem, c in cov.items() if c.receiver_mismatch}


@pytest.mark.parametrize("stem", ["time", "sync", "sync_atomic", "context"])
def test_python_implementations_export_only_declared_names(stem: str):
    """What a Python implementation exports is part of the declared Go API."""
    tree = pyast.parse((STD / f"{stem}.py").read_text())
    exported: list[str] = []
    for n in tree.body:
        targets = [getattr(t, "id", None) for t in getattr(n, "targets", [])]
        if isinstance(n, pyast.Assign) and "__all__" in targets:
            exported = pyast.literal_eval(n.value)
    declared = _script().declared_api(STD / f"{stem}.go")
    assert exported and not set(exported) - declared


def test_pointer_receiver_for_a_value_method_is_caught(go, tmp_path):
    """The build accepts (*T).M for a value method M, so the coverage pass compares receivers."""
    text = (STD / "time.go").read_text()
    old = "func (d Duration) Hours() float64"
    assert text.count(old) == 1
    (tmp_path / "time.go").write_text(text.replace(old, "func (d *Duration) Hours() float64"))
    cov = _script().coverage([tmp_path / "time.go"])
    assert cov["time"].receiver_mismatch == ["Duration.Hours"]
