"""No false errors: standard packages of the Go toolchain, checked from source.

The packages are loaded from `$(go env GOROOT)/src` with their dependencies (runtime and
internal packages included), each checked against the others as `go build` would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from go2py.check.srcimporter import SourceImporter

PACKAGES = ["container/list", "container/ring", "container/heap", "unicode/utf8", "sort", "strings",
            "strconv", "errors", "math/bits", "bytes"]


@pytest.fixture(scope="module")
def importer(goroot: Path) -> SourceImporter:
    return SourceImporter([goroot / "src"])


@pytest.mark.parametrize("path", PACKAGES)
def test_package_checks_without_errors(importer: SourceImporter, path: str) -> None:
    pkg = importer.import_package(path, None)  # type: ignore[arg-type]
    assert pkg is not None and pkg.scope.names, f"{path} was not loaded"
    errors = [e.format() for errs in importer.errors.values() for e in errs]
    assert errors == []


def test_dependencies_were_checked_too(importer: SourceImporter) -> None:
    importer.import_package("strings", None)  # type: ignore[arg-type]
    assert {"runtime", "internal/abi", "unicode", "sync"} <= set(importer.packages)
