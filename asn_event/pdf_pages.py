"""A reportlab canvas that keeps each finished page small until the file is written.

reportlab keeps every page of a document in memory until ``save()``: the uncompressed text of its
drawing operators (a certificate page with its QR path is about 20 KB) and a few dictionaries per
page, and compresses the text only while writing the file. ``CompactCanvas`` compresses a page's
stream at ``showPage()`` (FlateDecode, as reportlab would with ``pageCompression=1`` and
``useA85`` off, which pdf_fonts sets) into a temporary spill file, and lets pages share equal
resource dictionaries, and replaces the finished ``PDFPage`` (a dictionary of some thirty
attributes) by a slim stand-in that shares its attributes with every page like it and rebuilds
the page only while the file is written: a page held until the end costs a few hundred bytes
(reportlab's own bookkeeping of the object), not the 20 KB of its text nor the 4 KB of its objects.
``save()`` writes each object to the file as reportlab formats it, instead of collecting the whole
file as bytes first (and joining them: twice its size).
"""

from __future__ import annotations

import io
import tempfile
import threading
import zlib
from typing import Any, BinaryIO

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFObject, PDFPage
from reportlab.pdfgen.canvas import Canvas

_NOTHING: dict[Any, Any] = {}  # shared by pages that use no shading or colour space (never written to)


class _FlateStream(PDFObject):
    """A page's content stream, compressed when the page was finished and kept in a spill file
    until the document is written (an indirect object)."""

    __RefOnly__ = 1
    __slots__ = ("length", "offset", "spill")

    def __init__(self, spill: BinaryIO, data: bytes) -> None:
        spill.seek(0, io.SEEK_END)
        self.spill, self.offset, self.length = spill, spill.tell(), len(data)
        spill.write(data)

    def format(self, document: Any) -> bytes:
        self.spill.seek(self.offset)
        content = document.encrypt.encode(self.spill.read(self.length))
        return b"<<\n/Filter [ /FlateDecode ] /Length %d\n>>\nstream\n%sendstream\n" % (len(content), content)


_NO_TRANSITION = PDFDictionary({})  # shared by pages without a transition effect (formats as "<< >>")
_NO_ANNOTATIONS: list[Any] = []  # shared by pages without links or comments (never appended to)
_PER_PAGE = ("Contents", "XObjects", "stream", "__InternalName__")  # what a stand-in keeps of its own
_Attributes = tuple[tuple[str, Any], ...]


class _FinishedPage(PDFObject):
    """A finished page until the file is written: its content stream, its forms, its name in the
    document and attributes shared with every page like it (a report's pages each name a form of
    their own page number, so the forms are kept apart). ``format`` rebuilds the ``PDFPage`` reportlab made,
    so the file is byte for byte what reportlab writes."""

    __RefOnly__ = 1
    __slots__ = ("__InternalName__", "attributes", "contents", "xobjects")

    def __init__(
        self, name: str, attributes: _Attributes, contents: _FlateStream, xobjects: PDFDictionary | None
    ) -> None:
        self.__InternalName__, self.attributes, self.contents = name, attributes, contents
        self.xobjects = xobjects

    def format(self, document: Any) -> bytes:
        page = PDFPage.__new__(PDFPage)
        page.__dict__.update(self.attributes)
        page.Contents, page.XObjects = self.contents, self.xobjects
        page.__InternalName__ = self.__InternalName__
        return page.format(document)


def _attribute_key(attributes: _Attributes) -> tuple[Any, ...]:
    """Equal for two pages whose attributes format alike: plain values by value, objects by identity
    (safe: the first page's objects stay alive in the table the key points into)."""
    return tuple(
        (name, value if value is None or isinstance(value, (int, float, str)) else id(value))
        for name, value in attributes
    )


class _FileSink(pdfdoc.PDFFile):
    """reportlab's output collector, writing through to ``sink`` instead of keeping the strings."""

    def __init__(self, sink: BinaryIO, pdf_version: Any) -> None:
        super().__init__(pdf_version)  # collects the header
        for chunk in self.strings:
            sink.write(chunk)
        self.strings = []
        self.write = sink.write

    def format(self, document: Any) -> bytes:
        return b""


_saving = threading.local()  # the file the current thread's CompactCanvas is saving into
_original_file = pdfdoc.PDFFile
_patch_lock = threading.Lock()


def _pdf_file(pdf_version: Any = pdfdoc.PDF_VERSION_DEFAULT) -> pdfdoc.PDFFile:
    sink = getattr(_saving, "sink", None)
    return _original_file(pdf_version) if sink is None else _FileSink(sink, pdf_version)


class CompactCanvas(Canvas):
    """A ``Canvas`` (always ``pageCompression=1``) whose finished pages are held compressed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["pageCompression"] = 1
        super().__init__(*args, **kwargs)
        self._xobject_dicts: dict[tuple[str, ...], PDFDictionary] = {}
        self._page_attributes: dict[tuple[Any, ...], _Attributes] = {}
        self._spill: BinaryIO = tempfile.TemporaryFile(prefix="asn-event-pages-")  # noqa: SIM115 (closed in save)

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        code = getattr(page, "stream", None)
        if not code or page.Contents:
            return
        data = zlib.compress(code.encode("utf8") if isinstance(code, str) else code)
        page.Contents = _FlateStream(self._spill, data)
        page.stream = None
        if not page._shadingUsed:
            page._shadingUsed = _NOTHING
        if not page._colorsUsed:
            page._colorsUsed = _NOTHING
        if page.XObjects is not None:  # the same forms on every page: one dictionary for all of them
            key = tuple(sorted(page.XObjects.dict))
            page.XObjects = self._xobject_dicts.setdefault(key, page.XObjects)
        if isinstance(page.Trans, PDFDictionary) and not page.Trans.dict:
            page.Trans = _NO_TRANSITION
        if isinstance(page.Annots, list) and not page.Annots:
            page.Annots = _NO_ANNOTATIONS
        attributes = tuple(sorted((k, v) for k, v in vars(page).items() if k not in _PER_PAGE))
        attributes = self._page_attributes.setdefault(_attribute_key(attributes), attributes)
        name = page.__InternalName__
        slim = _FinishedPage(name, attributes, page.Contents, page.XObjects)
        self._doc.Pages.pages[-1] = self._doc.idToObject[name] = slim

    def save(self) -> None:
        """Write the document, streaming each object to the file (or file object) as it is made."""
        if len(self._code):
            self.showPage()
        target = self._filename
        sink: BinaryIO = target if hasattr(target, "write") else open(target, "wb")  # noqa: SIM115
        with _patch_lock:  # reportlab names its collector class at module level: point it here once
            if pdfdoc.PDFFile is _original_file:
                pdfdoc.PDFFile = _pdf_file  # type: ignore[misc,assignment]
        _saving.sink = sink
        try:
            self._doc.SaveToFile(io.BytesIO(), self)  # everything went to ``sink`` already
        finally:
            _saving.sink = None
            self._spill.close()
            if sink is not target:
                sink.close()
