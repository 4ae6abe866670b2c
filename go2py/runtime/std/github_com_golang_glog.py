"""The package github.com/golang/glog: leveled logging with glog's line format.

Each message is written to standard error as one line::

    I1128 12:00:00.000000   12345 main.go:42] message

severity letter (I, W, E, F), month and day, local time with microseconds,
the process id right-aligned in 7 columns, the source position, ``] `` and the
message (``fmt.Sprint``/``Sprintf``/``Sprintln`` of the arguments, a newline
added when missing).

Differences from glog, because a translated program runs as Python:

* There are no log files: messages go to standard error.  By default every
  message is written; when ``-stderrthreshold`` is given on the command line
  (and neither ``-logtostderr`` nor ``-alsologtostderr`` is set) messages
  below that severity are dropped, as glog would write them only to files.
  ``-log_dir``, ``-vmodule`` and ``-log_backtrace_at`` are accepted and ignored.
* The source position is the Go file and line of the call (or of the caller
  ``depth`` frames up for the ``*Depth`` functions), from the table the
  translator writes into programs that import glog (see runtime/callers.py).
* ``Fatal*`` write the message and exit with status 255 without glog's dump of
  the goroutine stacks; ``Exit*`` exit with status 1.

The flags (``-v``, ``-logtostderr``, ``-alsologtostderr``,
``-stderrthreshold``, ``-log_dir``, ``-vmodule``, ``-log_backtrace_at``) are
registered on ``flag.CommandLine`` when this module is imported, and read at
each call, so they take effect once the program calls ``flag.Parse()``.
"""

from __future__ import annotations

import os as _pyos
import re as _re
import time as _time
from typing import Any

from go2py.runtime import callers as _callers
from go2py.runtime import exit as _exit
from go2py.runtime.cell import Cell as _Cell
from go2py.runtime.panic import GoPanic as _GoPanic
from go2py.runtime.std import flag as _flag
from go2py.runtime.std import fmt as _fmt
from go2py.runtime.std import log as _log
from go2py.runtime.std import strconv as _strconv
from go2py.runtime.values import str_bytes as _str_bytes

__all__ = ["Level", "Verbose", "V", "Flush", "CopyStandardLogTo",
           "Info", "Infof", "Infoln", "InfoDepth", "Warning_", "Warningf", "Warningln", "WarningDepth",
           "Error", "Errorf", "Errorln", "ErrorDepth", "Fatal", "Fatalf", "Fatalln", "FatalDepth",
           "Exit", "Exitf", "Exitln", "ExitDepth"]

_INFO, _WARNING, _ERROR, _FATAL = 0, 1, 2, 3
_NAMES = ["INFO", "WARNING", "ERROR", "FATAL"]
_LETTERS = "IWEF"


def _int32(v: int) -> int:
    return (v + (1 << 31)) % (1 << 32) - (1 << 31)


def _level_of(l: Any) -> int:
    """The value of a Level, or of the Level a *Level points to."""
    return int(l) if isinstance(l, int) else int(l.get())


class Level(int):
    """glog.Level: a verbosity level (also the -v flag's value type). Its methods have
    pointer receivers in glog, so they get the pointer (a cell) to a variable's Level."""

    __ptr_methods__ = ("Get", "Set", "String")

    def Get(self) -> Any:
        return Level(_level_of(self))

    def String(self) -> str:
        return str(_level_of(self))

    def Set(self, value: str) -> Any:
        """glog's: strconv.Atoi's value as an int32, or Atoi's error (the -v flag's own
        Level is _LevelFlag, whose Set sets the verbosity)."""
        v, err = _strconv.Atoi(value)
        if err is not None:
            return err
        self.set(Level(_int32(v)))
        return None


class _LevelFlag:
    """The -v flag: *glog.Level as a flag.Value."""

    def __init__(self) -> None:
        self.v = 0

    def Set(self, value: str) -> Any:
        v, err = _strconv.Atoi(value)
        if err is not None:
            return err
        self.v = _int32(v)
        return None

    def String(self) -> str:
        return str(self.v)

    def Get(self) -> Any:
        return Level(self.v)


class _SeverityFlag:
    """The -stderrthreshold flag: a severity name or number."""

    def __init__(self, v: int = _INFO) -> None:
        self.v = v

    def Set(self, value: str) -> Any:
        up = value.upper()
        if up in _NAMES:
            self.v = _NAMES.index(up)
            return None
        # glog's: not a name, then a number (strconv.Atoi's error), within INFO..FATAL
        v, err = _strconv.Atoi(value)
        if err is not None:
            return err
        if not _INFO <= v <= _FATAL:
            return _fmt.Errorf("Severity %d out of range (min %d, max %d).", v, _INFO, _FATAL)
        self.v = v
        return None

    def String(self) -> str:
        return _NAMES[self.v]


_verbosity = _LevelFlag()
_threshold = _SeverityFlag(_ERROR)
_to_stderr = _Cell(False)
_also_to_stderr = _Cell(False)


def _register() -> None:
    cl = _flag.CommandLine
    if cl.Lookup("logtostderr") is not None:
        return
    cl.BoolVar(_to_stderr, "logtostderr", False, "log to standard error instead of files")
    cl.BoolVar(_also_to_stderr, "alsologtostderr", False, "log to standard error as well as files")
    cl.Var(_verbosity, "v", "log level for V logs")
    cl.Var(_threshold, "stderrthreshold", "logs at or above this threshold go to stderr")
    cl.String("log_dir", "", "If non-empty, write log files in this directory")
    cl.String("vmodule", "", "comma-separated list of pattern=N settings for file-filtered logging")
    cl.String("log_backtrace_at", "", "when logging hits line file:N, emit a stack trace")


_register()


def _header(sev: int, depth: int, where: str = "") -> str:
    now = _time.time_ns()
    secs, ns = divmod(now, 1_000_000_000)
    t = _time.localtime(secs)
    if not where:
        f = _callers.caller(depth)
        where = f"{_pyos.path.basename(f.file)}:{f.line}" if f is not None else "???:1"
    return "%s%02d%02d %02d:%02d:%02d.%06d %7d %s] " % (
        _LETTERS[sev], t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, ns // 1000, _pyos.getpid(), where)


def _wanted(sev: int) -> bool:
    if _to_stderr.v or _also_to_stderr.v:
        return True
    if "stderrthreshold" not in _flag.CommandLine.actual:
        return True
    return sev >= _threshold.v


def _output(sev: int, msg: str, depth: int = 0, where: str = "") -> None:
    """Write one message. Its header names `where` (file:line), or the Go caller `depth`
    frames up from the program's call into glog."""
    if not _wanted(sev) and sev < _FATAL:
        return
    line = _header(sev, depth, where) + msg
    if not line.endswith("\n"):
        line += "\n"
    data = memoryview(_str_bytes(line))
    while data:
        n = _pyos.write(2, data)
        data = data[n:]


def Flush() -> None:
    """Nothing is buffered: every message is written at once."""


# ----------------------------------------------------------------------------- V


class Verbose:
    """glog.Verbose: a boolean with logging methods that log only when true."""

    __slots__ = ("on",)

    def __init__(self, on: bool = False) -> None:
        self.on = bool(on)

    def __bool__(self) -> bool:
        return self.on

    def __eq__(self, other: object) -> bool:
        return bool(self) == bool(other)

    def __hash__(self) -> int:
        return hash(self.on)

    def __repr__(self) -> str:
        return f"Verbose({self.on})"

    def Info(self, *args: Any) -> None:
        if self.on:
            _output(_INFO, _fmt.Sprint(*args))

    def Infof(self, format: str, *args: Any) -> None:
        if self.on:
            _output(_INFO, _fmt.Sprintf(format, *args))

    def Infoln(self, *args: Any) -> None:
        if self.on:
            _output(_INFO, _fmt.Sprintln(*args))

    def InfoDepth(self, depth: int, *args: Any) -> None:
        if self.on:
            _output(_INFO, _fmt.Sprint(*args), depth)


def V(level: int) -> Verbose:
    return Verbose(_verbosity.v >= int(level))


# ----------------------------------------------------------------------------- the logging calls


def Info(*args: Any) -> None:
    _output(_INFO, _fmt.Sprint(*args))


def Infof(format: str, *args: Any) -> None:
    _output(_INFO, _fmt.Sprintf(format, *args))


def Infoln(*args: Any) -> None:
    _output(_INFO, _fmt.Sprintln(*args))


def InfoDepth(depth: int, *args: Any) -> None:
    _output(_INFO, _fmt.Sprint(*args), depth)


def Warning_(*args: Any) -> None:  # Warning: Python's name for a built-in
    _output(_WARNING, _fmt.Sprint(*args))


def Warningf(format: str, *args: Any) -> None:
    _output(_WARNING, _fmt.Sprintf(format, *args))


def Warningln(*args: Any) -> None:
    _output(_WARNING, _fmt.Sprintln(*args))


def WarningDepth(depth: int, *args: Any) -> None:
    _output(_WARNING, _fmt.Sprint(*args), depth)


def Error(*args: Any) -> None:
    _output(_ERROR, _fmt.Sprint(*args))


def Errorf(format: str, *args: Any) -> None:
    _output(_ERROR, _fmt.Sprintf(format, *args))


def Errorln(*args: Any) -> None:
    _output(_ERROR, _fmt.Sprintln(*args))


def ErrorDepth(depth: int, *args: Any) -> None:
    _output(_ERROR, _fmt.Sprint(*args), depth)


def _fatal(msg: str, code: int, depth: int = 0) -> None:
    _output(_FATAL, msg, depth)
    _exit(code)


def Fatal(*args: Any) -> None:
    _fatal(_fmt.Sprint(*args), 255)


def Fatalf(format: str, *args: Any) -> None:
    _fatal(_fmt.Sprintf(format, *args), 255)


def Fatalln(*args: Any) -> None:
    _fatal(_fmt.Sprintln(*args), 255)


def FatalDepth(depth: int, *args: Any) -> None:
    _fatal(_fmt.Sprint(*args), 255, depth)


def Exit(*args: Any) -> None:
    _fatal(_fmt.Sprint(*args), 1)


def Exitf(format: str, *args: Any) -> None:
    _fatal(_fmt.Sprintf(format, *args), 1)


def Exitln(*args: Any) -> None:
    _fatal(_fmt.Sprintln(*args), 1)


def ExitDepth(depth: int, *args: Any) -> None:
    _fatal(_fmt.Sprint(*args), 1, depth)


# ----------------------------------------------------------------------------- CopyStandardLogTo


class _LogBridge:
    """The writer given to the standard logger by CopyStandardLogTo."""

    def __init__(self, sev: int) -> None:
        self.sev = sev

    def Write(self, b: Any) -> tuple[int, Any]:
        text = bytes(b).decode("utf-8", "surrogateescape")
        # The standard logger's header is "file.go:42: " (Lshortfile): glog names that
        # position in its own header.
        m = _re.match(r"([^:\n]+):(\d+): ", text)
        if m is None:
            _output(self.sev, text)
        else:
            _output(self.sev, text[m.end():], where=f"{m.group(1)}:{m.group(2)}")
        return len(b), None


def CopyStandardLogTo(name: str) -> None:
    """Sends the messages of Go's standard logger to glog at the severity name."""
    up = name.upper()
    if up not in _NAMES:
        raise _GoPanic(_fmt.Sprintf("log.CopyStandardLogTo(%q): unrecognized severity name", name))
    _log.SetFlags(_log.Lshortfile)
    _log.SetOutput(_LogBridge(_NAMES.index(up)))
