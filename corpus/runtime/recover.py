from go2py.runtime import DeferFrame, GoError, GoPanic, recover, run_main, with_defers

__go2py_preemptible__ = True


def fmt_v(v):
    if v is None:
        return "<nil>"
    if hasattr(v, "Error"):
        return v.Error()
    return str(v)


def safe_div(a, b):
    res = {"q": 0, "err": None}

    def body(df):
        def d():
            r = recover()
            if r is not None:
                res["err"] = GoError(f"recovered: {fmt_v(r)}")

        df.defer(d)
        if b == 0:
            raise ZeroDivisionError  # translated a / b
        res["q"], res["err"] = a // b, None

    f = DeferFrame()
    f.results = lambda: (res["q"], res["err"])
    return f.run(body)


@with_defers
def order(df):
    for i in range(3):
        df.defer(print, "defer", i)
    print("body")


def nested():
    res = {"s": ""}

    def body(df):
        def d():
            r = recover()
            res["s"] = "outer got: " + fmt_v(r)

        df.defer(d)

        def inner(df2):
            def d2():
                print("inner recover:", fmt_v(recover()))
                raise GoPanic("second")

            df2.defer(d2)
            raise GoPanic("first")

        DeferFrame().run(inner)
        res["s"] = "unreachable"

    f = DeferFrame()
    f.results = lambda: res["s"]
    return f.run(body)


def helper():
    return recover()


def indirect():
    res = {"got": None}

    def body(df):
        def d():
            res["got"] = helper()
            recover()

        df.defer(d)
        raise GoPanic("x")

    f = DeferFrame()
    f.results = lambda: res["got"]
    return f.run(body)


def main_body(df):
    q, err = safe_div(7, 2)
    print(q, fmt_v(err))
    q, err = safe_div(1, 0)
    print(q, fmt_v(err))
    order()
    print(nested())
    print("indirect:", fmt_v(indirect()))
    print("no panic:", fmt_v(recover()))

    def f(df2):
        df2.defer(lambda: print("error value:", recover().Error()))
        raise GoPanic(GoError("custom"))

    DeferFrame().run(f)

    def d():
        r = recover()
        print("main recovered", fmt_v(r))
        raise GoPanic(r)

    df.defer(d)
    raise GoPanic("final")


def main():
    DeferFrame().run(main_body)


if __name__ == "__main__":
    run_main(main)
