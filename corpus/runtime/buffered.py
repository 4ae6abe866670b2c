from go2py.runtime import RECV, Chan, chan_cap, chan_len, go, run_main, select

__go2py_preemptible__ = True


def main():
    c = Chan(3, zero="")
    print(len(c), c.cap)
    c.send("a")
    c.send("b")
    print(len(c), c.cap)
    print(c.recv())
    c.send("c")
    c.send("d")
    print(len(c))
    c.close()
    for v in c:
        print("range", v)
    v, ok = c.recv2()
    print(f'"{v}" {"true" if ok else "false"}')
    nilc = None
    print(chan_len(nilc), chan_cap(nilc))
    i, c2, _ = select(((nilc, RECV),), default=True)
    if i == 0:
        print("impossible", c2)
    else:
        print("nil channel never ready")
    done = Chan(zero=None)
    data = Chan(1, zero=0)

    def producer():
        for i in range(4):
            data.send(i)
        data.close()

    def consumer():
        s = 0
        for v in data:
            s += v
        print("sum", s)
        done.close()

    go(producer)
    go(consumer)
    done.recv()


if __name__ == "__main__":
    run_main(main)
