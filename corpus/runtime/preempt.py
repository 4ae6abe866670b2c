from go2py.runtime import GOMAXPROCS, Chan, Gosched, NumGoroutine, go, run_main
from go2py.runtime.std import sync_atomic as atomic
from go2py.runtime.std import time

__go2py_preemptible__ = True


def main():
    print(NumGoroutine(), "true" if GOMAXPROCS(0) > 0 else "false")
    done = atomic.Bool()

    def setter():
        time.Sleep(20 * time.Millisecond)
        done.Store(True)

    go(setter)
    n = 0
    while not done.Load():
        n += 1
    print("tight loop was preempted:", "true" if n > 0 else "false")
    stop = atomic.Bool()
    c = Chan(zero=0)

    def spinner():
        i = 0
        while not stop.Load():
            i += 1
        c.send(1)

    go(spinner)
    Gosched()
    time.Sleep(5 * time.Millisecond)
    stop.Store(True)
    c.recv()
    print("spinning goroutine did not block main")


if __name__ == "__main__":
    run_main(main)
