"""Go's ChaCha8 generator (``internal/chacha8rand``), behind ``math/rand/v2.ChaCha8``.

Each refill runs the ChaCha8 block function on four blocks at once, counters c..c+3, and
Go reads the 16x4 words of the four blocks row by row (word j of blocks 0-3, then word
j+1) as 32 little-endian uint64s. Every fourth refill, the last four values of the buffer
are not handed out but become the next seed. Go serializes the state as its seed and the
count of values used since the last reseed; so do we, to the byte.
"""

from __future__ import annotations

_M32 = 0xFFFFFFFF
_CTR_INC = 4
_CTR_MAX = 16
_CHUNK = 32
_RESEED = 4
# "expand 32-byte k", as in ChaCha20.
_SIGMA = (0x61707865, 0x3320646E, 0x79622D32, 0x6B206574)


def _block(seed: list[int], counter: int) -> list[int]:
    """32 uint64s from four ChaCha8 blocks keyed by `seed` (4 uint64s)."""
    key = []
    for s in seed:
        key += (s & _M32, s >> 32)
    rows: list[list[int]] = [[0] * 4 for _ in range(16)]
    for i in range(4):
        x = [*_SIGMA, *key, (counter + i) & _M32, 0, 0, 0]
        for _ in range(4):  # 4 double rounds are ChaCha's 8 rounds
            for a, b, c, d in ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
                               (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)):
                xa, xb, xc, xd = x[a], x[b], x[c], x[d]
                xa = (xa + xb) & _M32
                xd ^= xa
                xd = ((xd << 16) | (xd >> 16)) & _M32
                xc = (xc + xd) & _M32
                xb ^= xc
                xb = ((xb << 12) | (xb >> 20)) & _M32
                xa = (xa + xb) & _M32
                xd ^= xa
                xd = ((xd << 8) | (xd >> 24)) & _M32
                xc = (xc + xd) & _M32
                xb ^= xc
                xb = ((xb << 7) | (xb >> 25)) & _M32
                x[a], x[b], x[c], x[d] = xa, xb, xc, xd
        # Only the key words are added back: the others carry no entropy.
        for j in range(16):
            rows[j][i] = (x[j] + key[j - 4]) & _M32 if 4 <= j < 12 else x[j]
    words = [w for row in rows for w in row]
    return [words[k] | (words[k + 1] << 32) for k in range(0, 64, 2)]


class State:
    """The generator's state: seed, buffer, counter, and the read position."""

    __slots__ = ("buf", "c", "i", "n", "seed")

    def __init__(self) -> None:
        self.buf: list[int] = [0] * _CHUNK
        self.seed = [0, 0, 0, 0]
        self.i = self.n = self.c = 0

    def init_bytes(self, seed: bytes) -> None:
        self.init64([int.from_bytes(seed[k : k + 8], "little") for k in range(0, 32, 8)])

    def init64(self, seed: list[int]) -> None:
        self.seed = list(seed)
        self.buf = _block(self.seed, 0)
        self.c = 0
        self.i = 0
        self.n = _CHUNK

    def uint64(self) -> int:
        if self.i >= self.n:
            self._refill()
        v = self.buf[self.i]
        self.i += 1
        return v

    def _refill(self) -> None:
        self.c += _CTR_INC
        if self.c == _CTR_MAX:
            # Reseeded just before the next block, so the serialized state stays small.
            self.seed = self.buf[_CHUNK - _RESEED :]
            self.c = 0
        self.buf = _block(self.seed, self.c)
        self.i = 0
        self.n = _CHUNK - _RESEED if self.c == _CTR_MAX - _CTR_INC else _CHUNK

    def marshal(self) -> bytes:
        used = (self.c // _CTR_INC) * _CHUNK + self.i
        return b"chacha8:" + used.to_bytes(8, "big") + b"".join(s.to_bytes(8, "little") for s in self.seed)

    def unmarshal(self, data: bytes) -> bool:
        if len(data) != 48 or data[:8] != b"chacha8:":
            return False
        used = int.from_bytes(data[8:16], "big")
        if used > (_CTR_MAX // _CTR_INC) * _CHUNK - _RESEED:
            return False
        self.seed = [int.from_bytes(data[k : k + 8], "little") for k in range(16, 48, 8)]
        self.c = _CTR_INC * (used // _CHUNK)
        self.buf = _block(self.seed, self.c)
        self.i = used % _CHUNK
        self.n = _CHUNK - _RESEED if self.c == _CTR_MAX - _CTR_INC else _CHUNK
        return True
