"""Binary trees, written by hand in idiomatic Python (the baseline for binarytrees.go)."""


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def bottom_up(depth):
    if depth <= 0:
        return Node()
    return Node(bottom_up(depth - 1), bottom_up(depth - 1))


def main():
    min_depth, max_depth = 4, 14
    stretch = max_depth + 1
    print(f"stretch tree of depth {stretch}\t check: {bottom_up(stretch).check()}")
    long = bottom_up(max_depth)
    for d in range(min_depth, max_depth + 1, 2):
        iters = 1 << (max_depth - d + min_depth)
        check = sum(bottom_up(d).check() for _ in range(iters))
        print(f"{iters}\t trees of depth {d}\t check: {check}")
    print(f"long lived tree of depth {max_depth}\t check: {long.check()}")


main()
