from go2py.runtime import go, run_main, select
from go2py.runtime.std import time


def main():
    for _ in range(3):
        def body():
            time.Sleep(time.Hour)
            print("never")

        go(body)
    go(select, ())
    print("main returns while goroutines still run")


if __name__ == "__main__":
    run_main(main)
