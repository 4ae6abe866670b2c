"""DeferFrame / recover semantics (no scheduler needed)."""

from __future__ import annotations

import pytest

from go2py.runtime import (
    DeferFrame,
    FatalError,
    GoError,
    Goexit,
    GoPanic,
    RuntimeError_,
    recover,
    with_defers,
)
from go2py.runtime.panic import GoexitSignal, format_panic_value, panic_message


def test_defers_run_lifo_with_arguments_evaluated_at_defer_time():
    log = []

    @with_defers
    def f(df):
        x = 1
        df.defer(log.append, x)
        x = 2
        df.defer(log.append, x)
        return "r"

    assert f() == "r"
    assert log == [2, 1]


def test_recover_stops_panic_and_function_returns_named_results():
    def f():
        res = {"v": 1}

        def body(df):
            def d():
                if recover() is not None:
                    res["v"] = -1

            df.defer(d)
            res["v"] = 5
            raise GoPanic("x")

        fr = DeferFrame()
        fr.results = lambda: res["v"]
        return fr.run(body)

    assert f() == -1


def test_deferred_call_can_change_named_result_on_normal_return():
    def f():
        res = {"n": 0}

        def body(df):
            df.defer(lambda: res.__setitem__("n", res["n"] * 10))
            res["n"] = 4
            return None

        fr = DeferFrame()
        fr.results = lambda: res["n"]
        return fr.run(body)

    assert f() == 40


def test_recover_without_results_returns_none():
    @with_defers
    def f(df):
        df.defer(recover_direct)
        raise GoPanic("x")

    assert f() is None


def recover_direct():
    recover()


def test_recover_only_directly_in_deferred_call():
    def helper():
        return recover()

    seen = []

    @with_defers
    def f(df):
        df.defer(lambda: seen.append(helper()))
        raise GoPanic("p")

    with pytest.raises(GoPanic) as ei:
        f()
    assert ei.value.value == "p"
    assert seen == [None]


def test_defer_recover_itself_does_not_recover():
    @with_defers
    def f(df):
        df.defer(recover)
        raise GoPanic("p")

    with pytest.raises(GoPanic):
        f()


def test_recover_outside_panic_is_nil():
    assert recover() is None

    @with_defers
    def f(df):
        df.defer(lambda: seen.append(recover()))

    seen = []
    f()
    assert seen == [None]


def test_remaining_defers_run_after_recover_and_panics_chain():
    log = []

    @with_defers
    def f(df):
        df.defer(log.append, "last")
        df.defer(lambda: log.append(("recovered", recover())))
        df.defer(log.append, "first")
        raise GoPanic("boom")

    f()
    assert log == ["first", ("recovered", "boom"), "last"]


def test_panic_in_defer_replaces_and_chains():
    @with_defers
    def f(df):
        def d():
            raise GoPanic("second")

        df.defer(d)
        raise GoPanic("first")

    with pytest.raises(GoPanic) as ei:
        f()
    assert panic_message(ei.value) == "panic: first\n\tpanic: second"


def test_python_exceptions_become_runtime_errors():
    @with_defers
    def f(df):
        df.defer(lambda: got.append(recover()))
        return 1 // 0

    got = []
    f()
    assert isinstance(got[0], RuntimeError_)
    assert got[0].Error() == "runtime error: integer divide by zero"


def test_fatal_error_skips_defers():
    log = []

    @with_defers
    def f(df):
        df.defer(log.append, "deferred")
        raise FatalError("sync: unlock of unlocked mutex")

    with pytest.raises(FatalError):
        f()
    assert log == []


def test_goexit_runs_defers_and_cannot_be_recovered():
    log = []

    @with_defers
    def f(df):
        df.defer(lambda: log.append(("recover", recover())))
        df.defer(log.append, "deferred")
        Goexit()

    with pytest.raises(GoexitSignal):
        f()
    assert log == ["deferred", ("recover", None)]


def test_nested_frames_recover_independently():
    log = []

    @with_defers
    def inner(df):
        df.defer(log.append, "inner defer")
        raise GoPanic(GoError("e"))

    @with_defers
    def outer(df):
        df.defer(lambda: log.append(recover().Error()))
        inner()
        log.append("unreachable")

    outer()
    assert log == ["inner defer", "e"]


@pytest.mark.parametrize("value,text", [
    ("s", "s"), (3, "3"), (-7, "-7"), (True, "true"), (1.5, "1.5"), (1e21, "1e+21"),
    # floats as recorded from Go 1.27's panic output
    (1e6, "1e+06"), (123456789.0, "1.23456789e+08"), (0.0001, "0.0001"), (1e-5, "1e-05"),
    (100.0, "100"), (1e20, "1e+20"), (0.0, "0"), (-0.5, "-0.5"), (3e15, "3e+15"), (-1e-7, "-1e-07"),
    (GoError("err"), "err"), (RuntimeError_("x"), "runtime error: x"),
])
def test_format_panic_value(value, text):
    assert format_panic_value(value) == text
