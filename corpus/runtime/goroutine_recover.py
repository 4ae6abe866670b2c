from go2py.runtime import DeferFrame, GoError, GoPanic, RuntimeError_, go, recover, run_main
from go2py.runtime.std import sync

__go2py_preemptible__ = True

ErrBad = GoError("bad input")


def work(wid):
    res = {"err": None}

    def body(df):
        def d():
            r = recover()
            if r is not None:
                text = r.Error() if hasattr(r, "Error") else str(r)
                res["err"] = GoError(f"worker {wid}: {text}")

        df.defer(d)
        if wid % 2 == 1:
            raise GoPanic(ErrBad)
        if wid == 4:
            m = None
            if m is None:  # the translator's nil-map check
                raise GoPanic(RuntimeError_("assignment to entry in nil map", plain=True))
        res["err"] = None

    f = DeferFrame()
    f.results = lambda: res["err"]
    return f.run(body)


def main():
    wg = sync.WaitGroup()
    errs = [None] * 6
    for i in range(6):
        wg.Add(1)

        def g(df, i=i):
            df.defer(wg.Done)
            errs[i] = work(i)

        go(DeferFrame().run, g)
    wg.Wait()
    for i, e in enumerate(errs):
        print(i, "<nil>" if e is None else e.Error())


if __name__ == "__main__":
    run_main(main)
