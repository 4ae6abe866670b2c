from go2py.runtime import DeferFrame, GoPanic, go, recover, run_main
from go2py.runtime.std import sync

__go2py_preemptible__ = True


def b2s(x):
    return "true" if x else "false"


def nil(v):
    return "<nil>" if v is None else v


def main():
    once = sync.Once()
    for i in range(3):
        once.Do(lambda i=i: print("once", i))
    calls = [0]

    def f42():
        calls[0] += 1
        return 42

    ov = sync.OnceValue(f42)
    a = ov()
    b = ov()
    print(a, b, calls[0])
    ovs = sync.OnceValues(lambda: ("cfg", None))
    s, err = ovs()
    print(s, nil(err))
    of = sync.OnceFunc(lambda: print("oncefunc body"))
    of()
    of()

    def boom():
        raise GoPanic("once panic")

    pf = sync.OnceFunc(boom)
    for _ in range(2):
        def body(df):
            df.defer(lambda: print("recovered", recover()))
            pf()

        DeferFrame().run(body)

    m = sync.Map()
    m.Store("a", 1)
    m.Store("b", 2)
    v, ok = m.Load("a")
    print(v, b2s(ok))
    v, ok = m.Load("zz")
    print(nil(v), b2s(ok))
    act, loaded = m.LoadOrStore("a", 9)
    print(act, b2s(loaded))
    act, loaded = m.LoadOrStore("c", 3)
    print(act, b2s(loaded))
    prev, loaded = m.Swap("b", 20)
    print(prev, b2s(loaded))
    x = m.CompareAndSwap("b", 20, 21)
    y = m.CompareAndSwap("b", 20, 22)
    print(b2s(x), b2s(y))
    x = m.CompareAndDelete("c", 4)
    y = m.CompareAndDelete("c", 3)
    print(b2s(x), b2s(y))
    v, loaded = m.LoadAndDelete("a")
    print(v, b2s(loaded))
    m.Store("d", 4)
    keys = []

    def collect(k, v):
        keys.append(f"{k}={v}")
        return True

    m.Range(collect)
    keys.sort()
    print("[" + " ".join(keys) + "]")
    m.Clear()
    n = [0]

    def count(k, v):
        n[0] += 1
        return True

    m.Range(count)
    print("after clear", n[0])

    mu = sync.Mutex()
    cond = sync.NewCond(mu)
    ready = [0]
    wg = sync.WaitGroup()
    for _ in range(3):
        wg.Add(1)

        def waiter(df):
            df.defer(wg.Done)
            mu.Lock()
            while ready[0] == 0:
                cond.Wait()
            ready[0] += 1
            mu.Unlock()

        go(DeferFrame().run, waiter)
    mu.Lock()
    ready[0] = 1
    cond.Broadcast()
    mu.Unlock()
    wg.Wait()
    print("ready", ready[0])

    rw = sync.RWMutex()
    rw.RLock()
    x = rw.TryLock()
    y = rw.TryRLock()
    print("trylock while read-locked:", b2s(x), "tryrlock:", b2s(y))
    rw.RUnlock()
    rw.RUnlock()
    x = rw.TryLock()
    y = mu.TryLock()
    z = mu.TryLock()
    print("trylock:", b2s(x), b2s(y), b2s(z))
    rw.Unlock()
    mu.Unlock()

    p = sync.Pool(New=lambda: "new")
    print(p.Get())
    wg.Go(lambda: print("wg.Go ran"))
    wg.Wait()


if __name__ == "__main__":
    run_main(main)
