"""Translation speed: `go2py FILE.go` on generated programs of about 2,000 lines.

Builds Go programs with the property tests' generator (fixed seeds), then times each phase of
the pipeline: parse, type check, translate, and formatting by ruff (what go2py uses) and, as the
baseline measured in the same run, by black. Target: under 2 s for 2,000 lines, formatting
included.

    python bench/translate_speed.py [--funcs 110] [--programs 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import black  # noqa: E402

from go2py import translate as tr  # noqa: E402
from go2py.check import check_files  # noqa: E402
from go2py.check.importer import StdImporter  # noqa: E402
from go2py.grammar import parse_file  # noqa: E402
from tests.property.gogen import RandomChooser, gen_batch, render  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--funcs", type=int, default=110, help="generated functions per program")
    ap.add_argument("--programs", type=int, default=3)
    a = ap.parse_args()
    print(f"{'program':>8} {'lines':>6} {'parse':>7} {'check':>7} {'translate':>9} {'ruff':>7} {'black':>7}"
          f" {'total s/2000 lines':>19} {'black/ruff':>10}")
    worst = 0.0
    for seed in range(1, a.programs + 1):
        funcs, finale = gen_batch(RandomChooser(seed), a.funcs)
        src = render(funcs, finale)
        lines = src.count("\n")
        t0 = time.perf_counter()
        f = parse_file(f"gen{seed}.go", src)
        t1 = time.perf_counter()
        result = check_files([f], StdImporter())
        t2 = time.perf_counter()
        raw = tr.translate([f], result, format=False)
        t3 = time.perf_counter()
        formatted = tr.format_python(raw)
        t4 = time.perf_counter()
        by_black = black.format_str(raw, mode=black.Mode(line_length=tr.LINE_LENGTH))
        t5 = time.perf_counter()
        assert formatted == by_black, "ruff's output differs from black's"
        per2000 = (t4 - t0) * 2000 / lines
        worst = max(worst, per2000)
        print(f"{seed:>8} {lines:>6} {t1 - t0:>7.3f} {t2 - t1:>7.3f} {t3 - t2:>9.3f} {t4 - t3:>7.3f} {t5 - t4:>7.3f}"
              f" {per2000:>19.2f} {(t5 - t4) / (t4 - t3):>10.0f}")
    print(f"worst: {worst:.2f} s per 2,000 lines (target < 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
