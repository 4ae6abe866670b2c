from go2py.runtime import GoPanic, run_main, with_defers


def d():
    raise GoPanic("second")


@with_defers
def main(df):
    df.defer(d)
    raise GoPanic("first")


if __name__ == "__main__":
    run_main(main)
