"""The optional C extension; everything else is declared in pyproject.toml."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        # optional: without a C compiler go2py installs and runs on the Python definitions
        Extension("go2py.runtime._speedups", ["go2py/runtime/_speedups.c", "go2py/runtime/_speedups_chan.c"],
                  optional=True),
    ]
)
