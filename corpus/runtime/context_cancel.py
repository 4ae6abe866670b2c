from go2py.runtime import RECV, Chan, GoError, go, run_main, select
from go2py.runtime.std import context, time

__go2py_preemptible__ = True


def b2s(x):
    return "true" if x else "false"


def errstr(e):
    return "<nil>" if e is None else e.Error()


class key(str):
    pass


def main():
    bg = context.Background()
    print(bg, context.TODO())
    root, cancel = context.WithCancel(bg)
    child, cancel_child = context.WithCancel(root)
    val = context.WithValue(child, key("user"), "gopher")
    print(root)
    print(context.WithValue(root, "k", "v"))
    print(val.Value(key("user")), "<nil>" if val.Value("user") is None else val.Value("user"))
    print(errstr(val.Err()))
    results = Chan(zero="")
    for i in range(3):
        def worker(wid):
            val.Done().recv()
            results.send(f"worker {wid} stopped: {errstr(val.Err())}")

        go(worker, i)
    cancel()
    got = {}
    for i in range(3):
        got[results.recv()] = True
    print(len(got), b2s(got.get("worker 0 stopped: context canceled", False)))
    print(errstr(root.Err()), errstr(child.Err()), errstr(context.Cause(val)))

    tctx, tcancel = context.WithTimeout(bg, 10 * time.Millisecond)
    k, _, _ = select(((tctx.Done(), RECV), (time.After(5 * time.Second), RECV)))
    if k == 0:
        print("timeout:", errstr(tctx.Err()), b2s(tctx.Err() is context.DeadlineExceeded))
    else:
        print("too slow")
    _, has = tctx.Deadline()
    _, has_bg = bg.Deadline()
    print(b2s(has), b2s(has_bg), b2s(bg.Done() is None))

    cc, ccancel = context.WithCancelCause(bg)
    ccancel(GoError("disk full"))
    print(errstr(cc.Err()), errstr(context.Cause(cc)))

    dc, dcancel = context.WithTimeoutCause(bg, time.Millisecond, GoError("too slow"))
    dc.Done().recv()
    print(errstr(dc.Err()), errstr(context.Cause(dc)))

    wc = context.WithoutCancel(val)
    print(errstr(wc.Err()), b2s(wc.Done() is None), wc.Value(key("user")))

    ac, acancel = context.WithCancel(bg)
    ran = Chan(1, zero=False)
    stop = context.AfterFunc(ac, lambda: ran.send(True))
    acancel()
    print("afterfunc ran:", b2s(ran.recv()), "stop:", b2s(stop()))
    ac2, acancel2 = context.WithCancel(bg)
    stop2 = context.AfterFunc(ac2, lambda: print("never"))
    print("stopped:", b2s(stop2()))
    acancel2()
    time.Sleep(time.Millisecond)

    past, pcancel = context.WithDeadline(bg, time.Now().Add(-time.Second))
    print("past deadline:", errstr(past.Err()))
    pcancel()
    dcancel()
    tcancel()
    cancel_child()


if __name__ == "__main__":
    run_main(main)
