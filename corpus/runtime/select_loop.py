from go2py.runtime import RECV, Chan, go, run_main, select
from go2py.runtime.std import time

__go2py_preemptible__ = True


def main():
    data = Chan(zero=0)
    quit = Chan(zero=None)
    results = Chan(10, zero="")

    def summer():
        total = 0
        while True:
            i, v, _ = select(((data, RECV), (quit, RECV)))
            if i == 0:
                total += v
            else:
                results.send(f"sum {total}")
                results.close()
                return

    go(summer)
    for i in range(1, 11):
        data.send(i)
    quit.close()
    for r in results:
        print(r)

    buf = Chan(2, zero=0)
    dropped = 0
    for i in range(5):
        k, _, _ = select(((buf, i),), default=True)
        if k < 0:
            dropped += 1
    print("kept", len(buf), "dropped", dropped)

    start = Chan(zero=None)
    done = Chan(3, zero=0)
    for i in range(3):
        def waiter(wid):
            start.recv()
            done.send(wid)

        go(waiter, i)
    start.close()
    total = 0
    for _ in range(3):
        total += done.recv()
    print("woken ids sum", total)

    slow = Chan(zero=0)

    def sender():
        time.Sleep(30 * time.Millisecond)
        slow.send(42)

    go(sender)
    timeouts = 0
    while True:
        k, v, _ = select(((slow, RECV), (time.After(5 * time.Millisecond), RECV)))
        if k == 0:
            print("got", v, "after timeouts:", "true" if timeouts > 0 else "false")
            return
        timeouts += 1


if __name__ == "__main__":
    run_main(main)
