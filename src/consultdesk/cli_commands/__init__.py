"""Headless sub-commands; each module keeps its top-level imports light (the GUI path imports them all)."""
