"""State of a `for ... range f` loop over a function (Go 1.23's range-over-func).

The translator turns the loop body into a nested function, the yield function that f calls
once per element (as cmd/compile's rangefunc rewrite does). A `break`, a `return` or a jump to
an enclosing loop leaves the body by returning false; ``how`` records which of them it was, so
that the code after the call to f finishes the jump, and ``value`` holds the results of a
`return`. ``state`` catches iterators that misuse yield with Go's run-time errors.
"""

from __future__ import annotations

from typing import Any

from .panic import GoPanic, RuntimeError_

_READY, _DONE, _EXHAUSTED = 0, 1, 2


class RangeFunc:
    __slots__ = ("state", "how", "value")

    def __init__(self) -> None:
        self.state = _READY
        self.how = 0  # 0: the loop ended or `break`; -1: `return`; k > 0: the body's k-th jump out
        self.value: Any = None

    def enter(self) -> None:
        """Called first in the loop body: yield after the loop was left is a run-time error."""
        if self.state:
            done = self.state == _DONE
            raise GoPanic(RuntimeError_(
                "range function continued iteration after function for loop body returned false" if done
                else "range function continued iteration after whole loop exit"))

    def exit(self, how: int = 0) -> bool:
        """The body leaves the loop: yield returns false."""
        self.state = _DONE
        self.how = how
        return False

    def done(self) -> None:
        """The iterator function returned."""
        self.state = _EXHAUSTED
