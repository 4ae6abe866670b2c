"""go2py: translate Go source to Python that behaves like the Go program."""

__version__ = "0.1.0"
