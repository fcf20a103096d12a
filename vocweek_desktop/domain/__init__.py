"""Rules that need neither a database nor Qt."""
