"""Type checker modelled on go/types (not yet implemented)."""
