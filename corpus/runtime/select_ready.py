from go2py.runtime import RECV, Chan, go, run_main, select

__go2py_preemptible__ = True


def b2s(x):
    return "true" if x else "false"


def main():
    a = Chan(1, zero=0)
    b = Chan(1, zero=0)
    for i in range(4):
        if i % 2 == 0:
            a.send(i)
        else:
            b.send(i)
        k, v, _ = select(((a, RECV), (b, RECV)))
        print("a" if k == 0 else "b", v)
    k, v, _ = select(((a, RECV),), default=True)
    print("unexpected" if k == 0 else "default", *([v] if k == 0 else []))
    out = Chan(1, zero=0)
    k, v, _ = select(((out, 7), (a, RECV)))
    if k == 0:
        print("sent", out.recv())
    else:
        print("unexpected", v)
    a.close()
    k, v, ok = select(((a, RECV), (b, RECV)))
    if k == 0:
        print("closed", v, b2s(ok))
    else:
        print("unexpected", v)
    seen_a = seen_b = False
    i = 0
    while i < 200 and not (seen_a and seen_b):
        x = Chan(1, zero=0)
        y = Chan(1, zero=0)
        x.send(1)
        y.send(2)
        k, _, _ = select(((x, RECV), (y, RECV)))
        if k == 0:
            seen_a = True
        else:
            seen_b = True
        i += 1
    print("both chosen:", b2s(seen_a and seen_b))
    u = Chan(zero="")
    go(lambda: u.send("hello"))
    k, s, _ = select(((u, RECV),))
    print(s)


if __name__ == "__main__":
    run_main(main)
