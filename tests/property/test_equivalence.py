"""Semantic equivalence on generated programs: each example is a batch of random, valid,
deterministic Go functions (tests/property/gogen.py) run by real Go and by go2py; their
standard output, exit status and first line of standard error must be identical.

A failure shrinks (Hypothesis) and is reported as the differing function alone, as a whole Go
program; once fixed it is kept under corpus/regressions/ (test_regressions.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import BATCHES
from .equiv import check_funcs
from .gogen import KINDS, DrawChooser, gen_batch

BATCH = 12


@settings(max_examples=BATCHES)
@given(st.data())
def test_generated_programs_behave_like_go(data: st.DataObject) -> None:
    funcs, finale = gen_batch(DrawChooser(data.draw), BATCH)
    m = check_funcs(funcs, finale)
    assert m is None, m.report(funcs, finale)


# The concurrency and panic kinds get examples of their own: they are where go2py's runtime
# (scheduler, channels, defer) is exercised rather than its value model.
@pytest.mark.parametrize("kinds", [("goroutines", "defer"), ("fmt", "ints")], ids="+".join)
@settings(max_examples=BATCHES)
@given(data=st.data())
def test_generated_kinds_behave_like_go(kinds: tuple[str, ...], data: st.DataObject) -> None:
    funcs, finale = gen_batch(DrawChooser(data.draw), BATCH, kinds)
    m = check_funcs(funcs, finale)
    assert m is None, m.report(funcs, finale)


def test_every_kind_is_generated() -> None:
    assert set(KINDS) == {"ints", "strings", "slices", "maps", "structs", "interfaces", "closures", "iterators",
                          "defer", "fmt", "goroutines", "floats", "control", "std", "print"}
