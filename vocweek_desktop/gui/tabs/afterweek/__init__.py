"""Parts of the 活动总结 tab that live in their own modules (the publicity pane)."""
