"""The parts of the 活动报名 tab: its cell editors (delegates), its undo commands and its copy and paste."""
