"""Go's package encoding: only interfaces (BinaryMarshaler, TextUnmarshaler, ...), which
have no run-time form; the module exists so that programs naming them can import it."""
