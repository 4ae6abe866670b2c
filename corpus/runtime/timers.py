from go2py.runtime import RECV, Chan, DeferFrame, go, run_main, select
from go2py.runtime.std import sync, time

__go2py_preemptible__ = True


def b2s(x):
    return "true" if x else "false"


def main():
    mu = sync.Mutex()
    order = []
    wg = sync.WaitGroup()
    for d in [30, 10, 20]:
        wg.Add(1)

        def body(df, ms):
            df.defer(wg.Done)
            time.Sleep(time.Duration(ms) * time.Millisecond)
            mu.Lock()
            order.append(f"sleep{ms}")
            mu.Unlock()

        go(DeferFrame().run, body, d)
    wg.Wait()
    print("[" + " ".join(order) + "]")

    t = time.NewTimer(time.Hour)
    print("stop active:", b2s(t.Stop()))
    print("stop again:", b2s(t.Stop()))
    print("reset stopped:", b2s(t.Reset(5 * time.Millisecond)))
    t.C.recv()
    print("fired after reset")
    print("len/cap:", len(t.C), t.C.cap)

    t2 = time.NewTimer(time.Millisecond)
    time.Sleep(10 * time.Millisecond)
    print("stop expired:", b2s(t2.Stop()))
    k, _, _ = select(((t2.C, RECV),), default=True)
    print("stale value" if k == 0 else "no stale value")

    done = Chan(zero="")
    time.AfterFunc(15 * time.Millisecond, lambda: done.send("second"))
    time.AfterFunc(5 * time.Millisecond, lambda: done.send("first"))
    a = done.recv()
    b = done.recv()
    print(a, b)
    f = time.AfterFunc(time.Hour, lambda: print("never"))
    print("afterfunc stop:", b2s(f.Stop()))

    tk = time.NewTicker(2 * time.Millisecond)
    n = 0
    for _ in tk.C:
        n += 1
        if n == 3:
            tk.Stop()
            break
    print("ticks", n)
    k, _, _ = select(((time.After(5 * time.Millisecond), RECV), (Chan(), RECV)))
    print("timeout" if k == 0 else "impossible")
    start = time.Now()
    time.Sleep(20 * time.Millisecond)
    print("slept enough:", b2s(time.Since(start) >= 20 * time.Millisecond))


if __name__ == "__main__":
    run_main(main)
