"""Pointer cells: the protocol for Go pointers to variables (``&x``).

A pointer cell is any object with ``get()`` (read ``*p``) and ``set(v)``
(``*p = v``).  ``sync/atomic``'s functions (``atomic.AddInt64(&x, 1)``) take
such cells.  Three ready-made kinds:

* ``Cell(v)``            -- a boxed variable (the translator boxes a local
  whose address is taken and reads/writes it through the cell);
* ``AttrCell(obj, name)`` -- ``&obj.field``;
* ``ItemCell(seq, i)``    -- ``&arr[i]``.

Two cells are the same pointer when they designate the same variable; ``==`` on
cells compares that.
"""

from __future__ import annotations

__all__ = ["Cell", "AttrCell", "ItemCell"]


class Cell:
    __slots__ = ("v",)

    def __init__(self, v=None):
        self.v = v

    def get(self):
        return self.v

    def set(self, v):
        self.v = v

    def __repr__(self):
        return f"Cell({self.v!r})"


class AttrCell:
    __slots__ = ("obj", "name")

    def __init__(self, obj, name: str):
        self.obj = obj
        self.name = name

    def get(self):
        return getattr(self.obj, self.name)

    def set(self, v):
        setattr(self.obj, self.name, v)

    def __eq__(self, other):
        return isinstance(other, AttrCell) and other.obj is self.obj and other.name == self.name

    def __hash__(self):
        return hash((id(self.obj), self.name))


class ItemCell:
    __slots__ = ("seq", "i")

    def __init__(self, seq, i):
        self.seq = seq
        self.i = i

    def get(self):
        return self.seq[self.i]

    def set(self, v):
        self.seq[self.i] = v

    def __eq__(self, other):
        return isinstance(other, ItemCell) and other.seq is self.seq and other.i == self.i

    def __hash__(self):
        return hash((id(self.seq), self.i))
