from go2py.runtime import go, run_main, select
from go2py.runtime.std import sync

__go2py_preemptible__ = True


def main():
    wg = sync.WaitGroup()
    wg.Add(1)

    def body():
        print("worker done")
        wg.Done()

    go(body)
    wg.Wait()
    print("waiting forever")
    select(())


if __name__ == "__main__":
    run_main(main)
