"""Go's ``container/ring``: circular lists. A zero ``Ring`` is a one-element ring."""

from __future__ import annotations

from typing import Any, Callable, Optional


class Ring:
    __gonil__ = True  # Len and Do take a nil receiver, as Go's do: calls go through the class
    __slots__ = ("next", "prev", "Value")

    def __init__(self, Value: Any = None) -> None:
        self.next: Optional[Ring] = None
        self.prev: Optional[Ring] = None
        self.Value = Value

    def _init(self) -> "Ring":
        self.next = self
        self.prev = self
        return self

    def Next(self) -> "Ring":
        if self.next is None:
            return self._init()
        return self.next

    def Prev(self) -> "Ring":
        if self.next is None:
            return self._init()
        return self.prev

    def Move(self, n: int) -> "Ring":
        if self.next is None:
            return self._init()
        r = self
        if n < 0:
            for _ in range(-n):
                r = r.prev
        else:
            for _ in range(n):
                r = r.next
        return r

    def Link(self, s: "Ring") -> "Ring":
        n = self.Next()
        if s is not None:
            p = s.Prev()
            self.next = s
            s.prev = self
            n.prev = p
            p.next = n
        return n

    def Unlink(self, n: int) -> Optional["Ring"]:
        if n <= 0:
            return None
        return self.Link(self.Move(n + 1))

    def Len(self) -> int:
        if self is None:
            return 0
        n = 1
        p = self.Next()
        while p is not self:
            n += 1
            p = p.next
        return n

    def Do(self, f: Callable[[Any], None]) -> None:
        if self is None:
            return
        f(self.Value)
        p = self.Next()
        while p is not self:
            f(p.Value)
            p = p.next


def New(n: int) -> Optional[Ring]:
    if n <= 0:
        return None
    r = Ring()
    p = r
    for _ in range(1, n):
        q = Ring()
        q.prev = p
        p.next = q
        p = q
    p.next = r
    r.prev = p
    return r
