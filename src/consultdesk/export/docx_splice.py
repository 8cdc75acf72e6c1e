"""Put DocWriter's body markup into the document: spliced in while saving, parsed only if read.

A document that is only saved (the CLI, the GUI) never holds its body as an lxml tree: document.xml
is serialised with a marker comment where the body goes, and the marker is replaced by the body's
bytes. Every other part is saved by python-docx as usual. The first read of the body through
python-docx (doc.paragraphs, doc.tables, doc.element, doc.add_paragraph, ...) parses the markup
into the tree and turns the document back into a plain python-docx Document, so readers and later
edits see exactly what would have been saved.
"""

from __future__ import annotations

from typing import Any, Sequence, cast

from consultdesk.export.docx_xml import W_NS

MARKER = "consultdesk-body"
_MARKER_BYTES = f"<!--{MARKER}-->".encode()
# Namespaces the body markup may use; pictures carry their own declarations.
_WRAP_OPEN = (
    f'<w:body xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
)


_CLASSES: dict[type, type] = {}


def _insert_before_sect_pr(body: Any, node: Any) -> None:
    sect_pr = body.find(f"{{{W_NS}}}sectPr")
    if sect_pr is not None:
        sect_pr.addprevious(node)
    else:
        body.append(node)


def materialize_body(doc: Any, chunks: Sequence[bytes]) -> None:
    """Parse all chunks at once (python-docx's parser, so its element classes apply) into the body."""
    from docx.oxml.parser import oxml_parser
    from lxml import etree

    wrapper = etree.fromstring(b"".join([_WRAP_OPEN.encode(), *chunks, b"</w:body>"]), oxml_parser)
    body = doc._element.body
    sect_pr = body.find(f"{{{W_NS}}}sectPr")
    for child in list(wrapper):
        if sect_pr is not None:
            sect_pr.addprevious(child)
        else:
            body.append(child)


def defer_body(doc: Any, chunks: Sequence[bytes]) -> None:
    """Splice the UTF-8 chunks in on save and parse them only when the body is read (module doc)."""
    if not splice_on_save(doc, chunks):
        materialize_body(doc, chunks)
        return
    doc.__class__ = _lazy_class(type(doc))


def materialize_now(doc: Any) -> None:
    """Parse a deferred body into the tree and make `doc` a plain Document again (idempotent)."""
    part = doc.part
    chunks = getattr(part, "_consultdesk_body", None)
    if chunks is None:
        return
    body = doc._element.body
    for node in list(body):
        if isinstance(node, _comment_type()) and node.text == MARKER:
            body.remove(node)
    part.__class__ = part._consultdesk_base
    del part._consultdesk_body
    doc.__class__ = doc._consultdesk_base
    materialize_body(doc, chunks)


def _comment_type() -> Any:  # lxml ships no type information
    from lxml import etree

    return etree._Comment


def _lazy_class(base: type) -> type:
    cls = _CLASSES.get(base)
    if cls is None:
        def element(self: Any) -> Any:
            materialize_now(self)
            return self._element

        def body(self: Any) -> Any:
            materialize_now(self)
            return base._body.fget(self)  # type: ignore[attr-defined]

        cls = _CLASSES[base] = type(f"Deferred{base.__name__}", (base,), {
            "element": property(element), "_body": property(body), "_consultdesk_base": base})
    return cls


def splice_on_save(doc: Any, chunks: Sequence[bytes]) -> bool:
    """Arrange for the chunks to be spliced into document.xml on save; False if this part cannot."""
    from docx.opc.part import XmlPart
    from lxml import etree

    part = doc.part
    if doc.element.nsmap.get("w") != W_NS or not isinstance(part, XmlPart):
        return False  # the body markup relies on the usual "w" prefix declared at the root
    _insert_before_sect_pr(doc.element.body, etree.Comment(MARKER))
    cast(Any, part)._consultdesk_body = list(chunks)  # read back by the spliced class on save
    part.__class__ = _spliced_class(type(part))
    return True


def _spliced_class(base: type) -> type:
    cls = _CLASSES.get(base)
    if cls is None:
        def blob(self: Any) -> bytes:
            xml: bytes = base.blob.fget(self)  # type: ignore[attr-defined]
            head, marker, tail = xml.partition(_MARKER_BYTES)
            if not marker:
                return xml
            return b"".join([head, *self._consultdesk_body, tail])

        cls = _CLASSES[base] = type(f"Spliced{base.__name__}", (base,), {
            "blob": property(blob), "_consultdesk_base": base})
    return cls
