from go2py.runtime import DeferFrame, GoPanic, RuntimeError_, recover, run_main


def body(df):
    def d():
        r = recover()
        print("recovered:", r.Error())
        raise GoPanic("again: " + r.Error())

    df.defer(d)
    a = [1, 2, 3]
    i = 5
    if i >= len(a):  # the translator's bounds check
        raise GoPanic(RuntimeError_(f"index out of range [{i}] with length {len(a)}"))
    print(a[i])


def main():
    DeferFrame().run(body)


if __name__ == "__main__":
    run_main(main)
