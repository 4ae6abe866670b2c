from go2py.runtime import Chan, DeferFrame, go, run_main
from go2py.runtime.std import sync

__go2py_preemptible__ = True


def main():
    jobs = Chan(100, zero=0)
    results = Chan(zero="")
    wg = sync.WaitGroup()
    for w in range(1, 5):
        wg.Add(1)

        def worker(df, wid):
            df.defer(wg.Done)
            for j in jobs:
                results.send(f"job {j:02d} squared {j * j}")

        go(lambda wid=w: DeferFrame().run(worker, wid))
    for j in range(1, 13):
        jobs.send(j)
    jobs.close()

    def closer():
        wg.Wait()
        results.close()

    go(closer)
    all_ = [r for r in results]
    all_.sort()
    for r in all_:
        print(r)
    print(len(all_), "results")


if __name__ == "__main__":
    run_main(main)
