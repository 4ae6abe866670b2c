"""Package initialization order (the spec's "Package initialization"): variables are
initialized in declaration order, except that a variable is initialized only after the
variables its initializer depends on, through functions as well."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from go2py.check.objects import Func, Var

if TYPE_CHECKING:
    from go2py.check.checker import Checker


def compute_init_order(chk: "Checker") -> list[tuple[list[Var], Any]]:
    infos = chk.obj_map
    # Direct dependencies on variables and functions, then closed over functions.
    deps: dict[Any, set[Any]] = {obj: set(d.deps) for obj, d in infos.items()}

    def var_deps(obj: Any) -> set[Var]:
        out: set[Var] = set()
        seen: set[Any] = set()
        stack = list(deps.get(obj, ()))
        while stack:
            o = stack.pop()
            if o in seen:
                continue
            seen.add(o)
            if isinstance(o, Var):
                out.add(o)
            elif isinstance(o, Func):
                stack.extend(deps.get(o, ()))
        return out

    vars_ = sorted((o for o in infos if isinstance(o, Var)), key=lambda o: o.order)
    done: set[Var] = set()
    order: list[tuple[list[Var], Any]] = []
    emitted: set[int] = set()
    pending = list(vars_)
    while pending:
        progress = False
        for v in list(pending):
            need = {d for d in var_deps(v) if d is not v and d in infos}
            if need <= done:
                info = infos[v]
                lhs = info.lhs or [v]
                if id(info) not in emitted:
                    emitted.add(id(info))
                    if info.init is not None:
                        order.append((lhs, info.init))
                for x in lhs:
                    done.add(x)
                    if x in pending:
                        pending.remove(x)
                progress = True
                break
        if not progress:
            v = pending[0]
            chk.error(v.pos, f"initialization cycle or invalid recursive reference to {v.name}"
                      if False else f"initialization cycle: {v.name} refers to itself")
            for x in pending:
                info = infos[x]
                if info.init is not None and id(info) not in emitted:
                    emitted.add(id(info))
                    order.append((info.lhs or [x], info.init))
            break
    return order
