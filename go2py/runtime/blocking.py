"""Hand-off of blocking calls to OS threads.

``blocking(fn, *args)`` runs ``fn(*args)`` on a worker thread and parks only the
calling goroutine until it returns; the other goroutines keep running.  The
result (or exception) is returned (raised) in the goroutine.  Use it for file
and socket I/O, reading stdin, and C library calls that block (a Kafka client's
poll, ...).  A goroutine parked in a hand-off never counts as deadlocked.

Outside of a running scheduler the call runs directly.

Worker threads are started on demand (an idle one is reused, and retires after
``IDLE_SECONDS``) and block the preemption signal so that the C code they run
never sees EINTR from it.
"""

from __future__ import annotations

import signal
import threading
from queue import SimpleQueue

from . import sched as _s

__all__ = ["blocking"]

IDLE_SECONDS = 30.0  # an idle worker thread retires after this

_jobs: SimpleQueue = SimpleQueue()
_idle = 0
_lock = threading.Lock()


class _Job:
    __slots__ = ("fn", "args", "g", "result", "exc")

    def __init__(self, fn, args, g):
        self.fn = fn
        self.args = args
        self.g = g
        self.result = None
        self.exc = None


def _worker(job):
    global _idle
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGVTALRM})
    except (AttributeError, ValueError, OSError):
        pass
    get = _jobs.get
    while True:
        try:
            job.result = job.fn(*job.args)
        except BaseException as e:  # delivered to the goroutine
            job.exc = e
        _s.completions.append(job.g)
        _s.S.hubreq += 1  # ask the running goroutines for a trip through the hub
        _s.wake.set()
        job = None
        with _lock:
            _idle += 1
        while job is None:
            try:
                job = get(timeout=IDLE_SECONDS)
            except Exception:  # queue.Empty: retire if nobody counts on us
                with _lock:
                    if _idle > 0 and _jobs.empty():
                        _idle -= 1
                        return


def blocking(fn, *args):
    """Run ``fn(*args)`` on a worker thread; park the calling goroutine meanwhile."""
    global _idle
    g = _s.S.cur
    if g is None or not _s.running:
        return fn(*args)
    job = _Job(fn, args, g)
    _s.nblocking += 1
    with _lock:
        if _idle > 0:
            _idle -= 1
            _jobs.put(job)
            job_for_new = None
        else:
            job_for_new = job
    if job_for_new is not None:
        threading.Thread(target=_worker, args=(job,), name="go2py-blocking", daemon=True).start()
    _s.park("syscall")
    if job.exc is not None:
        e = job.exc
        job.exc = None
        raise e
    return job.result
