from go2py.runtime import exit, go, run_main, with_defers
from go2py.runtime.std import time


@with_defers
def main(df):
    df.defer(print, "not printed: os.Exit skips deferred calls")

    def spin():
        while True:
            time.Sleep(time.Millisecond)

    go(spin)
    print("exiting with 3")
    exit(3)


if __name__ == "__main__":
    run_main(main)
