"""The runtime that translated Go programs import.

Public API (see docs/runtime.md for the design and the translator mapping)::

    from go2py.runtime import (
        run_main, run, exit,                       # program entry, os.Exit
        go, Gosched, NumGoroutine, GOMAXPROCS,     # goroutines
        Chan, RECV, select, select1, select2, select3, select4,  # channels and select
        send, recv, recv2, close, chan_len, chan_cap, chan_range,  # nil-aware forms
        blocking,                                  # hand-off of a blocking call
        GoPanic, GoError, RuntimeError_, FatalError, gopanic, recover, Goexit,
        DeferFrame, with_defers,                   # defer / recover
        preempt_flag, preempt_yield, preempt_check,  # explicit preemption points
        Cell, AttrCell, ItemCell, GlobalCell,      # pointer cells (get/set)
        RangeFunc,                                 # for ... range over a function
        Positions,                                 # Go positions of a module's lines
    )
"""

from .blocking import blocking
from .callers import Positions
from .cell import AttrCell, Cell, GlobalCell, ItemCell
from .chan import RECV, Chan, chan_cap, chan_len, chan_range, close, recv, recv2, send
from .panic import (
    DeferFrame,
    FatalError,
    GoError,
    Goexit,
    GoPanic,
    RuntimeError_,
    fatal,
    gopanic,
    nil_deref_error,
    recover,
    with_defers,
)
from .rangefunc import RangeFunc
from .sched import (
    GOMAXPROCS,
    Gosched,
    NumGoroutine,
    exit,
    go,
    preempt_check,
    preempt_flag,
    preempt_yield,
    run,
    run_main,
)
from .selectgo import select, select1, select2, select3, select4

__all__ = [
    "Positions",
    "run_main",
    "run",
    "exit",
    "go",
    "Gosched",
    "NumGoroutine",
    "GOMAXPROCS",
    "Chan",
    "RECV",
    "select",
    "select1",
    "select2",
    "select3",
    "select4",
    "send",
    "recv",
    "recv2",
    "close",
    "chan_len",
    "chan_cap",
    "chan_range",
    "blocking",
    "GoPanic",
    "GoError",
    "RuntimeError_",
    "FatalError",
    "fatal",
    "gopanic",
    "nil_deref_error",
    "recover",
    "Goexit",
    "DeferFrame",
    "RangeFunc",
    "with_defers",
    "preempt_check",
    "preempt_flag",
    "preempt_yield",
    "Cell",
    "AttrCell",
    "ItemCell",
    "GlobalCell",
]
