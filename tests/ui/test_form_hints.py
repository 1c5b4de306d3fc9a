"""What a form says while it is filled in: the person dialog's NIP hint follows the chosen status,
and the event form's times read as the interface language writes them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTime

from asn_event.app import create_application, use_language
from asn_event.domain import Employment
from asn_event.roster.units import UnitMatcher

NIP_PNS = "198503152010012003"


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    app = create_application(language="en")
    yield
    use_language(app, "id")


def test_an_erased_nip_gives_the_status_back_as_non_asn(qtbot) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.roster.person_dialog import PersonDialog

    dialog = PersonDialog(UnitMatcher.mojokerto().units)
    qtbot.addWidget(dialog)
    dialog.nip_edit.setText(NIP_PNS)
    assert dialog.employment_combo.currentData() == Employment.PNS
    assert not dialog.employment_combo.isEnabled()  # the NIP decides
    dialog.nip_edit.setText("")
    assert dialog.employment_combo.isEnabled()
    assert dialog.employment_combo.currentData() == Employment.NON_ASN
    assert dialog.nip_info.text() == "Tanpa NIP: non-ASN."


def test_pns_without_a_nip_is_told_it_needs_one_before_saving(qtbot) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.roster.person_dialog import PersonDialog

    dialog = PersonDialog(UnitMatcher.mojokerto().units)
    qtbot.addWidget(dialog)
    dialog.employment_combo.setCurrentIndex(dialog.employment_combo.findData(Employment.PNS))
    assert dialog.nip_info.text() == "PNS wajib punya NIP 18 angka."
    dialog.employment_combo.setCurrentIndex(dialog.employment_combo.findData(Employment.NON_ASN))
    assert dialog.nip_info.text() == "Tanpa NIP: non-ASN."


def test_the_event_form_writes_times_as_the_language_does(qtbot, ctx, english) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.events.page import AcaraPage

    page = AcaraPage(ctx)
    qtbot.addWidget(page)
    page.start_edit.setTime(QTime(9, 0))
    assert page.start_edit.text() == "09:00"
    use_language(create_application(language="id"), "id")
    indonesian = AcaraPage(ctx)
    qtbot.addWidget(indonesian)
    indonesian.start_edit.setTime(QTime(9, 0))
    assert indonesian.start_edit.text() == "09.00"
