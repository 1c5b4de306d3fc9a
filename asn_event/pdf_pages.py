"""A reportlab canvas that keeps each finished page small until the file is written.

reportlab keeps every page of a document in memory until ``save()``: the uncompressed text of its
drawing operators (a certificate page with its QR path is about 20 KB) and a few dictionaries per
page, and compresses the text only while writing the file. ``CompactCanvas`` compresses a page's
stream at ``showPage()`` (FlateDecode, as reportlab would with ``pageCompression=1`` and
``useA85`` off, which pdf_fonts sets) into a temporary spill file, and lets pages share equal
resource dictionaries: a page held until the end costs about 2.5 KB of memory instead of 20.
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
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFObject
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
        return b"<< /Filter [ /FlateDecode ] /Length %d >>\nstream\n%s\nendstream\n" % (len(content), content)


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
