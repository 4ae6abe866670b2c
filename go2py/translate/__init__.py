"""Lowering of the typed Go AST to Python (not yet implemented)."""
