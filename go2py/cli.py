"""The go2py command, shaped after the `go` command.

    go2py FILE.go [-o FILE.py]     translate to Python
    go2py run FILE.go [args...]    translate and run, like `go run`
    go2py check FILE.go            report errors as the Go compiler does
    go2py parse [--dump] PATH...   syntax check, like `gofmt -l -e`
    go2py kafka [topics|create|delete|reset]   inspect the Kafka store of translated programs
    go2py --version

Exit status: 0 on success, 1 for errors in the Go input, 2 for bad usage or an
unavailable feature, 3 for an internal error (a bug in go2py).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from typing import TYPE_CHECKING, Callable, Sequence

from go2py import __version__

if TYPE_CHECKING:
    from go2py.grammar.ast import File
    from go2py.snippet import Snippet

# The front end is imported where a command needs it: `go2py run` of a program translated
# before starts it without loading the parser.

EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3

SUBCOMMANDS = ("run", "check", "parse", "build", "kafka")


class UsageError(Exception):
    pass


def _err(msg: str) -> None:
    sys.stderr.write(msg.rstrip("\n") + "\n")
    sys.stderr.flush()


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise UsageError(f"open {path}: no such file or directory")
    except IsADirectoryError:
        raise UsageError(f"read {path}: is a directory")
    except PermissionError:
        raise UsageError(f"open {path}: permission denied")
    except OSError as e:
        raise UsageError(f"open {path}: {e.strerror or e}")


def go_files(paths: Sequence[str]) -> list[str]:
    """The .go files named, with directories searched recursively as gofmt does."""
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                out.extend(os.path.join(root, f) for f in sorted(files) if f.endswith(".go"))
        else:
            out.append(p)
    return out


def cmd_parse(args: argparse.Namespace) -> int:
    from go2py.grammar import ParseError, parse_file
    from go2py.grammar.ast import dump

    status = 0
    for path in go_files(args.paths):
        try:
            f = parse_file(path, _read(path))
        except ParseError as e:
            _err(e.format())
            status = EXIT_INPUT
            continue
        except UsageError as e:
            _err(f"go2py: {e}")
            status = EXIT_INPUT
            continue
        if args.dump:
            sys.stdout.write(dump(f) + "\n")
    return status


def _parse_one(path: str) -> File:
    from go2py.grammar import parse_file

    return parse_file(path, _read(path))


def load_package(path: str) -> tuple[list[File], "Snippet | None"]:
    """The files of the program named on the command line: a .go file, a snippet, or a
    directory holding one package (its non-test files selected as `go build` would)."""
    from go2py.check.importer import package_names
    from go2py.grammar import ParseError, parse_file
    from go2py.snippet import is_snippet, parse_snippet

    if os.path.isdir(path):
        from go2py.check.srcimporter import file_selected
        from pathlib import Path

        files = []
        errors: list[str] = []
        for name in sorted(os.listdir(path)):
            p = Path(path) / name
            if not p.is_file() or not name.endswith(".go"):
                continue
            data = _read(str(p))
            if not file_selected(p, data.decode("utf-8", "replace")):
                continue
            try:
                files.append(parse_file(str(p), data))
            except ParseError as e:
                errors.append(e.format())
        if errors:
            raise _Reported("\n".join(errors))
        if not files:
            raise UsageError(f"no Go files in {path}")
        names = {f.package.name for f in files}
        if len(names) > 1:
            raise UsageError(f"found packages {', '.join(sorted(names))} in {path}")
        return files, None
    data = _read(path)
    text = data.decode("utf-8", "surrogateescape")
    if is_snippet(text):
        snip = parse_snippet(path, data, package_names())
        return [snip.file], snip
    return [parse_file(path, data)], None


class _Reported(Exception):
    """Errors already formatted for the user."""


def cmd_check(args: argparse.Namespace) -> int:
    from go2py.check import check_files, format_errors
    from go2py.check.importer import StdImporter
    from go2py.grammar import ParseError

    try:
        files, snip = load_package(args.file)
    except ParseError as e:
        _err(e.format())
        return EXIT_INPUT
    except _Reported as e:
        _err(str(e))
        return EXIT_INPUT
    result = check_files(files, StdImporter(), snippet=snip is not None)
    errors = result.errors
    if snip is not None:
        for e in errors:
            e.line, e.col = snip.fix(e.line, e.col)
        errors.sort(key=lambda e: (e.line, e.col))  # stable: the checker's order within a line
    if errors:
        _err(format_errors(errors))
        return EXIT_INPUT
    return 0


def _translate(path: str, fmt: bool = True, with_positions: bool = False) -> str | None:
    """The Python translation of the program at path, or None after reporting errors."""
    from go2py.check import check_files, format_errors
    from go2py.check.importer import StdImporter
    from go2py.grammar import ParseError
    from go2py.translate import TranslateError, translate

    try:
        files, snip = load_package(path)
    except ParseError as e:
        _err(e.format())
        return None
    except _Reported as e:
        _err(str(e))
        return None
    result = check_files(files, StdImporter(), snippet=snip is not None)
    if snip is not None:
        for e in result.errors:
            e.line, e.col = snip.fix(e.line, e.col)
        result.errors.sort(key=lambda e: (e.line, e.col))
    if result.errors:
        _err(format_errors(result.errors))
        return None
    try:
        return translate(files, result, format=fmt, with_positions=with_positions)
    except TranslateError as e:
        if snip is not None:
            e.line, e.col = snip.fix(e.line, e.col)
        _err(e.format())
        return None


def cmd_translate(args: argparse.Namespace) -> int:
    src = _translate(args.file, not args.no_format)
    if src is None:
        return EXIT_INPUT
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(src)
    else:
        sys.stdout.write(src)
    return 0


def _run_dir() -> str:
    import tempfile

    base = os.environ.get("GO2PY_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "go2py")
    d = os.path.join(base, "run")
    try:
        os.makedirs(d, exist_ok=True)
    except OSError:
        d = tempfile.mkdtemp(prefix="go2py-run-")
    return d


def _run_key(path: str) -> str | None:
    """A name for the translation of the program at path by this go2py, like the go command's
    build cache key: the Go files' names and contents, and go2py's own files (names, sizes,
    modification times). None when the files cannot be read (the translation says why)."""
    import hashlib

    h = hashlib.sha256(__version__.encode())
    here = os.path.dirname(os.path.abspath(__file__))
    for root, dirs, names in os.walk(here):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for n in sorted(names):
            if n.endswith((".py", ".lark", ".go", ".c", ".so")):
                f = os.path.join(root, n)
                st = os.stat(f)
                h.update(f"{os.path.relpath(f, here)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    try:
        files = ([os.path.join(path, n) for n in sorted(os.listdir(path)) if n.endswith(".go")]
                 if os.path.isdir(path) else [path])
        for f in files:
            with open(f, "rb") as fh:
                data = fh.read()
            h.update(f"{os.path.abspath(f)}:{len(data)}\n".encode())
            h.update(data)
    except OSError:
        return None
    return h.hexdigest()[:20]


def cmd_run(args: argparse.Namespace) -> int:
    # A program translated before by this go2py runs at once, as `go run` reuses its builds.
    # The script is named as `go run` names its executable (the file's name less .go, or the
    # directory's), so os.Args[0] and flag's "Usage of" end as in Go.
    name = os.path.splitext(os.path.basename(os.path.abspath(args.file)))[0] or "main"
    key = _run_key(args.file)
    path = os.path.join(_run_dir(), key, name) if key else None
    if path is None or not os.path.exists(path):
        src = _translate(args.file, fmt=False, with_positions=True)
        if src is None:
            return EXIT_INPUT
        if path is None:
            import hashlib

            path = os.path.join(_run_dir(), hashlib.sha256(src.encode()).hexdigest()[:20], name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = path + f".{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(src)
        os.replace(tmp, path)
    sys.stdout.flush()
    sys.stderr.flush()
    # Like `go run`: the program's own exit status, arguments after the file.
    os.execv(sys.executable, [sys.executable, path, *args.args])
    return 0  # not reached


def cmd_build(args: argparse.Namespace) -> int:
    src = _translate(args.file)
    if src is None:
        return EXIT_INPUT
    out = args.output or os.path.splitext(os.path.basename(args.file.rstrip("/")))[0] + ".py"
    with open(out, "w", encoding="utf-8") as f:
        f.write(src)
    return 0


def cmd_kafka(args: argparse.Namespace) -> int:
    """The Kafka store of translated programs: the embedded one, or GO2PY_KAFKA_BROKERS'."""
    from go2py.runtime.kafka import backend as kb

    try:
        be = kb.get()
        if args.action == "create":
            be.create_topic(args.topic, args.partitions)
        elif args.action == "delete":
            be.delete_topic(args.topic)
        elif args.action == "reset":
            if not hasattr(be, "reset"):
                raise UsageError("reset applies to the embedded store only (unset GO2PY_KAFKA_BROKERS)")
            be.reset()
            sys.stdout.write(f"emptied {be.path}\n")
        else:
            where = getattr(be, "path", None) or ",".join(kb.brokers())
            sys.stdout.write(f"store: {where}\n")
            for t in be.topics():
                for p in range(be.partitions(t, False)):
                    lo, hi = be.watermarks(t, p)
                    sys.stdout.write(f"topic {t} partition {p} oldest {lo} newest {hi}\n")
            for g, t, p, off in getattr(be, "group_offsets", lambda: [])():
                sys.stdout.write(f"group {g} topic {t} partition {p} committed {off}\n")
    except kb.KafkaFailure as e:
        _err(f"go2py kafka: {e.kind.replace('_', ' ')}: {e.detail}")
        return EXIT_INPUT
    return 0


def _parser() -> dict[str, argparse.ArgumentParser]:
    prog = "go2py"
    parsers: dict[str, argparse.ArgumentParser] = {}
    p = argparse.ArgumentParser(prog=prog, description="Translate a Go file to Python.")
    p.add_argument("file", help="a .go file")
    p.add_argument("-o", dest="output", help="write the Python to this file")
    p.add_argument("--no-format", action="store_true", help="skip black formatting")
    parsers["translate"] = p
    p = argparse.ArgumentParser(prog=f"{prog} run", description="Translate and run a Go program.")
    p.add_argument("file")
    p.add_argument("args", nargs=argparse.REMAINDER)
    parsers["run"] = p
    p = argparse.ArgumentParser(prog=f"{prog} build", description="Translate a program to a .py file.")
    p.add_argument("file")
    p.add_argument("-o", dest="output")
    parsers["build"] = p
    p = argparse.ArgumentParser(prog=f"{prog} check", description="Report errors like the Go compiler.")
    p.add_argument("file")
    parsers["check"] = p
    p = argparse.ArgumentParser(
        prog=f"{prog} parse",
        description="Check syntax like `gofmt -l -e`: silent when every file parses.",
    )
    p.add_argument("--dump", action="store_true", help="print the syntax tree")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".go files or directories")
    parsers["parse"] = p
    p = argparse.ArgumentParser(prog=f"{prog} kafka", description="Inspect or change the Kafka store "
                                "of translated programs (GO2PY_KAFKA_DIR, or GO2PY_KAFKA_BROKERS).")
    sub = p.add_subparsers(dest="action")
    sub.add_parser("topics", help="list topics, partitions, offsets and committed group offsets")
    c = sub.add_parser("create", help="create a topic")
    c.add_argument("topic")
    c.add_argument("-p", "--partitions", type=int, default=1)
    c = sub.add_parser("delete", help="delete a topic with its messages and offsets")
    c.add_argument("topic")
    sub.add_parser("reset", help="empty the embedded store")
    parsers["kafka"] = p
    return parsers


USAGE = """usage: go2py FILE.go [-o FILE.py] [--no-format]
       go2py run FILE.go [arguments...]
       go2py build FILE.go [-o FILE.py]
       go2py check FILE.go
       go2py parse [--dump] PATH...
       go2py kafka [topics | create TOPIC [-p N] | delete TOPIC | reset]
       go2py --version
"""


def _dispatch(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        sys.stdout.write(USAGE)
        return 0 if argv else EXIT_USAGE
    if argv[0] == "--version":
        sys.stdout.write(f"go2py {__version__}\n")
        return 0
    parsers = _parser()
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "translate": cmd_translate,
        "run": cmd_run,
        "build": cmd_build,
        "check": cmd_check,
        "parse": cmd_parse,
        "kafka": cmd_kafka,
    }
    name = argv[0] if argv[0] in SUBCOMMANDS else "translate"
    rest = argv[1:] if name != "translate" else argv
    args = parsers[name].parse_args(rest)
    return commands[name](args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; runs on a thread with a large stack so deep Go nesting cannot overflow."""
    argv = list(sys.argv[1:] if argv is None else argv)
    result: list[int] = [EXIT_INTERNAL]

    def target() -> None:
        try:
            result[0] = _dispatch(argv)
        except UsageError as e:
            _err(f"go2py: {e}")
            result[0] = EXIT_INPUT
        except SystemExit as e:  # argparse
            result[0] = e.code if isinstance(e.code, int) else EXIT_USAGE
        except KeyboardInterrupt:
            result[0] = 130
        except RecursionError:
            _err("go2py: input nested too deeply")
            result[0] = EXIT_INPUT
        except BaseException as e:  # noqa: BLE001 - every failure must end in a message
            if os.environ.get("GO2PY_TRACEBACK"):
                import traceback

                traceback.print_exc()
            _err(f"go2py: internal error: {type(e).__name__}: {e}\n"
                 "This is a bug in go2py; please report it with the input that caused it.")
            result[0] = EXIT_INTERNAL

    sys.setrecursionlimit(100_000)
    threading.stack_size(512 * 1024 * 1024)
    t = threading.Thread(target=target, name="go2py")
    t.start()
    t.join()
    sys.stdout.flush()
    return result[0]


if __name__ == "__main__":
    sys.exit(main())
