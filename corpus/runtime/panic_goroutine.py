from go2py.runtime import DeferFrame, GoPanic, go, run_main
from go2py.runtime.std import time

__go2py_preemptible__ = True


def main():
    print("start")

    def body(df):
        df.defer(print, "deferred in goroutine")
        raise GoPanic("boom")

    go(DeferFrame().run, body)
    time.Sleep(time.Second)
    print("not reached")


if __name__ == "__main__":
    run_main(main)
