"""Generated from ui/*.ui by pyside6-uic — do not edit; regenerate with vocweek_desktop.tools.build_forms."""
