"""Conformance run over the Go toolchain's own `Example` functions.

For each standard package named, finds the example files of its external test package
(`*_test.go` in $GOROOT/src/PKG whose package clause is `NAME_test`) and in them every
top-level `func ExampleXxx()` whose body ends with an `// Output:` (or `// Unordered output:`)
comment, as `go test` does. Each example becomes one program: the whole file, its package
clause replaced by `package main`, with `func main() { ExampleXxx() }` appended. The program
is run with `go2py run` and its stdout compared with the expected output as `go test` does
(both trimmed of surrounding white space; lines sorted for unordered output; `NAME_test.T`
in the expected output read as `main.T`, the name the renamed package gives). Constants and
variables the example file uses from the package's other test files, which `go test`
compiles with it, are appended to the program (one-line declarations only).

    python bench/examples.py [--every K] [--show N] [--causes] [--isolate] [--jobs J] [PKG...]

With --isolate, each program keeps only its own example of the file's test functions, and
the imports still used: what go2py makes of each example alone, past the first construct
it refuses in a file.

Outcomes: passed; as-go (printed something else than the comment, but exactly what Go prints
running the same program: the comment assumes `go test`, its package's name or its callers);
wrong (ran, printed something else); unsupported (go2py refused a construct
or package it does not support yet); crashed (any other non-zero exit, a timeout, or a Python
traceback — the last are internal errors of go2py and counted apart as well).
Go's sources are read from the installed toolchain at run time; nothing is copied.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from go2py.grammar import ParseError, parse_file  # noqa: E402
from go2py.grammar import ast  # noqa: E402
from go2py.gotool import go_binary, go_env, go_environ  # noqa: E402

DEFAULT = ["fmt", "strings", "strconv", "sort", "errors", "context", "sync", "unicode/utf8",
           "container/list", "container/heap", "container/ring", "math", "unicode", "time", "bytes"]

TIMEOUT = 10.0
PROGRAM = "go2py_example_main"  # the directory of the program in its temp dir
MAX_JOBS = 2

# How go2py refuses what it cannot translate yet: a construct or package it does not support,
# or an import of a package it has no implementation of.
UNSUPPORTED = ("go2py does not support", "is not supported by go2py")

OUTCOMES = ("passed", "as-go", "wrong", "unsupported", "crashed")

# go/doc's pattern for the output comment (case-insensitive, optional "unordered ").
_OUTPUT_PREFIX = re.compile(r"(?i)^\s*(unordered )?output:")


@dataclass
class Example:
    pkg: str
    file: Path
    name: str
    line: int
    want: str
    unordered: bool

    @property
    def id(self) -> str:
        return f"{self.pkg}:{self.file.name}:{self.name}"


@dataclass
class Result:
    example: Example
    outcome: str  # one of OUTCOMES
    reason: str = ""
    traceback: bool = False  # the crash is a Python traceback (an internal error)
    seconds: float = 0.0


def _example_output(body: ast.BlockStmt,
                    comments: list[ast.CommentGroup]) -> tuple[str, bool] | None:
    """The expected output of an example body, as go/doc's exampleOutput: the last comment
    group inside the braces, if it starts with `Output:`; else None (the example is only
    compiled by `go test`, never run)."""
    last = None
    for cg in comments:
        if cg.line < body.line or (cg.line == body.line and cg.col <= body.col):
            continue
        if cg.end_line > body.rbrace_line:
            break
        last = cg
    if last is None:
        return None
    text = last.text()
    m = _OUTPUT_PREFIX.match(text)
    if m is None:
        return None
    text = text[m.end():].lstrip(" ")
    if text.startswith("\n"):
        text = text[1:]
    return text, m.group(1) is not None


def _is_example_name(name: str) -> bool:
    # go test: "Example", "ExampleF", "ExampleT_M", with an optional lower-case suffix.
    return name == "Example" or (name.startswith("Example") and not name[7:8].islower())


def main_program(path: Path, text: str, pkg_ident: ast.Ident, example: str) -> str:
    """The file as a `package main` program that runs one example, with the constants and
    variables it uses from the package's other test files (go test compiles them together)."""
    lines = text.split("\n")
    i = pkg_ident.line - 1
    ln = lines[i]
    c = pkg_ident.col - 1
    assert ln[c:c + len(pkg_ident.name)] == pkg_ident.name, (path, ln)
    lines[i] = ln[:c] + "main" + ln[c + len(pkg_ident.name):]
    prog = "\n".join(lines).rstrip("\n")
    main = f"\nfunc main() {{ {example}() }}\n"
    siblings = _sibling_values(path.parent, pkg_ident.name, path.name)
    added: set[str] = set()
    for _ in range(3):
        # The names the checker finds undefined, from the other test files, until none is left.
        missing = [n for n in _undefined(prog + main) if n in siblings and n not in added]
        if not missing:
            break
        prog += "".join(f"\n{siblings[n]}\n" for n in missing)
        added.update(missing)
    return prog + main


def _undefined(text: str) -> list[str]:
    """The names go2py's checker reports undefined in the program text."""
    from go2py.check import check_files
    from go2py.check.importer import StdImporter

    try:
        f = parse_file(PROGRAM + ".go", text)
    except ParseError:
        return []
    res = check_files([f], StdImporter())
    return sorted({m.group(1) for e in res.errors for m in [re.match(r"undefined: (\w+)$", e.msg)] if m})


@functools.lru_cache(maxsize=None)
def _sibling_values(d: Path, pkg: str, own: str) -> dict[str, str]:
    """The one-line constant and variable declarations and the helper functions of the
    package's other test files built for linux/amd64, by name, each as a declaration of its
    own (go test compiles them with the example)."""
    out: dict[str, str] = {}
    for p in sorted(d.glob("*_test.go")):
        if p.name == own or not _builds_here(p):
            continue
        text = p.read_text(encoding="utf-8", errors="surrogateescape")
        try:
            f = parse_file(str(p), text)
        except ParseError:
            continue
        if f.package.name != pkg:
            continue
        lines = text.split("\n")
        for dcl in f.decls:
            if isinstance(dcl, ast.FuncDecl) and dcl.recv is None and dcl.body is not None \
                    and not _TEST_FUNC.match(dcl.name.name) and dcl.name.name not in ("init", "main"):
                out[dcl.name.name] = "\n".join(lines[dcl.line - 1:dcl.body.rbrace_line])
                continue
            if not (isinstance(dcl, ast.GenDecl) and dcl.tok in ("const", "var")):
                continue
            for spec in dcl.specs:
                if not isinstance(spec, ast.ValueSpec) or len(spec.names) != 1 or not spec.values \
                        or spec.names[0].name == "_":
                    continue
                code = lines[spec.line - 1].split("//")[0].strip()
                if not dcl.lparen:
                    code = code[len(dcl.tok):].strip()
                if "iota" in code or any(code.count(a) != code.count(b) for a, b in ("()", "{}", "[]")):
                    continue
                out[spec.names[0].name] = f"{dcl.tok} {code}"
    return out


_TEST_FUNC = re.compile(r"^(Example|Test|Benchmark|Fuzz)")
_GOOS = {"aix", "android", "darwin", "dragonfly", "freebsd", "illumos", "ios", "js", "netbsd",
         "openbsd", "plan9", "solaris", "wasip1", "windows", "linux"}
_GOARCH = {"386", "amd64", "arm", "arm64", "loong64", "mips", "mips64", "mips64le", "mipsle",
           "ppc64", "ppc64le", "riscv64", "s390x", "wasm"}
_TAGS = {"linux", "amd64", "unix", "gc"}


def _builds_here(p: Path) -> bool:
    """Whether go test on linux/amd64 compiles the file: its _GOOS/_GOARCH name suffixes and
    its //go:build line (tags, !, &&, || and parentheses; go1.N versions hold)."""
    parts = p.name[: -len("_test.go")].split("_")[1:]
    if parts and (parts[-1] in _GOOS - {"linux"} or parts[-1] in _GOARCH - {"amd64"}):
        return False
    if len(parts) >= 2 and parts[-2] in _GOOS - {"linux"} and parts[-1] in _GOARCH:
        return False
    for line in p.read_text(encoding="utf-8", errors="replace").split("\n"):
        if line.startswith("package "):
            break
        if line.startswith("//go:build "):
            return _build_expr(re.findall(r"[\w.]+|&&|\|\||[!()]", line[len("//go:build "):]))
    return True


def _build_expr(toks: list[str]) -> bool:
    """A //go:build expression over the tokens (consumed): || of && of !-prefixed atoms."""
    def atom() -> bool:
        t = toks.pop(0) if toks else ""
        if t == "!":
            return not atom()
        if t == "(":
            v = disj()
            if toks and toks[0] == ")":
                toks.pop(0)
            return v
        return t in _TAGS or t.startswith("go1.")

    def conj() -> bool:
        v = atom()
        while toks and toks[0] == "&&":
            toks.pop(0)
            v = atom() and v
        return v

    def disj() -> bool:
        v = conj()
        while toks and toks[0] == "||":
            toks.pop(0)
            v = conj() or v
        return v

    return disj()


def isolated_program(path: Path, text: str, example: str) -> str:
    """Like main_program, but without the file's other test functions (Example, Test,
    Benchmark, Fuzz) and the imports only they used: what go2py makes of this example alone.
    Removed lines are left blank, so that positions stay those of the file."""
    f = parse_file(str(path), text)
    lines = text.split("\n")
    used: set[str] = set()  # names used as packages
    names: set[str] = set()  # every name used
    kept = [d for d in f.decls if not (isinstance(d, ast.FuncDecl) and d.recv is None and d.name.name != example
                                       and _TEST_FUNC.match(d.name.name) and d.body is not None)]
    # Package variables and constants nothing kept uses go too (test tables, values built
    # with unsafe): what stays is the example and what it needs.
    starts = [(d.doc.line if getattr(d, "doc", None) is not None else d.line) for d in f.decls] + [len(lines) + 1]
    while True:
        uses = {n.name for d in kept for n in ast.walk(d) if isinstance(n, ast.Ident)
                and not (isinstance(d, ast.GenDecl) and any(n in getattr(sp, "names", []) for sp in d.specs))}
        unused = [d for d in kept if isinstance(d, ast.GenDecl) and d.tok in ("var", "const")
                  and not any(n.name in uses for sp in d.specs for n in getattr(sp, "names", []))]
        if not unused:
            break
        kept = [d for d in kept if d not in unused]
    for k, dcl in enumerate(f.decls):
        if dcl in kept:
            continue
        end = dcl.body.rbrace_line if isinstance(dcl, ast.FuncDecl) else starts[k + 1] - 1
        for i in range(starts[k] - 1, end):
            lines[i] = ""
    for dcl in kept:
        if isinstance(dcl, ast.GenDecl) and dcl.tok == "import":
            continue
        # A package is used as the X of a selector (a local variable may share its name).
        used.update(n.x.name for n in ast.walk(dcl) if isinstance(n, ast.SelectorExpr) and isinstance(n.x, ast.Ident))
        names.update(n.name for n in ast.walk(dcl) if isinstance(n, ast.Ident))
    siblings = _sibling_values(path.parent, f.package.name, path.name)
    for name in [n for n in names if n in siblings]:
        used.update(re.findall(r"(\w+)\.", siblings[name]))  # what main_program adds uses imports too
    for spec in f.imports:
        ipath = spec.path.value.strip('"`') if hasattr(spec.path, "value") else ""
        parts = ipath.split("/")
        if len(parts) > 1 and re.fullmatch(r"v\d+", parts[-1]):
            parts.pop()
        name = spec.name.name if spec.name is not None else parts[-1]
        if name in used or name in ("_", "."):
            continue
        i = spec.line - 1
        ln = lines[i].strip()
        if ln.startswith("import "):
            ln = ln[len("import "):].strip()
        if ln in (spec.path.value, f"{name} {spec.path.value}"):
            lines[i] = ""
    prog = "\n".join(lines)
    return main_program(path, prog, parse_file(str(path), prog).package, example)


def find_examples(goroot: Path, pkg: str) -> tuple[list[Example], dict[Path, str], list[str]]:
    """Examples of one package, the text of their files, and notes on files skipped."""
    d = goroot / "src" / pkg
    name = pkg.rsplit("/", 1)[-1]
    out: list[Example] = []
    texts: dict[Path, str] = {}
    notes: list[str] = []
    if not d.is_dir():
        return out, texts, [f"{pkg}: no such package in {goroot}/src"]
    for p in sorted(d.glob("*_test.go")):
        text = p.read_text(encoding="utf-8", errors="surrogateescape")
        try:
            f = parse_file(str(p), text)
        except ParseError as e:
            notes.append(f"{pkg}/{p.name}: does not parse: {e.format().splitlines()[0]}")
            continue
        if f.package.name != name + "_test":
            continue
        funcs = [dcl for dcl in f.decls if isinstance(dcl, ast.FuncDecl) and dcl.recv is None]
        if any(fd.name.name == "main" for fd in funcs):
            notes.append(f"{pkg}/{p.name}: declares main, skipped")
            continue
        found = False
        for fd in funcs:
            nm = fd.name.name
            if not _is_example_name(nm) or fd.body is None:
                continue
            ft = fd.type
            if ft.params.list or ft.results is not None or ft.type_params is not None:
                continue
            o = _example_output(fd.body, f.comments)
            if o is None:
                continue
            out.append(Example(pkg, p, nm, fd.line, o[0], o[1]))
            found = True
        if found:
            texts[p] = text
    return out, texts, notes


def _sorted_lines(s: str) -> str:
    return "\n".join(sorted(s.split("\n")))


def _diff_head(want: str, got: str) -> str:
    w, g = want.split("\n"), got.split("\n")
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            return f"line {i + 1}: want {a!r}, got {b!r}"
    return "differs"


def _first_error_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    if not lines:
        return ""
    if any(ln.startswith("Traceback (most recent call last)") for ln in lines):
        # The Python error itself is the last line of a traceback; also name where it was raised.
        where = [ln.strip() for ln in lines if ln.strip().startswith("File ")]
        return lines[-1] + (f"  [{where[-1]}]" if where else "")
    return lines[0]


def run_example(ex: Example, text: str, python: str = sys.executable,
                timeout: float = TIMEOUT, isolate: bool = False) -> Result:
    if isolate:
        prog = isolated_program(ex.file, text, ex.name)
    else:
        prog = main_program(ex.file, text, parse_file(str(ex.file), text).package, ex.name)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="go2py-ex-") as tmp:
        # `go test` runs examples in the package's directory, and some read files there
        # (their own source, testdata/): the temp dir links to each of its entries.
        for entry in ex.file.parent.iterdir():
            try:
                os.symlink(entry, Path(tmp) / entry.name)
            except OSError:
                pass
        # The program keeps its file's name (log's Lshortfile prints it), in a directory of
        # its own beside the links.
        (Path(tmp) / PROGRAM).mkdir()
        src = Path(tmp) / PROGRAM / ex.file.name
        src.write_text(prog, encoding="utf-8", errors="surrogateescape")
        env = dict(os.environ)
        env["GO2PY_CACHE"] = os.path.join(tmp, "cache")
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        if ex.file.parent.name == "time" and ex.file.parent.parent.name == "src":
            # The time package's tests set Local to US Pacific time; its examples expect that.
            env["TZ"] = "America/Los_Angeles"
        proc = subprocess.Popen([python, "-m", "go2py", "run", os.path.join(PROGRAM, src.name)], cwd=tmp, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL,
                                start_new_session=True)
        try:
            out_b, err_b = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return Result(ex, "crashed", f"timeout after {timeout:g} s",
                          seconds=time.perf_counter() - t0)
        secs = time.perf_counter() - t0
        out = out_b.decode("utf-8", "replace")
        err = err_b.decode("utf-8", "replace").replace(tmp + os.sep, "").replace(tmp, "")
        err = err.replace(str(ROOT) + os.sep, "")  # go2py's own files, relative to the repository
        err = err.replace(PROGRAM + os.sep, "")
        tb = "Traceback (most recent call last)" in err
        if tb:
            return Result(ex, "crashed", _first_error_line(err), traceback=True, seconds=secs)
        if proc.returncode != 0:
            first = _first_error_line(err)
            sup = [ln for ln in err.splitlines() if any(m in ln for m in UNSUPPORTED)]
            if sup:
                return Result(ex, "unsupported", sup[0].split("; supported packages:")[0], seconds=secs)
            return Result(ex, "crashed", f"exit {proc.returncode}: {first}".rstrip(": "), seconds=secs)
        # The file ran as package main: the types it declares print as main.T, not NAME_test.T.
        name = ex.pkg.rsplit("/", 1)[-1]
        got, want = out.strip(), ex.want.strip().replace(f"{name}_test.", "main.")
        if ex.unordered:
            ok = _sorted_lines(got) == _sorted_lines(want)
        else:
            ok = got == want
        if ok:
            return Result(ex, "passed", seconds=secs)
        diff = _diff_head(want, got)
        if _go_prints(tmp, src, env, out_b, ex.unordered):
            return Result(ex, "as-go", diff, seconds=time.perf_counter() - t0)
        return Result(ex, "wrong", diff, seconds=secs)


def _go_prints(tmp: str, src: Path, env: dict[str, str], out: bytes, unordered: bool) -> bool:
    """Whether Go, running the same program, prints exactly what go2py printed. An example whose
    comment assumes `go test` (its package's name, the testing package among its callers) can
    print something else as a program under Go itself; go2py is then faithful to Go."""
    go = go_binary()
    if go is None:
        return False
    genv = dict(go_environ(), TZ=env["TZ"]) if "TZ" in env else go_environ()
    # `go run` refuses a file named *_test.go: Go's copy drops the suffix (a program printing its
    # own file name then differs, and stays wrong).
    gosrc = Path(tmp) / (PROGRAM + "_go") / src.name.replace("_test.go", ".go")
    gosrc.parent.mkdir()
    gosrc.write_bytes(src.read_bytes())
    try:
        r = subprocess.run([go, "run", os.path.relpath(gosrc, tmp)], cwd=tmp, env=genv, capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=300)
    except subprocess.TimeoutExpired:
        return False
    if r.returncode != 0:
        return False
    if unordered:
        return _sorted_lines(r.stdout.decode("utf-8", "replace").strip()) == \
            _sorted_lines(out.decode("utf-8", "replace").strip())
    return r.stdout == out


def run_file(exs: list[Example], text: str, python: str = sys.executable,
             timeout: float = TIMEOUT, isolate: bool = False) -> list[Result]:
    """Run the examples of one file in turn; after go2py refuses the whole file, stop running."""
    out: list[Result] = []
    for ex in exs:
        if out and out[0].outcome == "unsupported" and not isolate:
            out.append(Result(ex, "unsupported", out[0].reason))
            continue
        out.append(run_example(ex, text, python, timeout, isolate))
    return out


@dataclass
class Report:
    results: dict[str, list[Result]] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, pkg: str | None, outcome: str) -> int:
        pkgs = [pkg] if pkg else list(self.results)
        return sum(1 for p in pkgs for r in self.results[p] if r.outcome == outcome)

    def all(self) -> list[Result]:
        return [r for rs in self.results.values() for r in rs]

    @property
    def tracebacks(self) -> list[Result]:
        return [r for r in self.all() if r.traceback]


def run(pkgs: list[str], every: int = 1, jobs: int = MAX_JOBS, python: str = sys.executable,
        timeout: float = TIMEOUT, isolate: bool = False) -> Report:
    """Find the examples of pkgs, run every `every`-th of each package, jobs at a time (≤ 2)."""
    goroot = Path(go_env("GOROOT"))
    rep = Report()
    todo: list[tuple[Example, str]] = []
    for pkg in pkgs:
        exs, texts, notes = find_examples(goroot, pkg)
        rep.notes.extend(notes)
        exs = exs[::max(1, every)]
        rep.found[pkg] = len(exs)
        rep.results[pkg] = []
        todo.extend((ex, texts[ex.file]) for ex in exs)
    # One task per file, the largest first. go2py translates the whole file whichever example
    # main calls, so once it refuses one example of a file it refuses them all: the others
    # get the same outcome without being run.
    by_file: dict[Path, list[Example]] = {}
    for ex, _ in todo:
        by_file.setdefault(ex.file, []).append(ex)
    texts = {ex.file: text for ex, text in todo}
    tasks = sorted(by_file.items(), key=lambda kv: -len(kv[1]))
    t0 = time.perf_counter()
    done: dict[str, Result] = {}
    with ThreadPoolExecutor(max_workers=max(1, min(jobs, MAX_JOBS))) as pool:
        futs = [pool.submit(run_file, exs, texts[p], python, timeout, isolate) for p, exs in tasks]
        for fut in futs:
            for r in fut.result():
                done[r.example.id] = r
    for ex, _ in todo:
        rep.results[ex.pkg].append(done[ex.id])
    rep.seconds = time.perf_counter() - t0
    return rep


def failure_causes(rep: Report) -> list[tuple[str, int]]:
    """Failures grouped by cause (the reason without its file position), most common first."""
    counts: dict[str, int] = {}
    for r in rep.all():
        if r.outcome in ("passed", "as-go"):
            continue
        kind = "traceback" if r.traceback else r.outcome
        reason = re.sub(r"^[\w.-]+\.go:\d+:\d+: ", "", r.reason)
        if r.outcome == "wrong":
            reason = r.example.id
        key = f"{kind}: {reason}"
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def format_report(rep: Report, show: int = 0, causes: bool = False) -> str:
    w = max([len(p) for p in rep.results] + [len("total")])
    def row(*cells: object) -> str:
        widths = (5, 6, 5, 5, 11, 7)
        return f"{cells[0]:<{w}}" + "".join(f"  {c:>{n}}" for c, n in zip(cells[1:], widths))

    head = row("package", "found", *OUTCOMES)
    lines = [head, "-" * len(head)]
    for pkg in rep.results:
        c = [rep.count(pkg, o) for o in OUTCOMES]
        lines.append(row(pkg, rep.found[pkg], *c))
    c = [rep.count(None, o) for o in OUTCOMES]
    lines.append("-" * len(head))
    lines.append(row("total", sum(rep.found.values()), *c))
    lines.append(f"{len(rep.tracebacks)} crashes are Python tracebacks; {rep.seconds:.1f} s")
    for n in rep.notes:
        lines.append(f"note: {n}")
    if causes:
        lines.append("")
        lines.append("causes of failure (examples, cause):")
        for cause, n in failure_causes(rep):
            lines.append(f"{n:>5}  {cause}")
    if show:
        fails = [r for r in rep.all() if r.outcome != "passed"][:show]
        if fails:
            lines.append("")
        for r in fails:
            kind = "traceback" if r.traceback else r.outcome
            ex = r.example
            lines.append(f"{ex.id} ({ex.file.name}:{ex.line}): {kind}: {r.reason}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pkgs", nargs="*", help=f"packages (default: {' '.join(DEFAULT)})")
    ap.add_argument("--every", type=int, default=1, metavar="K",
                    help="run only every K-th example of each package")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print the first N failures with their reason")
    ap.add_argument("--jobs", type=int, default=MAX_JOBS,
                    help=f"examples run at once (at most {MAX_JOBS})")
    ap.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds allowed per example")
    ap.add_argument("--isolate", action="store_true",
                    help="leave out the file's other test functions and the imports only they use")
    ap.add_argument("--causes", action="store_true", help="print the failures grouped by cause")
    args = ap.parse_args(argv)
    rep = run(args.pkgs or DEFAULT, every=args.every, jobs=args.jobs, timeout=args.timeout,
              isolate=args.isolate)
    print(format_report(rep, args.show, args.causes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
