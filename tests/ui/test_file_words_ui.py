"""Refusals raised as codes by the certificate, backup and output services read English in the English UI."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from asn_event.app import create_application, use_language
from asn_event.backups import DatabaseInUse
from asn_event.safe_output import OutputRefused, check_output
from asn_event.ui.shell.errors import error_text
from asn_event.ui.shell.main_window import MainWindow


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    app = create_application(language="en")
    assert isinstance(app, QApplication)
    yield app
    use_language(app, "id")  # the other tests read Indonesian


def test_a_bad_certificate_number_pattern_is_explained_in_english(
    english, qtbot, ctx, settings, demo
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(window)
    window.show()
    design = window.show_page("sertifikat").design
    design.pattern_edit.setText("800/{seq}/{seq}/{year}")
    hint = design.pattern_hint.text()
    assert (
        hint
        == "The number pattern must contain {seq} (the sequence number) exactly once. Example: 800/{seq:03d}/417.405/{year}."
    )
    design.pattern_edit.setText("800/{nomor}/{year}")
    assert design.pattern_hint.text().startswith("The number pattern contains {nomor}, which is unknown.")


def test_a_refused_output_and_a_busy_restore_read_english(english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "out.pdf").write_bytes(b"%PDF")
    with pytest.raises(OutputRefused) as caught:
        check_output(tmp_path / "out.pdf")
    assert error_text(caught.value) == (
        f"The file {tmp_path / 'out.pdf'} already exists. Choose another name, or add --force to overwrite it."
    )
    said = error_text(DatabaseInUse(tmp_path / "sinar.sqlite"))
    assert said.startswith(f"The database {tmp_path / 'sinar.sqlite'} is open in another program")
    assert "sedang" not in said and "Tidak ada" not in said
