"""Package initialization order (the spec's "Package initialization", go/types' initorder.go).

Variables are initialized in declaration order, except that a variable waits for the
variables its initializer depends on, through functions and methods as well. Constants,
variables and functions form the dependency graph; functions are then removed by joining
their callers to their callees. Declarations are taken by fewest pending dependencies and
then source order; one taken with dependencies still pending closes a cycle, reported as
the compiler reports it."""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING, Any, Optional

from go2py.check.objects import Const, Func, Var

if TYPE_CHECKING:
    from go2py.check.checker import Checker


def _dependency_graph(infos: dict[Any, Any]) -> tuple[dict[Any, set[Any]], dict[Any, set[Any]]]:
    """succ[n]: what n depends on; pred[n]: what depends on n; functions eliminated."""
    nodes = [o for o in infos if isinstance(o, (Const, Var, Func))]
    succ: dict[Any, set[Any]] = {n: {d for d in infos[n].deps if isinstance(d, (Const, Var, Func)) and d in infos}
                                 for n in nodes}
    pred: dict[Any, set[Any]] = {n: set() for n in nodes}
    for n, ds in succ.items():
        for d in ds:
            pred[d].add(n)
    for f in sorted((n for n in nodes if isinstance(n, Func)), key=lambda n: n.order):
        for p in pred[f]:
            if p is f:
                continue
            for s in succ[f]:
                if s is not f:
                    succ[p].add(s)
                    pred[s].add(p)
            succ[p].discard(f)
        for s in succ[f]:
            pred[s].discard(f)
        del succ[f], pred[f]
    return succ, pred


def _find_path(infos: dict[Any, Any], start: Any, to: Any) -> Optional[list[Any]]:
    """A dependency path from start back to `to`, last step first (as go/types' findPath)."""
    seen: set[Any] = set()

    def walk(frm: Any) -> Optional[list[Any]]:
        if frm in seen:
            return None
        seen.add(frm)
        info = infos.get(frm)
        for d in sorted(info.deps if info is not None else (), key=lambda o: o.order):
            if d is to:
                return [d]
            p = walk(d)
            if p is not None:
                p.append(d)
                return p
        return None

    return walk(start)


def _report_cycle(chk: "Checker", cycle: list[Any]) -> None:
    obj = cycle[0]
    if len(cycle) == 1:
        chk.error(obj.pos, f"initialization cycle: {obj.name} refers to itself")
        return
    lines = [f"initialization cycle for {obj.name}"]
    for nxt in reversed(cycle):
        lines.append(f"\t{obj.pos.pos()}: {obj.name} refers to {nxt.name}")
        obj = nxt
    chk.error(cycle[0].pos, "\n".join(lines))


def compute_init_order(chk: "Checker") -> list[tuple[list[Var], Any]]:
    infos = chk.obj_map
    succ, pred = _dependency_graph(infos)
    ndeps = {n: len(s) for n, s in succ.items()}
    # A heap of (pending dependencies, source order); an entry whose count has since
    # dropped is stale and skipped (counts only ever drop).
    heap = [(k, n.order, id(n), n) for n, k in ndeps.items()]
    heapq.heapify(heap)
    done: set[Any] = set()
    emitted: set[int] = set()
    order: list[tuple[list[Var], Any]] = []
    while heap:
        k, _, _, n = heapq.heappop(heap)
        if n in done or k != ndeps[n]:
            continue
        done.add(n)
        if k > 0:
            cycle = _find_path(infos, n, n)
            if cycle is not None:
                _report_cycle(chk, cycle)
        for p in pred[n]:
            if p not in done:
                ndeps[p] -= 1
                heapq.heappush(heap, (ndeps[p], p.order, id(p), p))
        info = infos[n]
        if not isinstance(n, Var) or info.init is None or id(info) in emitted:
            continue
        emitted.add(id(info))
        order.append((info.lhs or [n], info.init))
    return order
