"""Pointer cells: the protocol for Go pointers to variables (``&x``).

A pointer cell is any object with ``get()`` (read ``*p``) and ``set(v)``
(``*p = v``).  ``sync/atomic``'s functions (``atomic.AddInt64(&x, 1)``) take
such cells.  Three ready-made kinds:

* ``Cell(v)``            -- a boxed variable (the translator boxes a local
  whose address is taken and reads/writes it through the cell);
* ``AttrCell(obj, name)`` -- ``&obj.field``;
* ``ItemCell(seq, i)``    -- ``&arr[i]``;
* ``GlobalCell(ns, name)`` -- ``&x`` for a package-level variable: the module's
  namespace keeps the variable, so the module's code reads it by name as before.

Two cells are the same pointer when they designate the same variable; ``==`` on
cells compares that.
"""

from __future__ import annotations

__all__ = ["Cell", "AttrCell", "ItemCell", "GlobalCell"]


class Cell:
    # a weak reference lets runtime.AddCleanup see the variable die (cleanup.py)
    __slots__ = ("v", "__weakref__")

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


_global_cells: dict = {}  # (id of the namespace, name) -> its cell; the cell keeps ns alive


class GlobalCell:
    __slots__ = ("ns", "name")

    def __new__(cls, ns: dict, name: str):
        # One cell per variable, so pointers compare with `is` as boxed locals do.
        key = (id(ns), name)
        c = _global_cells.get(key)
        if c is None:
            c = _global_cells[key] = object.__new__(cls)
            c.ns = ns
            c.name = name
        return c

    def get(self):
        return self.ns[self.name]

    def set(self, v):
        self.ns[self.name] = v

    def __eq__(self, other):
        return isinstance(other, GlobalCell) and other.ns is self.ns and other.name == self.name

    def __hash__(self):
        return hash((id(self.ns), self.name))
