from go2py.runtime import Chan, go, run_main

__go2py_preemptible__ = True


def main():
    c = Chan(zero=0)

    def body():
        v = c.recv()
        print("never", v)

    go(body)
    print("before")
    m = Chan(zero=0)
    m.send(1)


if __name__ == "__main__":
    run_main(main)
