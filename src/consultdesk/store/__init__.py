"""Storage: the only package that talks to SQLite."""
