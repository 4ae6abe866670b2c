"""Field and method lookup through embedding, method sets, interface satisfaction and
type substitution for generics (go/types' lookup.go, methodset.go and subst.go)."""

from __future__ import annotations

import copy

from typing import Optional

from go2py.check.objects import Func, Object, Package, Var
from go2py.check.types import (
    Array, Basic, Chan, Interface, Map, Named, Pointer, Signature, Slice, Struct, Term, Tuple,
    Type, TypeParam, Union, identical,
)


def lookup_field_or_method(
    t: Type, addressable: bool, pkg: Optional[Package], name: str
) -> tuple[Optional[Object], list[int], bool]:
    """(object, index path through embedded fields, indirect) for t.name, as go/types.

    The object is None when nothing was found, or when the name is ambiguous at the
    shallowest depth (then the index path is [-1]).
    """
    if name == "_":
        return None, [], False
    typ, is_ptr = t, False
    if isinstance(t, Pointer):
        base = t.elem
        if isinstance(base, Named) or isinstance(base.underlying(), Struct):
            typ, is_ptr = base, True
            if isinstance(base.underlying(), Interface):
                return None, [], False  # methods of *I do not exist
    current: list[tuple[Type, list[int], bool]] = [(typ, [], is_ptr)]
    seen: set[int] = set()
    while current:
        found: Optional[Object] = None
        found_index: list[int] = []
        found_indirect = False
        count = 0
        nxt: list[tuple[Type, list[int], bool]] = []
        for typ, index, indirect in current:
            named = typ if isinstance(typ, Named) else None
            if named is not None:
                key = id(named.origin) if not named.type_args else id(named)
                if key in seen:
                    continue
                seen.add(key)
                m = _named_method(named, name)
                if m is not None:
                    count += 1
                    found, found_index, found_indirect = m, index + [_method_index(named, name)], indirect
                    continue
            u = typ.underlying()
            if isinstance(u, Struct):
                for i, f in enumerate(u.fields):
                    if f.name == name and (f.exported() or f.pkg is pkg or pkg is None):
                        count += 1
                        found, found_index, found_indirect = f, index + [i], indirect
                        continue
                    if f.embedded and count == 0:
                        ft = f.type
                        ind = indirect
                        if isinstance(ft, Pointer):
                            ft = ft.elem
                            ind = True
                        nxt.append((ft, index + [i], ind))
            elif isinstance(u, Interface) and not isinstance(typ, TypeParam):
                for i, m in enumerate(u.all_methods()):
                    if m.name == name:
                        count += 1
                        found, found_index, found_indirect = m, index + [i], indirect
            elif isinstance(typ, TypeParam):
                for i, m in enumerate(typ.iface().all_methods()):
                    if m.name == name:
                        count += 1
                        found, found_index, found_indirect = m, index + [i], indirect
                # A field common to every type of the type set is not accessible in Go.
        if count > 1:
            return None, [-1], False
        if count == 1:
            assert found is not None
            if isinstance(found, Func) and _needs_ptr(found) and not found_indirect and not addressable:
                return found, found_index, False  # caller reports "pointer receiver"
            return found, found_index, found_indirect
        current = _consolidate(nxt)
    return None, [], False


def _consolidate(lst: list[tuple[Type, list[int], bool]]) -> list[tuple[Type, list[int], bool]]:
    return lst


def _named_method(named: Named, name: str) -> Optional[Func]:
    m = named.method(name)
    if m is None:
        return None
    if named.type_args:
        return instantiate_method(named, m)
    return m


def _method_index(named: Named, name: str) -> int:
    for i, m in enumerate(named.origin.methods):
        if m.name == name:
            return i
    return 0


def _needs_ptr(f: Func) -> bool:
    return f.has_ptr_recv


# Keyed by identity; the entry keeps both keys alive so their ids are never reused.
_method_cache: dict[tuple[int, int], tuple[Named, Func, Func]] = {}


def instantiate_method(named: Named, m: Func) -> Func:
    """Method m of the generic origin of `named`, with the receiver's type arguments substituted."""
    key = (id(named), id(m))
    cached = _method_cache.get(key)
    if cached is not None:
        return cached[2]
    sig = m.type
    if not isinstance(sig, Signature):
        return m
    smap = {}
    rtps = sig.recv_type_params or named.origin.type_params
    for tp, arg in zip(rtps, named.type_args):
        smap[tp] = arg
    new_sig = subst(sig, smap)
    assert isinstance(new_sig, Signature)
    if new_sig is sig:
        # Nothing substituted (the receiver's own type parameters): the receiver set below
        # must not replace the declared one, which the method body uses.
        new_sig = copy.copy(sig)
    if sig.recv is not None:
        rt = Pointer(named) if isinstance(sig.recv.type, Pointer) else named
        new_sig.recv = Var(sig.recv.name, rt, sig.recv.pkg, sig.recv.pos, is_param=True)
    nm = Func(m.name, new_sig, m.pkg, m.pos)
    nm.has_ptr_recv = m.has_ptr_recv
    nm.origin = m
    nm.decl = m.decl
    _method_cache[key] = (named, m, nm)
    return nm


def missing_method(v: Type, t: Interface, static: bool) -> tuple[Optional[Func], bool, str]:
    """The first method of interface t that type v lacks: (method, wrong_type, cause)."""
    methods = t.all_methods()
    if not methods:
        return None, False, ""
    vu = v.underlying()
    if isinstance(vu, Interface) and not isinstance(v, TypeParam):
        have = {m.name: m for m in vu.all_methods()}
        for m in methods:
            f = have.get(m.name)
            if f is None:
                if static:
                    return m, False, "missing method " + m.name
                continue
            if not identical(f.type, m.type):
                return m, True, "wrong type for method " + m.name
        return None, False, ""
    for m in methods:
        obj, index, indirect = lookup_field_or_method(v, False, m.pkg, m.name)
        if obj is None or not isinstance(obj, Func):
            # Look for a pointer-receiver method, for the better message.
            obj2, _, _ = lookup_field_or_method(Pointer(v), False, m.pkg, m.name)
            if isinstance(obj2, Func) and not isinstance(v, Pointer):
                return m, False, f"method {m.name} has pointer receiver"
            alt = _case_fold_method(v, m.name)
            if alt:
                return m, False, f"missing method {m.name}\n\t\thave {alt}\n\t\twant {m.name}{_sig_tail(m.type)}"
            return m, False, "missing method " + m.name
        if obj.has_ptr_recv and not indirect and not isinstance(v, Pointer) and _ptr_needed(v, index):
            return m, False, f"method {m.name} has pointer receiver"
        if not identical(_strip_recv(obj.type), _strip_recv(m.type)):
            return m, True, (f"wrong type for method {m.name}\n\t\thave {m.name}{_sig_tail(obj.type)}"
                             f"\n\t\twant {m.name}{_sig_tail(m.type)}")
    return None, False, ""


def _ptr_needed(v: Type, index: list[int]) -> bool:
    return True


def _case_fold_method(v: Type, name: str) -> str:
    """A method of v spelled like name but for case, as "Name(sig)", for the compiler's hint."""
    base = v.elem if isinstance(v, Pointer) else v
    if isinstance(base, Named):
        for m in base.origin.methods:
            if m.name != name and m.name.lower() == name.lower():
                return m.name + _sig_tail(m.type)
    return ""


def undefined_in_package(pkg: Package, qual: str, sel: str) -> str:
    """The error for qual.sel naming nothing in pkg, with the compiler's hint of an exported
    name spelled the same but for case."""
    alts = sorted(n for n in pkg.scope.names if n.lower() == sel.lower() and n[:1].isupper())
    return f"undefined: {qual}.{sel}" + (f" (but have {alts[0]})" if alts else "")


def cause_in_parens(cause: str) -> str:
    """A missing-method cause as the compiler appends it: its first line in parentheses,
    the have/want lines after."""
    first, nl, rest = cause.partition("\n")
    return f"({first}){nl}{rest}"


def _strip_recv(t: Optional[Type]) -> Optional[Type]:
    if isinstance(t, Signature):
        return Signature(t.params, t.results, t.variadic)
    return t


def _sig_tail(t: Optional[Type]) -> str:
    from go2py.check.types import type_string

    if isinstance(t, Signature):  # parameter names are left out, as the compiler does
        t = Signature(Tuple([Var("", v.type, None, None) for v in t.params.vars]),
                      Tuple([Var("", v.type, None, None) for v in t.results.vars]), t.variadic)
    s = type_string(t) if t is not None else ""
    return s[4:] if s.startswith("func") else s


# ---------------------------------------------------------------- substitution


def subst(t: Type, smap: dict) -> Type:
    """t with the type parameters in smap replaced (structurally; Named instances recreated)."""
    if not smap:
        return t
    return _Subst(smap).typ(t)


class _Subst:
    def __init__(self, smap: dict) -> None:
        self.smap = smap

    def typ(self, t: Type) -> Type:  # noqa: C901
        if isinstance(t, TypeParam):
            return self.smap.get(t, t)
        if isinstance(t, Basic):
            return t
        if isinstance(t, Pointer):
            e = self.typ(t.elem)
            return t if e is t.elem else Pointer(e)
        if isinstance(t, Slice):
            e = self.typ(t.elem)
            return t if e is t.elem else Slice(e)
        if isinstance(t, Array):
            e = self.typ(t.elem)
            return t if e is t.elem else Array(t.len, e)
        if isinstance(t, Map):
            k, e = self.typ(t.key), self.typ(t.elem)
            return t if (k is t.key and e is t.elem) else Map(k, e)
        if isinstance(t, Chan):
            e = self.typ(t.elem)
            return t if e is t.elem else Chan(t.dir, e)
        if isinstance(t, Struct):
            fields = [self.var(f) for f in t.fields]
            if all(a is b for a, b in zip(fields, t.fields)):
                return t
            return Struct(fields, t.tags)
        if isinstance(t, Tuple):
            vs = [self.var(v) for v in t.vars]
            if all(a is b for a, b in zip(vs, t.vars)):
                return t
            return Tuple(vs)
        if isinstance(t, Signature):
            p = self.typ(t.params)
            r = self.typ(t.results)
            if p is t.params and r is t.results:
                return t
            s = Signature(p, r, t.variadic, t.recv)  # type: ignore[arg-type]
            # Type parameters of the signature itself stay (they are not in smap).
            s.type_params = [tp for tp in t.type_params if tp not in self.smap]
            return s
        if isinstance(t, Interface):
            ms = []
            changed = False
            for m in t.methods:
                st = self.typ(m.type) if m.type is not None else None
                if st is not m.type:
                    changed = True
                    nm = Func(m.name, st, m.pkg, m.pos)  # type: ignore[arg-type]
                    ms.append(nm)
                else:
                    ms.append(m)
            es = [self.typ(e) for e in t.embeddeds]
            if not changed and all(a is b for a, b in zip(es, t.embeddeds)):
                return t
            ni = Interface(ms, es)
            ni.implicit = t.implicit
            return ni
        if isinstance(t, Union):
            terms = [Term(x.tilde, self.typ(x.type)) for x in t.terms]
            return Union(terms)
        if isinstance(t, Named):
            if not t.type_args:
                return t
            args = [self.typ(a) for a in t.type_args]
            if all(a is b for a, b in zip(args, t.type_args)):
                return t
            return instantiate(t.origin, args)
        return t

    def var(self, v: Var) -> Var:
        t = self.typ(v.type) if v.type is not None else None
        if t is v.type:
            return v
        nv = Var(v.name, t, v.pkg, v.pos, v.embedded, v.is_field, v.is_param)
        nv.origin = v.origin
        return nv


def instantiate(origin: Named, args: list[Type]) -> Named:
    """The instance origin[args], shared for identical arguments."""
    key = tuple(id(a) for a in args)
    inst = origin._instances.get(key)
    if inst is not None:
        return inst
    for k, cand in origin._instances.items():
        if len(cand.type_args) == len(args) and all(identical(a, b) for a, b in zip(cand.type_args, args)):
            return cand
    inst = Named(origin.obj, None)
    inst.origin = origin
    inst.type_args = list(args)
    inst.type_params = []
    smap = dict(zip(origin.type_params, args))

    def resolve() -> None:
        inst.set_underlying(subst(origin.underlying(), smap))

    inst.resolver = resolve  # type: ignore[assignment]
    origin._instances[key] = inst
    return inst
