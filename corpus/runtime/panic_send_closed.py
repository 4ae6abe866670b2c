from go2py.runtime import Chan, go, run_main
from go2py.runtime.std import time


def main():
    c = Chan(zero=0)

    def closer():
        time.Sleep(5 * time.Millisecond)
        c.close()

    go(closer)
    c.send(1)


if __name__ == "__main__":
    run_main(main)
