"""Word count, written by hand in idiomatic Python (the baseline for wordcount.go)."""

from collections import Counter


def main():
    syllables = ["ka", "fe", "lo", "ri", "mu", "sa", "te", "no", "pi", "gu"]
    seed = 42

    def next_():
        nonlocal seed
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        return seed >> 16

    parts = []
    for _ in range(200000):
        n = 1 + next_() % 3
        for _ in range(n):
            parts.append(syllables[next_() % len(syllables)])
        parts.append("\n" if next_() % 7 == 0 else " ")
    text = "".join(parts)
    counts = Counter(w[:1].upper() + w[1:] for line in text.split("\n") for w in line.split())
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(len(counts), "distinct words")
    for word, n in top[:10]:
        print(f"{word:<8} {n}")


main()
