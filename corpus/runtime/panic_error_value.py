from go2py.runtime import DeferFrame, GoError, GoPanic, recover, run_main


def body(df):
    def d():
        raise GoPanic(recover())

    df.defer(d)
    raise GoPanic(GoError("disk on fire"))


def main():
    DeferFrame().run(body)


if __name__ == "__main__":
    run_main(main)
