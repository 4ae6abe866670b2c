"""Spectral norm, written by hand in idiomatic Python (the baseline for spectralnorm.go)."""

import math


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def multiply_av(v):
    n = len(v)
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def multiply_atv(v):
    n = len(v)
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def multiply_atav(v):
    return multiply_atv(multiply_av(v))


def main():
    n = 200
    u = [1.0] * n
    for _ in range(10):
        v = multiply_atav(u)
        u = multiply_atav(v)
    vbv = sum(ui * vi for ui, vi in zip(u, v))
    vv = sum(vi * vi for vi in v)
    print(f"{math.sqrt(vbv / vv):0.9f}")


main()
