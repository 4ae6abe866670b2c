"""Score `go2py check` against the Go compiler's errors recorded in corpus/errors.

Each corpus program NAME.go has NAME.err, the output of `go build` (recorded by
scripts/record_errors.py). go2py checks each program as `go2py check NAME.go` from
inside corpus/errors, so that it prints positions as `NAME.go:LINE:COL: message`.
An error is a position line plus the tab-indented continuation lines after it
(`have (...)`, `want (...)`, `other declaration of x`); other output (notes) is ignored.

Printed counts, out of the programs scored:

* rejected     -- go2py exits with status 1 (as `go build` does for every program);
* first error  -- go2py's first error is at the same line:col as the compiler's;
* exact        -- every error line, continuation lines included, is the same;
* per error    -- of all the compiler's errors, how many go2py reports at the same
                  line:col (positions), and how many with the same message and
                  continuation lines (messages); plus errors go2py reports that the
                  compiler does not (extra).

Targets: first error at the same line:col for 95% of the programs, exact output for 85%.

    python bench/check_errors.py [--show N] [--subprocess] [NAME ...]

By default go2py runs in this process through its command-line entry point
(go2py.cli.main, the code behind `go2py check`), with its standard error captured;
--subprocess runs `python -m go2py check` instead, two at a time. A program that takes
more than a minute gets status -1, not a rejection (the rest then run as subprocesses).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import os
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "errors"
JOBS = 2
TIMEOUT = 60.0

POSITION = re.compile(r"^(\S+?\.go):(\d+):(\d+): (.*)$")


@dataclass(frozen=True)
class Error:
    """One reported error: position, message and its continuation lines."""

    line: int
    col: int
    message: str
    more: tuple[str, ...] = ()

    @property
    def pos(self) -> tuple[int, int]:
        return self.line, self.col

    def lines(self, name: str) -> list[str]:
        return [f"{name}:{self.line}:{self.col}: {self.message}", *self.more]


def parse_errors(text: str) -> list[Error]:
    """The errors in compiler-style output; lines that are not errors are skipped."""
    errors: list[Error] = []
    head: tuple[int, int, str] | None = None
    more: list[str] = []
    for line in text.splitlines():
        m = POSITION.match(line)
        if m:
            if head is not None:
                errors.append(Error(*head, tuple(more)))
            head, more = (int(m[2]), int(m[3]), m[4]), []
        elif line.startswith("\t") and head is not None:
            more.append(line)
        else:
            if head is not None:
                errors.append(Error(*head, tuple(more)))
            head, more = None, []
    if head is not None:
        errors.append(Error(*head, tuple(more)))
    return errors


@dataclass
class Result:
    name: str
    expected: list[Error]
    got: list[Error]
    status: int
    output: str

    @property
    def first_same(self) -> bool:
        return bool(self.got) and self.got[0].pos == self.expected[0].pos

    @property
    def exact(self) -> bool:
        return self.got == self.expected

    def matched(self) -> tuple[int, int, int]:
        """(expected errors found at their position, found with the same text, extra errors)."""
        got_pos = Counter(e.pos for e in self.got)
        got_all = Counter(self.got)
        pos = sum((Counter(e.pos for e in self.expected) & got_pos).values())
        same = sum((Counter(self.expected) & got_all).values())
        extra = sum((got_pos - Counter(e.pos for e in self.expected)).values())
        return pos, same, extra

    def diff(self) -> str:
        f = f"{self.name}.go"
        exp = [x + "\n" for e in self.expected for x in e.lines(f)]
        got = [x + "\n" for e in self.got for x in e.lines(f)]
        body = "".join(difflib.unified_diff(exp, got, f"{self.name}.err (go build)",
                                            f"go2py check {f} (exit {self.status})"))
        return body or f"--- {self.name}: same errors, exit status {self.status}\n"


@dataclass
class Score:
    results: list[Result] = field(default_factory=list)
    mode: str = ""
    seconds: float = 0.0

    @property
    def programs(self) -> int:
        return len(self.results)

    @property
    def rejected(self) -> int:
        return sum(r.status == 1 for r in self.results)

    @property
    def crashed(self) -> int:
        return sum(r.status not in (0, 1) for r in self.results)

    @property
    def first_same(self) -> int:
        return sum(r.first_same for r in self.results)

    @property
    def exact(self) -> int:
        return sum(r.exact for r in self.results)

    @property
    def expected_errors(self) -> int:
        return sum(len(r.expected) for r in self.results)

    def per_error(self) -> tuple[int, int, int]:
        pos = same = extra = 0
        for r in self.results:
            p, s, x = r.matched()
            pos, same, extra = pos + p, same + s, extra + x
        return pos, same, extra

    def fractions(self) -> dict[str, float]:
        """The agreement measures as fractions in [0, 1]."""
        n = self.programs or 1
        e = self.expected_errors or 1
        pos, same, _ = self.per_error()
        return {
            "rejected": self.rejected / n,
            "first_error_position": self.first_same / n,
            "exact": self.exact / n,
            "error_positions": pos / e,
            "error_messages": same / e,
        }

    def report(self) -> str:
        def pct(k: int, n: int) -> str:
            return f"{k:4d}/{n:<4d} {100.0 * k / n if n else 0.0:5.1f}%"

        n, e = self.programs, self.expected_errors
        pos, same, extra = self.per_error()
        return "\n".join([
            f"go2py check on {n} programs of corpus/errors ({self.mode}, {self.seconds:.1f}s)",
            f"  rejected (exit 1)        {pct(self.rejected, n)}"
            + (f"   ({self.crashed} with another non-zero status)" if self.crashed else ""),
            f"  first error line:col     {pct(self.first_same, n)}   target 95%",
            f"  exact error output       {pct(self.exact, n)}   target 85%",
            f"  errors at same line:col  {pct(pos, e)}",
            f"  errors with same message {pct(same, e)}",
            f"  extra errors reported    {extra:4d}",
        ])


def corpus_names(names: list[str] | None = None) -> list[str]:
    if names:
        return [n[:-3] if n.endswith(".go") else n for n in names]
    return sorted(p.stem for p in CORPUS.glob("*.go"))


class _Hung(Exception):
    pass


def _run_in_process(name: str) -> tuple[int, str]:
    """go2py check NAME.go through go2py.cli.main, in this process; _Hung after TIMEOUT."""
    from go2py import cli

    buf = io.StringIO()
    status: list[int] = []
    cwd = os.getcwd()
    os.chdir(CORPUS)
    try:
        with contextlib.redirect_stderr(buf), contextlib.redirect_stdout(io.StringIO()):
            t = threading.Thread(target=lambda: status.append(cli.main(["check", f"{name}.go"])),
                                 daemon=True)
            t.start()
            t.join(TIMEOUT)
    finally:
        os.chdir(cwd)
    if not status:
        raise _Hung(name)
    return status[0], buf.getvalue()


def _run_subprocess(name: str) -> tuple[int, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    try:
        r = subprocess.run([sys.executable, "-m", "go2py", "check", f"{name}.go"], cwd=CORPUS,
                           env=env, capture_output=True, text=True, timeout=TIMEOUT,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return -1, f"timed out after {TIMEOUT:.0f}s\n"
    return r.returncode, r.stderr


def in_process_available() -> bool:
    try:
        from go2py import cli  # noqa: F401
    except Exception:  # noqa: BLE001 - any failure to import means: use the command
        return False
    return True


def score(names: list[str] | None = None, subprocess_mode: bool = False) -> Score:
    """Run go2py check on the corpus programs (all by default) and compare."""
    todo = corpus_names(names)
    use_process = subprocess_mode or not in_process_available()
    s = Score(mode="python -m go2py check, 2 at a time" if use_process
              else "in process, go2py.cli.main")
    t0 = time.perf_counter()
    if use_process:
        with ThreadPoolExecutor(max_workers=JOBS) as pool:
            outcomes = list(pool.map(_run_subprocess, todo))
    else:
        outcomes = []
        for i, name in enumerate(todo):
            try:
                outcomes.append(_run_in_process(name))
            except _Hung:
                # A program go2py does not finish: count it, score the rest in subprocesses.
                outcomes.append((-1, f"timed out after {TIMEOUT:.0f}s\n"))
                s.mode += f"; {name} timed out, the rest as python -m go2py check"
                with ThreadPoolExecutor(max_workers=JOBS) as pool:
                    outcomes.extend(pool.map(_run_subprocess, todo[i + 1:]))
                break
    s.seconds = time.perf_counter() - t0
    for name, (status, out) in zip(todo, outcomes):
        expected = parse_errors((CORPUS / f"{name}.err").read_text())
        s.results.append(Result(name, expected, parse_errors(out), status, out))
    return s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print the first N disagreements as diffs")
    ap.add_argument("--subprocess", action="store_true",
                    help="run `python -m go2py check` per program instead of in process")
    ap.add_argument("names", nargs="*", help="programs (NAME or NAME.go); all by default")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    s = score(args.names or None, args.subprocess)
    shown = 0
    for r in s.results:
        if shown >= args.show:
            break
        if not r.exact or r.status != 1:
            sys.stdout.write(r.diff())
            shown += 1
    print(s.report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
