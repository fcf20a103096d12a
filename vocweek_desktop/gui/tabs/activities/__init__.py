"""The parts of the 活动报名 tab: its cell editors (delegates) and its undo commands."""
