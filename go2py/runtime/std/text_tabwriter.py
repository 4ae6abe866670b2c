"""Go's ``text/tabwriter``: elastic tabstops, with Go's algorithm and so Go's output.

Text is cut into cells at tabs (and vertical tabs, which end a cell without making it
"hard"); lines end at newlines and form-feeds. A column is a run of adjacent lines that
have a cell at that index which is not their last; its width is the widest of those cells
plus padding (at least minwidth), found column by column from the left, recursively, as
Go's ``format`` does. Text between Escape characters or inside HTML tags and entities
(``FilterHTML``) counts as one unit of width as in Go. A line of one cell, or a form-feed,
flushes what is buffered. What a flush formats is written in one call to the output.
"""

from __future__ import annotations

from typing import Any, Optional

from go2py.runtime.panic import GoPanic
from go2py.runtime.values import Slice

__all__ = ["Writer", "NewWriter", "FilterHTML", "StripEscape", "AlignRight", "DiscardEmptyColumns",
           "TabIndent", "Debug", "Escape"]

FilterHTML = 1
StripEscape = 2
AlignRight = 4
DiscardEmptyColumns = 8
TabIndent = 16
Debug = 32
Escape = 0xFF


def _rune_count(b: bytes) -> int:
    """utf8.RuneCount: each invalid byte counts as one rune."""
    return len(b.decode("utf-8", "surrogateescape"))


class _Cell:
    __slots__ = ("size", "width", "htab")

    def __init__(self) -> None:
        self.size = 0  # bytes
        self.width = 0  # runes
        self.htab = False  # ended by a tab (not a vertical tab)


class Writer:
    """*tabwriter.Writer."""

    __slots__ = ("output", "minwidth", "tabwidth", "padding", "padchar", "flags", "buf", "pos", "cell",
                 "end_char", "lines", "widths", "out")

    def __init__(self) -> None:
        self.output: Any = None
        self.minwidth = self.tabwidth = self.padding = self.flags = 0
        self.padchar = 0x20
        self._reset()

    def _reset(self) -> None:
        self.buf = bytearray()
        self.pos = 0
        self.cell = _Cell()
        self.end_char = 0
        self.lines: list[list[_Cell]] = [[]]
        self.widths: list[int] = []
        self.out = bytearray()

    def Init(self, output: Any, minwidth: int, tabwidth: int, padding: int, padchar: int, flags: int) -> "Writer":
        if minwidth < 0 or tabwidth < 0 or padding < 0:
            raise GoPanic("negative minwidth, tabwidth, or padding")
        self.output = output
        self.minwidth, self.tabwidth, self.padding = minwidth, tabwidth, padding
        self.padchar = padchar
        if padchar == 0x09:
            flags &= ~AlignRight  # tabs cannot align right
        self.flags = flags
        self._reset()
        return self

    # -------------------------------------------------------------- formatting

    def _padding(self, textw: int, cellw: int, use_tabs: bool) -> None:
        if self.padchar == 0x09 or use_tabs:
            if self.tabwidth == 0:
                return  # tabs have no width: no padding possible
            cellw = (cellw + self.tabwidth - 1) // self.tabwidth * self.tabwidth
            n = cellw - textw
            self.out += b"\t" * ((n + self.tabwidth - 1) // self.tabwidth)
            return
        self.out += bytes([self.padchar]) * (cellw - textw)

    def _write_lines(self, pos: int, line0: int, line1: int) -> int:
        buf, widths, out = self.buf, self.widths, self.out
        for i in range(line0, line1):
            line = self.lines[i]
            use_tabs = bool(self.flags & TabIndent)
            for j, c in enumerate(line):
                if j > 0 and self.flags & Debug:
                    out += b"|"
                if c.size == 0:
                    if j < len(widths):
                        self._padding(c.width, widths[j], use_tabs)
                else:
                    use_tabs = False
                    if not self.flags & AlignRight:
                        out += buf[pos:pos + c.size]
                        pos += c.size
                        if j < len(widths):
                            self._padding(c.width, widths[j], False)
                    else:
                        if j < len(widths):
                            self._padding(c.width, widths[j], False)
                        out += buf[pos:pos + c.size]
                        pos += c.size
            if i + 1 == len(self.lines):
                # the last, incomplete line: its pending text
                out += buf[pos:pos + self.cell.size]
                pos += self.cell.size
            else:
                out += b"\n"
        return pos

    def _format(self, pos: int, line0: int, line1: int) -> int:
        column = len(self.widths)
        this = line0
        while this < line1:
            line = self.lines[this]
            if column >= len(line) - 1:
                this += 1
                continue
            # A column block starts here: write what is before it, then size the column.
            pos = self._write_lines(pos, line0, this)
            line0 = this
            width = self.minwidth
            discardable = True
            while this < line1:
                line = self.lines[this]
                if column >= len(line) - 1:
                    break
                c = line[column]
                width = max(width, c.width + self.padding)
                if c.width > 0 or c.htab:
                    discardable = False
                this += 1
            if discardable and self.flags & DiscardEmptyColumns:
                width = 0
            self.widths.append(width)
            pos = self._format(pos, line0, this)
            self.widths.pop()
            line0 = this
        return self._write_lines(pos, line0, line1)

    # -------------------------------------------------------------- cells

    def _append(self, text: bytes) -> None:
        self.buf += text
        self.cell.size += len(text)

    def _update_width(self) -> None:
        self.cell.width += _rune_count(bytes(self.buf[self.pos:]))
        self.pos = len(self.buf)

    def _start_escape(self, ch: int) -> None:
        self.end_char = {Escape: Escape, 0x3C: 0x3E, 0x26: 0x3B}.get(ch, 0)

    def _end_escape(self) -> None:
        if self.end_char == Escape:
            self._update_width()
            if not self.flags & StripEscape:
                self.cell.width -= 2  # the Escape characters have no width
        elif self.end_char == 0x3B:
            self.cell.width += 1  # an entity is one character
        self.pos = len(self.buf)
        self.end_char = 0

    def _terminate_cell(self, htab: bool) -> int:
        self.cell.htab = htab
        line = self.lines[-1]
        line.append(self.cell)
        self.cell = _Cell()
        return len(line)

    def _flush_out(self) -> Optional[Any]:
        data, self.out = bytes(self.out), bytearray()
        if not data:
            return None
        n, err = self.output.Write(Slice(list(data)))
        if err is None and n != len(data):
            from go2py.runtime.std import io as _io

            err = _io.ErrShortWrite
        return err

    def _flush_lines(self) -> None:
        if self.cell.size > 0:
            if self.end_char:
                self._end_escape()
            self._terminate_cell(False)
        self._format(0, 0, len(self.lines))
        out = self.out
        self._reset()
        self.out = out

    def Flush(self) -> Any:
        self._flush_lines()
        err = self._flush_out()
        if err is not None:
            self._reset()
        return err

    def Write(self, p: Slice) -> tuple[int, Any]:
        data = bytes(p.a[p.off:p.off + p.len])
        n = 0
        for i, ch in enumerate(data):
            if self.end_char == 0:
                if ch in (0x09, 0x0B, 0x0A, 0x0C):  # \t \v \n \f
                    self._append(data[n:i])
                    self._update_width()
                    n = i + 1
                    ncells = self._terminate_cell(ch == 0x09)
                    if ch in (0x0A, 0x0C):
                        self.lines.append([])
                        if ch == 0x0C or ncells == 1:
                            # A line with one cell ends every column block: write out.
                            self._flush_lines()
                            if ch == 0x0C and self.flags & Debug:
                                self.out += b"---\n"
                            err = self._flush_out()
                            if err is not None:
                                return n, err
                elif ch == Escape:
                    self._append(data[n:i])
                    self._update_width()
                    n = i + 1 if self.flags & StripEscape else i
                    self._start_escape(Escape)
                elif ch in (0x3C, 0x26) and self.flags & FilterHTML:
                    self._append(data[n:i])
                    self._update_width()
                    n = i
                    self._start_escape(ch)
            elif ch == self.end_char:
                j = i if ch == Escape and self.flags & StripEscape else i + 1
                self._append(data[n:j])
                n = i + 1
                self._end_escape()
        self._append(data[n:])
        return len(data), None


def NewWriter(output: Any, minwidth: int, tabwidth: int, padding: int, padchar: int, flags: int) -> Writer:
    return Writer().Init(output, minwidth, tabwidth, padding, padchar, flags)
