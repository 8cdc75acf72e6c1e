"""Word documents and figures built from domain objects (python-docx, matplotlib); no Qt widgets here.

Heavy libraries (docx, matplotlib) are imported inside the functions that need them, never at start-up.
"""
