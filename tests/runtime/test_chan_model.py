"""Hypothesis state machine: random channel and select operations checked
against a small model of Go's semantics (FIFO wait queues, direct hand-off,
buffer refill from blocked senders, close waking everybody, uniform choice
among ready select cases)."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from go2py.runtime import RECV, Chan, GoPanic, NumGoroutine, go, select, select1, select2, select3
from go2py.runtime import sched

SELECT_N = {1: select1, 2: select2, 3: select3}


def flat_select(cases, default=False):
    """The same select through select1..select3 (flat arguments)."""
    return SELECT_N[len(cases)](*[x for case in cases for x in case], default=default)

ZERO = -1  # element zero value of the channels under test
NCHAN = 3


class MChan:
    def __init__(self, cap):
        self.cap = cap
        self.buf = []
        self.closed = False
        self.recvq = []  # (waiter, case index)
        self.sendq = []  # (waiter, case index, value)


class MWaiter:
    def __init__(self, wid):
        self.id = wid
        self.done = False


class ChanModel(RuleBasedStateMachine):
    @initialize(caps=st.lists(st.integers(0, 2), min_size=NCHAN, max_size=NCHAN))
    def setup(self, caps):
        sched.start_stepping()
        self.chans = [Chan(c, zero=ZERO) for c in caps]
        self.model = [MChan(c) for c in caps]
        self.results = {}  # op id -> outcome, filled by goroutines
        self.expect = {}  # op id -> outcome, from the model
        self.next_id = 0
        self.next_val = 100
        self.live = 0  # model: goroutines still blocked

    def teardown(self):
        if sched.running:
            sched.stop_stepping()

    # ------------------------------------------------------------ model

    def _ready(self, case):
        ci, d, _ = case
        if ci is None:
            return False
        m = self.model[ci]
        if d == "recv":
            return bool(m.buf) or any(not w.done for w, _, _ in m.sendq) or m.closed
        return m.closed or any(not w.done for w, _ in m.recvq) or len(m.buf) < m.cap

    def _complete(self, w, outcome):
        w.done = True
        self.expect[w.id] = outcome
        self.live -= 1
        for m in self.model:
            m.recvq = [e for e in m.recvq if not e[0].done]
            m.sendq = [e for e in m.sendq if not e[0].done]

    def _apply(self, idx, case):
        """Perform a ready case; return the outcome of the op doing it."""
        ci, d, val = case
        m = self.model[ci]
        if d == "recv":
            if m.buf:
                v = m.buf.pop(0)
                if m.sendq:
                    w, j, sv = m.sendq[0]
                    m.buf.append(sv)
                    self._complete(w, (j, None, True))
                return (idx, v, True)
            if m.sendq:
                w, j, sv = m.sendq[0]
                self._complete(w, (j, None, True))
                return (idx, sv, True)
            assert m.closed
            return (idx, ZERO, False)
        if m.closed:
            return "panic: send on closed channel"
        if m.recvq:
            w, j = m.recvq[0]
            self._complete(w, (j, val, True))
            return (idx, None, True)
        assert len(m.buf) < m.cap
        m.buf.append(val)
        return (idx, None, True)

    def _arrive(self, wid, cases, default=False, actual=None):
        """A new operation; returns its outcome now, or None if it blocks.
        ``actual`` (the real outcome) resolves a choice among ready cases."""
        ready = [i for i, c in enumerate(cases) if self._ready(c)]
        if not ready:
            if default:
                return (-1, None, False)
            w = MWaiter(wid)
            self.live += 1
            for i, (ci, d, val) in enumerate(cases):
                if ci is None:
                    continue
                if d == "recv":
                    self.model[ci].recvq.append((w, i))
                else:
                    self.model[ci].sendq.append((w, i, val))
            return None
        if len(ready) == 1:
            i = ready[0]
        else:
            assert actual is not None
            i = actual[0] if isinstance(actual, tuple) else None
            if i is None:  # a panic: it must have come from a ready send case on a closed channel
                cands = [j for j in ready if cases[j][1] == "send" and self.model[cases[j][0]].closed]
                assert cands, actual
                i = cands[0]
            assert i in ready, (actual, ready)
        return self._apply(i, cases[i])

    # ------------------------------------------------------------ real side

    def _spawn(self, wid, body):
        def g():
            try:
                self.results[wid] = body()
            except GoPanic as p:
                self.results[wid] = "panic: " + p.value.Error()

        go(g)

    def _new_id(self):
        self.next_id += 1
        return self.next_id

    def _new_val(self):
        self.next_val += 1
        return self.next_val

    def _run_op(self, cases, kind, flat=False):
        wid = self._new_id()
        real_cases = tuple((self.chans[ci] if ci is not None else None,
                            RECV if d == "recv" else val) for ci, d, val in cases)
        if kind == "send":
            ch, v = real_cases[0]

            def body():
                ch.send(v)
                return (0, None, True)
        elif kind == "recv":
            ch = real_cases[0][0]

            def body():
                v, ok = ch.recv2()
                return (0, v, ok)
        else:
            sel = flat_select if flat else select

            def body():
                return sel(real_cases)
        self._spawn(wid, body)
        nready = sum(1 for c in cases if self._ready(c))
        if nready <= 1:
            out = self._arrive(wid, cases)
            if out is not None:
                self.expect[wid] = out
            assert sched.step() is None
        else:
            assert sched.step() is None
            out = self._arrive(wid, cases, actual=self.results.get(wid))
            self.expect[wid] = out

    # ------------------------------------------------------------ rules

    @rule(ci=st.integers(0, NCHAN - 1))
    def send(self, ci):
        self._run_op([(ci, "send", self._new_val())], "send")

    @rule(ci=st.integers(0, NCHAN - 1))
    def recv(self, ci):
        self._run_op([(ci, "recv", None)], "recv")

    @rule(cases=st.lists(st.tuples(st.one_of(st.none(), st.integers(0, NCHAN - 1)),
                                   st.sampled_from(["send", "recv"])), min_size=1, max_size=3),
          flat=st.booleans())
    def select_block(self, cases, flat):
        self._run_op([(ci, d, self._new_val() if d == "send" else None) for ci, d in cases], "select",
                     flat)

    @rule(cases=st.lists(st.tuples(st.one_of(st.none(), st.integers(0, NCHAN - 1)),
                                   st.sampled_from(["send", "recv"])), min_size=1, max_size=3),
          flat=st.booleans())
    def select_default(self, cases, flat):
        """select with default, from outside any goroutine: it never blocks."""
        cases = [(ci, d, self._new_val() if d == "send" else None) for ci, d in cases]
        real = tuple((self.chans[ci] if ci is not None else None, RECV if d == "recv" else v)
                     for ci, d, v in cases)
        try:
            got = (flat_select if flat else select)(real, default=True)
        except GoPanic as p:
            got = "panic: " + p.value.Error()
        want = self._arrive(0, cases, default=True, actual=got)
        assert got == want
        assert sched.step() is None

    @rule(ci=st.integers(0, NCHAN - 1))
    def close(self, ci):
        m = self.model[ci]
        try:
            self.chans[ci].close()
            got = None
        except GoPanic as p:
            got = p.value.Error()
        if m.closed:
            assert got == "close of closed channel"
        else:
            assert got is None
            m.closed = True
            for w, j in list(m.recvq):
                if not w.done:
                    self._complete(w, (j, ZERO, False))
            for w, j, _ in list(m.sendq):
                if not w.done:
                    self._complete(w, "panic: send on closed channel")
        assert sched.step() is None

    # ------------------------------------------------------------ checks

    @invariant()
    def same_outcomes(self):
        if not hasattr(self, "chans"):
            return
        assert self.results == self.expect

    @invariant()
    def same_buffers(self):
        if not hasattr(self, "chans"):
            return
        for ch, m in zip(self.chans, self.model):
            assert len(ch) == len(m.buf)
            assert list(ch.buf) == m.buf
            assert ch.closed == m.closed

    @invariant()
    def same_blocked(self):
        if not hasattr(self, "chans"):
            return
        assert NumGoroutine() == self.live


ChanModel.TestCase.settings = settings(
    max_examples=60, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestChanModel = ChanModel.TestCase
