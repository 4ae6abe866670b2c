"""The processor counts Go's runtime reports at start: ``NumCPU`` from the CPU affinity mask,
and the default ``GOMAXPROCS`` (runtime/cgroup_linux.go, internal/runtime/cgroup): the affinity
count lowered to a CPU cgroup's average throughput limit, unless the ``GOMAXPROCS`` environment
variable names a positive number or ``GODEBUG=containermaxprocs=0`` turns the cgroup off."""

from __future__ import annotations

import math
import os
import re
from typing import Optional


def ncpu() -> int:
    """runtime.NumCPU: the CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_maxprocs(environ: bool = True) -> int:
    """GOMAXPROCS at start; SetDefaultGOMAXPROCS recomputes it without the environment."""
    if environ:
        n = _parse_int32(os.environ.get("GOMAXPROCS", ""))
        if n is not None and n > 0:
            return n
    procs = ncpu()
    if _godebug("containermaxprocs") == "0":
        return procs
    limit = cgroup_cpu_limit()
    if limit is not None:
        procs = min(procs, max(math.ceil(limit), 2))
    return procs


def _parse_int32(s: str) -> Optional[int]:
    # strconv.ParseInt(s, 10, 32), as Go's runtime reads GOMAXPROCS
    m = re.fullmatch(r"[+-]?[0-9]+", s)
    if m is None:
        return None
    n = int(s)
    return n if -(1 << 31) <= n < (1 << 31) else None


def _godebug(key: str) -> Optional[str]:
    value = None
    for item in os.environ.get("GODEBUG", "").split(","):
        k, eq, v = item.partition("=")
        if eq and k.strip() == key:
            value = v.strip()
    return value


def cgroup_cpu_limit() -> Optional[float]:
    """quota/period of the CPU cgroup this process is in, or None without a limit. A v1 ``cpu``
    controller takes precedence over the v2 hierarchy, as in Go."""
    try:
        with open("/proc/self/cgroup") as f:
            groups = f.read().splitlines()
        with open("/proc/self/mountinfo") as f:
            mounts = f.read().splitlines()
    except OSError:
        return None
    path, version = None, 0
    for line in groups:
        parts = line.split(":", 2)
        if len(parts) != 3 or not parts[2].startswith("/"):
            return None
        if parts[0] == "0":
            path, version = parts[2], 2
        elif "cpu" in parts[1].split(","):
            path, version = parts[2], 1
            break
    if path is None:
        return None
    base = _mount_of(mounts, path, version)
    if base is None:
        return None
    try:
        if version == 1:
            quota = int(_first_line(base + "/cpu.cfs_quota_us"))
            if quota < 0:
                return None
            return quota / int(_first_line(base + "/cpu.cfs_period_us"))
        quota_s, _, period_s = _first_line(base + "/cpu.max").partition(" ")
        if quota_s == "max":
            return None
        return int(quota_s) / int(period_s)
    except (OSError, ValueError, ZeroDivisionError):
        return None


def _first_line(name: str) -> str:
    with open(name) as f:
        return f.readline().rstrip("\n")


def _mount_of(mounts: list[str], path: str, version: int) -> Optional[str]:
    """The directory of cgroup path under the mount that holds it (mountinfo's fields 4 and 5,
    the filesystem type after " - ", and for v1 the super options naming ``cpu``)."""
    for line in mounts:
        head, sep, tail = line.partition(" - ")
        fields, rest = head.split(" "), tail.split(" ")
        if not sep or len(fields) < 5 or len(rest) < 3:
            continue
        root, mnt = _unescape(fields[3]), _unescape(fields[4])
        if version == 2 and rest[0] != "cgroup2":
            continue
        if version == 1 and (rest[0] != "cgroup" or "cpu" not in rest[2].split(",")):
            continue
        if path == root or root == "/" or path.startswith(root + "/"):
            rel = path[len(root):] if root != "/" else path
            return mnt.rstrip("/") + rel if rel != "/" else mnt
    return None


def _unescape(s: str) -> str:
    # mountinfo writes space, tab, newline and backslash as octal escapes
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), s)
