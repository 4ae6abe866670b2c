from go2py.runtime import Chan, DeferFrame, close, recover, run_main


def main():
    c = Chan(1, zero=0)
    c.close()

    def f1(df):
        df.defer(lambda: print("recovered:", recover().Error()))
        c.send(1)

    DeferFrame().run(f1)

    def f2(df):
        df.defer(lambda: print("recovered:", recover().Error()))
        n = None
        close(n)

    DeferFrame().run(f2)
    c.close()


if __name__ == "__main__":
    run_main(main)
