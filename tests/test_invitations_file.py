"""Invitation cards written straight to their file: the same document as in memory, and a batch
stopped half-way leaves no file at all (nor a temporary one)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from asn_event.invitations import render_pdf, write_pdf
from asn_event.progress import Cancelled, Progress
from tests.test_invitations import EVENT, _invitations


def test_the_file_holds_every_card_page(tmp_path: Path) -> None:
    out = tmp_path / "undangan.pdf"
    write_pdf(out, EVENT, _invitations(20))
    pages = PdfReader(str(out)).pages
    assert len(pages) == 3 and "Halaman 3 dari 3" in pages[2].extract_text()
    in_memory = PdfReader(io.BytesIO(render_pdf(EVENT, _invitations(20)))).pages
    assert [p.extract_text() for p in pages] == [p.extract_text() for p in in_memory]
    assert list(tmp_path.iterdir()) == [out]


def test_a_cancelled_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    progress = Progress()
    progress.cancel()
    out = tmp_path / "undangan.pdf"
    with pytest.raises(Cancelled):
        write_pdf(out, EVENT, _invitations(20), progress=progress)
    assert list(tmp_path.iterdir()) == []
