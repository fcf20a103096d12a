"""GUI tabs."""
