"""korname."""
