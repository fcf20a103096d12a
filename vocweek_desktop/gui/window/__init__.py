"""The main window's parts, one job each, joined in gui/main_window.py: the tab slots, the database file and its
lock, the edition selector, the actions and menus, the workbooks and dropped files, who did what."""
