from go2py.runtime import DeferFrame, recover, run_main
from go2py.runtime.std import sync


def main():
    wg = sync.WaitGroup()

    def f(df):
        df.defer(lambda: print("recovered:", recover().Error()))
        wg.Done()

    DeferFrame().run(f)
    wg.Add(-1)


if __name__ == "__main__":
    run_main(main)
