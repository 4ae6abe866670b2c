from go2py.runtime import Chan, go, run_main

__go2py_preemptible__ = True


def main():
    ping, pong = Chan(zero=0), Chan(zero=0)

    def worker():
        for v in ping:
            pong.send(v * 2)
        pong.close()

    go(worker)
    for i in range(5):
        ping.send(i)
        print("got", pong.recv())
    ping.close()
    v, ok = pong.recv2()
    print(v, "true" if ok else "false")


if __name__ == "__main__":
    run_main(main)
