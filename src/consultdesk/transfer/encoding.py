"""Which text encoding a CSV file uses: what Excel, WPS and trackers really write.

The cascade, strict at each step (a wrong guess must fail, not produce mojibake):
1. a byte-order mark: UTF-8, UTF-16 LE/BE ("Unicode text" from Excel), UTF-32;
2. UTF-16 without a mark, recognised by its NUL bytes (ASCII characters have a zero high byte);
3. UTF-8 (by far the most common, and never decodes text in another encoding by accident);
4. charset-normalizer's guesses from a sample — a kept library made for this — taken in our order of
   likelihood: GB18030 (what Excel on Chinese Windows writes for "CSV"), Big5, Windows-1252/1250/1251,
   Shift-JIS, EUC-KR; on a few short Chinese words it may rank a Korean or Baltic code page first;
5. GB18030 as the floor: it decodes every GBK/GB2312 file.
A file no step decodes is refused naming the line and byte where decoding failed.
"""

from __future__ import annotations

import codecs

from consultdesk.domain.requirement_rows import Problem, TransferError

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
# charset-normalizer names -> the codec we decode with and the name shown to the user.
_PREFERRED = (
    (("gb18030", "gbk", "gb2312", "hz"), "gb18030", "GB18030 (GBK)"),
    (("big5", "big5hkscs", "cp950"), "big5", "Big5"),
    (("cp1252", "latin_1", "iso8859_15"), "cp1252", "Windows-1252"),
    (("cp1250", "iso8859_2"), "cp1250", "Windows-1250"),
    (("cp1251", "koi8_r"), "cp1251", "Windows-1251"),
    (("shift_jis", "cp932"), "cp932", "Shift-JIS"),
    (("euc_kr", "cp949"), "cp949", "EUC-KR"),
)
SAMPLE_BYTES = 64 * 1024  # enough for a reliable guess; the whole file is then decoded strictly


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """(text, name of the encoding used) or TransferError naming where the bytes stop being text."""
    for mark, codec, label in _BOMS:
        if data.startswith(mark):
            return _strict(data[len(mark):], codec, source, label), label
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        codec, label = utf16
        return _strict(data, codec, source, label), label
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    for codec, label in _guesses(data):
        try:
            return data.decode(codec), label
        except UnicodeDecodeError:
            continue
    return _strict(data, "gb18030", source, "GB18030 (GBK)"), "GB18030 (GBK)"


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    # Text in any 8-bit encoding has no NUL bytes; UTF-16 has one in every ASCII character (the tabs and
    # line ends at least), in the high byte: odd positions for little-endian, even ones for big-endian.
    sample = data[:4096]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    codec, label = ("utf-16-le", "UTF-16 LE") if odd > even else ("utf-16-be", "UTF-16 BE")
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return None  # NULs in a file that is not UTF-16 either: reported as not text further on
    return codec, label


def _guesses(data: bytes) -> list[tuple[str, str]]:
    from charset_normalizer import from_bytes

    sample = data[:SAMPLE_BYTES]
    if len(data) > SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rfind(b"\n") + 1]  # never cut a multi-byte character in half
    found = [m.encoding for m in from_bytes(sample)]
    # Only encodings people's spreadsheets really use: on binary junk the library still names some code
    # page (CP437, CP1006 …) that would "decode" it; such a file falls through to the GB18030 floor.
    return [(codec, label) for names, codec, label in _PREFERRED if any(n in names for n in found)]


def _strict(data: bytes, codec: str, source: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise TransferError(Problem(
            source, None, None, "line {line}, byte {column} (0x{byte}) is not text in {encoding} or any other "
            "encoding ConsultDesk knows",
            'a text file (in Excel: Save As "CSV UTF-8")',
            (("line", line), ("column", column), ("byte", f"{data[exc.start]:02X}"), ("encoding", label)),
        )) from None
