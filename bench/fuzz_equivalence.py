"""A long campaign of the equivalence property: random Go programs run by real Go and go2py.

    python bench/fuzz_equivalence.py [-n BATCHES] [--seed S] [--batch FUNCS] [--kinds a,b] [--out DIR]

Each batch is one Go program of FUNCS generated functions (tests/property/gogen.py), built once.
Batch i uses the seed S+i, so a reported batch is reproduced with `-n 1 --seed S+i`. For every
function whose output differs, the function alone is run again and, if it still differs, written
to DIR/seedN_fK.go (a one-function Go program, the start of a regression under
corpus/regressions/). Prints programs and functions generated, mismatches found, and the time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.property.equiv import GeneratorBug, check_funcs  # noqa: E402
from tests.property.gogen import KINDS, RandomChooser, gen_batch, render  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=50, help="batches (programs) to generate")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=20, help="functions per program")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--out", default="fuzz-mismatches")
    a = ap.parse_args()
    kinds = a.kinds.split(",")
    out = Path(a.out)
    t0 = time.time()
    funcs_total = mismatches = genbugs = 0
    by_kind: dict[str, int] = {}
    for i in range(a.n):
        seed = a.seed + i
        funcs, finale = gen_batch(RandomChooser(seed), a.batch, kinds)
        funcs_total += len(funcs)
        try:
            m = check_funcs(funcs, finale)
        except GeneratorBug as e:
            genbugs += 1
            print(f"seed {seed}: the generator made an invalid program: {str(e).splitlines()[1]}")
            continue
        # After one mismatch, the rest of the batch is checked without that function.
        while m is not None:
            bad = next((f for f in funcs if f.name == m.func), None)
            if bad is None:  # only the exit status or stderr differ: the program's end
                mismatches += 1
                by_kind["finale"] = by_kind.get("finale", 0) + 1
                out.mkdir(exist_ok=True)
                path = out / f"seed{seed}_end.go"
                path.write_text(render([], finale))
                print(f"seed {seed}: exit/stderr differ: Go {m.go.exit} {m.go.err!r}, "
                      f"go2py {m.py.exit} {m.py.err!r}: {path}")
                break
            lone = check_funcs([bad])
            if lone is not None:
                mismatches += 1
                by_kind[bad.kind] = by_kind.get(bad.kind, 0) + 1
                out.mkdir(exist_ok=True)
                path = out / f"seed{seed}_{bad.name}.go"
                path.write_text(render([bad]))
                print(f"seed {seed}: {bad.kind} function {bad.name} differs: {path}")
            funcs = [f for f in funcs if f is not bad]
            m = check_funcs(funcs, finale) if funcs else None
    dt = time.time() - t0
    print(f"{a.n} programs, {funcs_total} functions, {mismatches} mismatches {by_kind or ''}, "
          f"{genbugs} invalid programs, {dt:.0f}s ({dt / max(a.n, 1):.2f}s per program)")
    return 1 if mismatches or genbugs else 0


if __name__ == "__main__":
    sys.exit(main())
