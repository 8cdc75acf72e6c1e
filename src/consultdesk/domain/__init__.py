"""Pure domain: dataclasses and rules. No Qt, no SQL."""
