"""At start: the database file is damaged. Offer the newest good automatic backup, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from asn_event import APP_NAME


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreOffer", text)


def restore_offer_box(damaged, parent: QWidget | None = None) -> QMessageBox:  # type: ignore[no-untyped-def]
    """The question, built (not shown): the damaged file, and the backup's time and counts."""
    from asn_event.backups import made_at_of
    from asn_event.ui.events.backup_card import wib_stamp

    backup = damaged.backup
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(
        _tr("Basis data %1 rusak dan tidak dibuka. Tidak ada yang diubah.").replace("%1", str(damaged.path))
    )
    box.setInformativeText(
        _tr(
            "Cadangan utuh terbaru: %1\n%2 acara, %3 pendaftaran, %4 hadir.\n\n"
            "Pulihkan dari cadangan ini? Berkas yang rusak disimpan di folder cadangan untuk petugas teknis."
        )
        .replace("%1", wib_stamp(made_at_of(backup.path)))
        .replace("%2", str(backup.events))
        .replace("%3", str(backup.registrations))
        .replace("%4", str(backup.checked_in))
    )
    box.setDetailedText(str(backup.path))
    restore = box.addButton(_tr("Pulihkan cadangan"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setProperty("restore_button", restore)
    return box


def offer_restore(damaged, parent: QWidget | None = None) -> bool:  # type: ignore[no-untyped-def]
    """Ask; True when the person chose to restore."""
    box = restore_offer_box(damaged, parent)
    box.exec()
    return box.clickedButton() is box.property("restore_button")
