from go2py.runtime import Cell, DeferFrame, go, recover, run_main
from go2py.runtime.std import sync
from go2py.runtime.std import sync_atomic as atomic

__go2py_preemptible__ = True


def b2s(x):
    return "true" if x else "false"


class cfg:
    def __init__(self, name):
        self.name = name


MaxInt32 = (1 << 31) - 1
MaxUint32 = (1 << 32) - 1
U64 = (1 << 64) - 1


def main():
    n = Cell(0)
    wg = sync.WaitGroup()
    for _ in range(50):
        wg.Add(1)

        def body(df):
            df.defer(wg.Done)
            atomic.AddInt64(n, 2)

        go(DeferFrame().run, body)
    wg.Wait()
    print(atomic.LoadInt64(n))
    x = atomic.CompareAndSwapInt64(n, 100, 7)
    y = atomic.CompareAndSwapInt64(n, 100, 8)
    print(b2s(x), b2s(y), n.get())
    x = atomic.SwapInt64(n, 9)
    print(x, n.get())
    i32 = Cell(MaxInt32)
    print(atomic.AddInt32(i32, 1))
    u32 = Cell(0)
    print(atomic.AddUint32(u32, MaxUint32))
    u64 = Cell(5)
    print(atomic.AddUint64(u64, U64 ^ 2))
    x = atomic.OrInt32(i32, 3)
    y = atomic.AndUint32(u32, 0xFF)  # o1, o2
    print(x, i32.get(), y, u32.get())

    a = atomic.Int32()
    a.Store(MaxInt32)
    x = a.Add(1)
    print(x, a.Load())
    b = atomic.Uint64()
    r = [b.Add(U64), b.Swap(3), b2s(b.CompareAndSwap(3, 4)), b.Load()]
    print(*r)
    r = [b.Or(8), b.And(9), b.Load()]
    print(*r)
    ok = atomic.Bool()
    r = [b2s(ok.Load()), b2s(ok.Swap(True)), b2s(ok.CompareAndSwap(True, False)), b2s(ok.Load())]
    print(*r)
    v = atomic.Value()
    print("<nil>" if v.Load() is None else v.Load())
    v.Store("x")
    r = [v.Load(), v.Swap("y"), b2s(v.CompareAndSwap("y", "z")), v.Load()]
    print(*r)

    def f(df):
        df.defer(lambda: print("recovered:", recover().Error()))
        v.Store(1)

    DeferFrame().run(f)
    p = atomic.Pointer[cfg]()
    c1 = cfg("one")
    r = [b2s(p.Load() is None), b2s(p.CompareAndSwap(None, c1)), p.Load().name]
    print(*r)
    r = [b2s(p.CompareAndSwap(cfg("one"), None)), p.Swap(None).name]
    print(*r)
    u = atomic.Uint32()
    u.Store(0)
    r = [u.Add(MaxUint32), u.Add(2)]
    print(*r)


if __name__ == "__main__":
    run_main(main)
