from go2py.runtime import DeferFrame, recover, run_main
from go2py.runtime.std import sync

__go2py_preemptible__ = True


def body(df):
    mu = sync.Mutex()
    df.defer(print, "deferred calls do not run on fatal errors")
    df.defer(lambda: print("recover:", recover()))
    mu.Lock()
    mu.Unlock()
    print("unlocking twice")
    mu.Unlock()


def main():
    DeferFrame().run(body)


if __name__ == "__main__":
    run_main(main)
