class OpError(Exception):
    """An operation was refused before anything changed; str(error) is a sentence for the user."""
