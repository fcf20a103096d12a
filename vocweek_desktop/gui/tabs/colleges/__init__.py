"""The panes of the 学院 tab: the colleges, the duty table and the leadership group."""
