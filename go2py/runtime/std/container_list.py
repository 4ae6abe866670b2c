"""Go's ``container/list``: a doubly linked list with a sentinel root element, so
``Next``/``Prev`` return nil (``None``) at the ends and a zero ``List`` is ready to use."""

from __future__ import annotations

from typing import Any, Optional


class Element:
    __slots__ = ("next", "prev", "list", "Value")

    def __init__(self, Value: Any = None) -> None:
        self.next: Optional[Element] = None
        self.prev: Optional[Element] = None
        self.list: Optional[List] = None
        self.Value = Value

    def Next(self) -> Optional["Element"]:
        p = self.next
        if self.list is not None and p is not self.list.root:
            return p
        return None

    def Prev(self) -> Optional["Element"]:
        p = self.prev
        if self.list is not None and p is not self.list.root:
            return p
        return None


class List:
    __slots__ = ("root", "len")

    def __init__(self) -> None:
        self.root = Element()
        self.len = 0
        self.Init()

    def Init(self) -> "List":
        self.root.next = self.root
        self.root.prev = self.root
        self.len = 0
        return self

    def Len(self) -> int:
        return self.len

    def Front(self) -> Optional[Element]:
        return None if self.len == 0 else self.root.next

    def Back(self) -> Optional[Element]:
        return None if self.len == 0 else self.root.prev

    def _insert(self, e: Element, at: Element) -> Element:
        e.prev = at
        e.next = at.next
        e.prev.next = e
        e.next.prev = e
        e.list = self
        self.len += 1
        return e

    def _remove(self, e: Element) -> None:
        e.prev.next = e.next
        e.next.prev = e.prev
        e.next = None
        e.prev = None
        e.list = None
        self.len -= 1

    def _move(self, e: Element, at: Element) -> None:
        if e is at:
            return
        e.prev.next = e.next
        e.next.prev = e.prev
        e.prev = at
        e.next = at.next
        e.prev.next = e
        e.next.prev = e

    def Remove(self, e: Element) -> Any:
        if e.list is self:
            self._remove(e)
        return e.Value

    def PushFront(self, v: Any) -> Element:
        return self._insert(Element(v), self.root)

    def PushBack(self, v: Any) -> Element:
        return self._insert(Element(v), self.root.prev)

    def InsertBefore(self, v: Any, mark: Element) -> Optional[Element]:
        if mark.list is not self:
            return None
        return self._insert(Element(v), mark.prev)

    def InsertAfter(self, v: Any, mark: Element) -> Optional[Element]:
        if mark.list is not self:
            return None
        return self._insert(Element(v), mark)

    def MoveToFront(self, e: Element) -> None:
        if e.list is not self or self.root.next is e:
            return
        self._move(e, self.root)

    def MoveToBack(self, e: Element) -> None:
        if e.list is not self or self.root.prev is e:
            return
        self._move(e, self.root.prev)

    def MoveBefore(self, e: Element, mark: Element) -> None:
        if e.list is not self or e is mark or mark.list is not self:
            return
        self._move(e, mark.prev)

    def MoveAfter(self, e: Element, mark: Element) -> None:
        if e.list is not self or e is mark or mark.list is not self:
            return
        self._move(e, mark)

    def PushBackList(self, other: "List") -> None:
        i, e = other.Len(), other.Front()
        while i > 0:
            self._insert(Element(e.Value), self.root.prev)
            i, e = i - 1, e.Next()

    def PushFrontList(self, other: "List") -> None:
        i, e = other.Len(), other.Back()
        while i > 0:
            self._insert(Element(e.Value), self.root)
            i, e = i - 1, e.Prev()


def New() -> List:
    return List()
