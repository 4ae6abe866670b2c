"""Tests of the concurrency runtime (go2py.runtime)."""
