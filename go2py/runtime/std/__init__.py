"""Implementations of Go standard packages for translated programs."""
