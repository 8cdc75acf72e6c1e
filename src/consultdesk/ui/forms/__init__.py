"""Generated from /forms/*.ui by tools/build_ui.py; never edit by hand."""
