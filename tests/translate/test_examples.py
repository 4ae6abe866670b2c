"""The Go toolchain's own Example functions, translated and run (a sample of bench/examples.py).

Every 4th example of a few packages: the runner must find them, at least MIN_PASS must print
their `// Output:` exactly, and none may end in a Python traceback (an internal error of
go2py) unless listed in KNOWN_CRASHES. docs/examples.md has the whole run's numbers.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

PACKAGES = ["fmt", "strings", "strconv", "sort", "errors", "unicode/utf8", "container/list",
            "math", "unicode"]
EVERY = 4

# Measured with Go 1.27.3 on 2026-11-28: the sample has 54 examples; 17 pass (fmt 1, sort 3,
# math 9, unicode 4), the other 37 are refused as unsupported, none has wrong output or crashes.
SAMPLE_FOUND = 54
SAMPLE_PASSED = 17
MIN_FOUND = 30
MIN_PASS = SAMPLE_PASSED - 2

# Examples (package:file:Example) that end in a Python traceback today: bugs to fix, listed
# so that a new one fails the test. None known (sort's Example_sortWrapper, a struct embedding
# the sort.Interface implementation, was one until promoted methods were forwarded).
KNOWN_CRASHES: set[str] = set()


def _load(rel: str, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / rel)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


@lru_cache(maxsize=None)
def runner() -> ModuleType:
    return _load("bench/examples.py", "go2py_bench_examples")


@pytest.fixture(scope="module")
def report(goroot: Path):  # noqa: ANN201 - a bench.examples.Report
    return runner().run(PACKAGES, every=EVERY, jobs=2)


def test_output_comment_is_read_as_go_test_does(goroot: Path) -> None:
    exs, texts, _ = runner().find_examples(goroot, "sort")
    byname = {e.name: e for e in exs}
    assert "ExampleInts" in byname and "ExampleSliceStable" in byname
    assert byname["ExampleInts"].want.strip() == "[1 2 3 4 5 6]"
    assert not byname["ExampleInts"].unordered
    # The program is the whole file as package main, calling the example.
    ex = byname["ExampleInts"]
    from go2py.grammar import parse_file

    f = parse_file(str(ex.file), texts[ex.file])
    prog = runner().main_program(ex.file, texts[ex.file], f.package, ex.name)
    assert "\npackage main\n" in prog and prog.rstrip().endswith("func main() { ExampleInts() }")
    assert "_test" not in parse_file("x.go", prog).package.name


def test_unordered_output_is_recognised(goroot: Path) -> None:
    # go/doc accepts "Unordered output:" in any case; index/suffixarray has such an example.
    exs, _, _ = runner().find_examples(goroot, "index/suffixarray")
    assert any(e.unordered for e in exs)


def test_examples_are_found(report) -> None:  # noqa: ANN001
    assert sum(report.found.values()) >= MIN_FOUND, report.found
    for pkg in PACKAGES:
        assert report.found[pkg] >= 1, pkg


def test_pass_count_does_not_drop(report) -> None:  # noqa: ANN001
    passed = report.count(None, "passed")
    assert passed >= MIN_PASS, runner().format_report(report, show=40)


def test_no_new_python_tracebacks(report) -> None:  # noqa: ANN001
    crashes = {r.example.id: r.reason for r in report.tracebacks}
    new = {k: v for k, v in crashes.items() if k not in KNOWN_CRASHES}
    assert not new, new


FAKE = '''// Examples of a made-up package, to check how each outcome is told apart.
package fake_test

import (
	"fmt"
	"os"
)

func helper() string { return "from a helper" }

func ExampleGood() {
	fmt.Println(helper())
	fmt.Println("two")
	// Output:
	// from a helper
	// two
}

func ExampleBad() {
	fmt.Println("this")
	// Output: that
}

func ExampleProcess() {
	fmt.Println(os.Getpid() > 0, os.Getpid())
	// Output: true 0
}

func ExampleUnordered() {
	fmt.Println("b")
	fmt.Println("a")
	// Unordered output:
	// a
	// b
}

func ExamplePanics() {
	var m map[string]int
	m["x"] = 1
	// Output:
}

func ExampleNoOutput() {
	fmt.Println("only compiled by go test")
}
'''


def test_outcomes_on_a_made_up_package(tmp_path: Path) -> None:
    pkg = tmp_path / "src" / "fake"
    pkg.mkdir(parents=True)
    (pkg / "example_test.go").write_text(FAKE)
    (pkg / "inner_test.go").write_text("package fake\n\nfunc ExampleInner() {\n\t// Output:\n}\n")
    m = runner()
    exs, texts, _ = m.find_examples(tmp_path, "fake")
    names = ["ExampleGood", "ExampleBad", "ExampleProcess", "ExampleUnordered", "ExamplePanics"]
    assert [e.name for e in exs] == names
    assert exs[1].want == "that\n" and exs[3].unordered and not exs[0].unordered
    got = {ex.name: m.run_example(ex, texts[ex.file]) for ex in exs}
    # ExampleBad's comment is wrong for Go too: Go run on the same program prints what go2py
    # printed ("as-go"). ExampleProcess prints its process id, which Go's run cannot share.
    assert {k: r.outcome for k, r in got.items()} == {
        "ExampleGood": "passed", "ExampleBad": "as-go", "ExampleProcess": "wrong",
        "ExampleUnordered": "passed", "ExamplePanics": "crashed"}
    assert "want 'that', got 'this'" in got["ExampleBad"].reason
    assert "want 'true 0', got 'true " in got["ExampleProcess"].reason
    assert not got["ExamplePanics"].traceback
    # A refused import makes the whole file unsupported.
    http = '\t"net/http"\n\t"os"\n)\n\nvar _ http.Handler'
    (pkg / "example_test.go").write_text(FAKE.replace('\t"os"\n)', http, 1))
    exs, texts, _ = m.find_examples(tmp_path, "fake")
    rs = m.run_file(exs, texts[exs[0].file])
    assert {r.outcome for r in rs} == {"unsupported"}, rs[0].reason


def test_isolated_program_keeps_one_example(goroot: Path) -> None:
    from go2py.grammar import ast, parse_file

    m = runner()
    exs, texts, _ = m.find_examples(goroot, "strings")
    ex = next(e for e in exs if e.name == "ExampleContains")
    prog = m.isolated_program(ex.file, texts[ex.file], ex.name)
    f = parse_file("x.go", prog)
    funcs = {d.name.name for d in f.decls if isinstance(d, ast.FuncDecl)}
    assert funcs == {"ExampleContains", "main"}
    assert {s.path.value for s in f.imports} == {'"fmt"', '"strings"'}  # not "unsafe"
    # Positions stay those of the file.
    assert prog.split("\n")[ex.line - 1] == texts[ex.file].split("\n")[ex.line - 1]
