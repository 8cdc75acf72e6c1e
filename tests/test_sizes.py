"""File sizes as shown beside attachments and leftovers."""

from consultdesk.domain.sizes import human_size


def test_sizes_read_as_people_write_them() -> None:
    assert human_size(0) == "0 B"
    assert human_size(1023) == "1023 B"
    assert human_size(1536) == "1.5 KB"
    assert human_size(5 * 1024 * 1024) == "5.0 MB"
    assert human_size(3 * 1024**4) == "3072.0 GB"  # no TB: gigabytes keep counting
    assert human_size(12, "bytes") == "12 bytes"
