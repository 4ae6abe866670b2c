"""The prime sieve, written by hand in idiomatic Python (the baseline for sieve.go): the same
daisy chain of filters, as generators instead of goroutines and channels."""

import itertools


def filtered(source, prime):
    return (i for i in source if i % prime)


def main():
    source = itertools.count(2)
    total = 0
    for i in range(800):
        prime = next(source)
        total += prime
        if i % 200 == 199:
            print(i + 1, prime)
        source = filtered(source, prime)
    print("sum", total)


main()
