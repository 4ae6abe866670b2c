from go2py.runtime import run_main
from go2py.runtime.std import time

__go2py_preemptible__ = True

MaxInt64 = (1 << 63) - 1
MinInt64 = -(1 << 63)


def main():
    D = time.Duration
    ds = [
        0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 100 * time.Millisecond,
        time.Second, 1500 * time.Millisecond, 59 * time.Second, time.Minute, 90 * time.Second,
        time.Hour, 2 * time.Hour, 25 * time.Hour + 30 * time.Second + 5 * time.Millisecond,
        -1, -1500 * time.Millisecond, -2 * time.Hour, MaxInt64, MinInt64,
        time.Hour + time.Nanosecond, 3 * time.Microsecond + 7,
    ]
    for d in map(D, ds):
        print(d.String(), d.Nanoseconds(), d.Microseconds(), d.Milliseconds())
        print(f"{d.Seconds():.6f} {d.Minutes():.6f} {d.Hours():.9f}")
    d = 1234567891 * time.Nanosecond
    for m in [D(0), time.Microsecond, time.Millisecond, time.Second, time.Minute, 7 * time.Millisecond]:
        print(d.Truncate(m), d.Round(m), (-d).Truncate(m), (-d).Round(m))
    print(D(MinInt64).Abs(), (-d).Abs())
    x = D(MaxInt64)
    x += 1
    print(x)
    print(d // time.Millisecond, d % time.Millisecond, (-d) // time.Millisecond, (-d) % time.Millisecond)


if __name__ == "__main__":
    run_main(main)
