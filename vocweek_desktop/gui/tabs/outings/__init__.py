"""Parts of the 外出审批 tab (gui/tabs/outings_tab.py), one job per module."""
