"""Named entities and scopes, after go/types' Object and Scope.

An object is what an identifier denotes: a package name, constant, type name, variable,
function, label, builtin or nil. Scopes map names to objects and chain to their parent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from go2py.check.types import Signature, Type

if TYPE_CHECKING:
    from go2py.check.constant import Value
    from go2py.grammar import ast


class Package:
    """A Go package: its path, name and package scope."""

    def __init__(self, path: str, name: str) -> None:
        self.path = path
        self.name = name
        self.scope = Scope(None, f"package {path}")
        self.imports: list[Package] = []
        self.fake = False  # a package that failed to load; suppresses follow-up errors

    def __repr__(self) -> str:
        return f"<Package {self.path}>"


class Object:
    __slots__ = ("name", "type", "pkg", "pos", "parent", "used", "order")

    kind = "object"

    def __init__(self, name: str, typ: Optional[Type], pkg: Optional[Package], pos: Optional["ast.Node"]) -> None:
        self.name = name
        self.type = typ
        self.pkg = pkg
        self.pos = pos
        self.parent: Optional[Scope] = None
        self.used = False
        self.order = 0

    def exported(self) -> bool:
        return bool(self.name) and self.name[0].isupper()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


class PkgName(Object):
    __slots__ = ("imported",)
    kind = "package"

    def __init__(self, name: str, imported: Package, pkg: Package, pos: Any) -> None:
        super().__init__(name, None, pkg, pos)
        self.imported = imported


class Const(Object):
    __slots__ = ("val",)
    kind = "constant"

    def __init__(self, name: str, typ: Optional[Type], pkg: Optional[Package], pos: Any, val: "Value | None" = None) -> None:
        super().__init__(name, typ, pkg, pos)
        self.val = val


class TypeName(Object):
    __slots__ = ("is_alias",)
    kind = "type"

    def __init__(self, name: str, typ: Optional[Type], pkg: Optional[Package], pos: Any) -> None:
        super().__init__(name, typ, pkg, pos)
        self.is_alias = False


class Var(Object):
    """A variable, parameter, result or struct field."""

    __slots__ = ("embedded", "is_field", "is_param", "origin")
    kind = "variable"

    def __init__(
        self, name: str, typ: Optional[Type], pkg: Optional[Package], pos: Any,
        embedded: bool = False, is_field: bool = False, is_param: bool = False,
    ) -> None:
        super().__init__(name, typ, pkg, pos)
        self.embedded = embedded
        self.is_field = is_field
        self.is_param = is_param
        self.origin: Var = self


class Func(Object):
    __slots__ = ("decl", "has_ptr_recv", "origin")
    kind = "function"

    def __init__(self, name: str, sig: Optional[Signature], pkg: Optional[Package], pos: Any) -> None:
        super().__init__(name, sig, pkg, pos)
        self.decl: Any = None
        self.has_ptr_recv = False
        self.origin: Func = self

    @property
    def signature(self) -> Signature:
        assert isinstance(self.type, Signature)
        return self.type


class Label(Object):
    __slots__ = ()
    kind = "label"


class Builtin(Object):
    __slots__ = ("id",)
    kind = "builtin"

    def __init__(self, name: str, id_: str) -> None:
        super().__init__(name, None, None, None)
        self.id = id_


class Nil(Object):
    __slots__ = ()
    kind = "nil"


class Scope:
    __slots__ = ("parent", "names", "children", "comment", "is_func")

    def __init__(self, parent: Optional["Scope"], comment: str, is_func: bool = False) -> None:
        self.parent = parent
        self.names: dict[str, Object] = {}
        self.children: list[Scope] = []
        self.comment = comment
        self.is_func = is_func
        if parent is not None:
            parent.children.append(self)

    def lookup(self, name: str) -> Optional[Object]:
        return self.names.get(name)

    def lookup_parent(self, name: str) -> tuple[Optional["Scope"], Optional[Object]]:
        s: Optional[Scope] = self
        while s is not None:
            obj = s.names.get(name)
            if obj is not None:
                return s, obj
            s = s.parent
        return None, None

    def insert(self, obj: Object) -> Optional[Object]:
        """Insert obj; returns the object already declared under that name, if any."""
        old = self.names.get(obj.name)
        if old is not None:
            return old
        self.names[obj.name] = obj
        if obj.parent is None:
            obj.parent = self
        return None
