from go2py.runtime import Chan, go, run_main

__go2py_preemptible__ = True


def gen(n):
    out = Chan(zero=0)

    def body():
        for i in range(1, n + 1):
            out.send(i)
        out.close()

    go(body)
    return out


def sq(inp):
    out = Chan(2, zero=0)

    def body():
        for v in inp:
            out.send(v * v)
        out.close()

    go(body)
    return out


def main():
    total = 0
    for v in sq(sq(gen(6))):
        print(v)
        total += v
    print("sum", total)


if __name__ == "__main__":
    run_main(main)
