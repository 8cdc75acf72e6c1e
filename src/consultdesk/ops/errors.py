class OpError(Exception):
    """An operation was refused before anything changed; str(error) is a sentence for the user."""


class WriteFailed(OpError):
    """The disk or the database refused the write (disk full, read-only, I/O error); nothing changed."""
