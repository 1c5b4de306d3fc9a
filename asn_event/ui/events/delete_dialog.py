"""The question before an event is deleted: which event, what goes with it (counts), what stays."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from asn_event.context import AppContext
from asn_event.events import EventContents
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import long_date


class DeleteEventDialog(QDialog):
    """Names the event and counts what is removed; an event that issued certificates needs a tick
    ("hapus juga sertifikat") before the delete button can be pressed. ``force`` says it was ticked."""

    def __init__(self, contents: EventContents, *, backed_up: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hapus acara"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)

        self.question = QLabel(
            self.tr("Hapus acara %1 (%2)?")
            .replace("%1", contents.title)
            .replace("%2", long_date(contents.date))
        )
        self.question.setObjectName("sectionTitle")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.question)

        lines = [
            self.tr("%n pendaftaran", "", contents.registrations)
            + " "
            + self.tr("(%n hadir)", "", contents.checked_in),
            self.tr("%n catatan pindai meja", "", contents.scans),
            self.tr("%n sesi agenda dan timernya", "", contents.agenda_items),
            self.tr("%n formulir umpan balik", "", contents.forms)
            + " "
            + self.tr("dengan %n jawaban", "", contents.responses),
            self.tr("%n sertifikat", "", contents.certificates)
            + " "
            + self.tr("(%n sudah dicetak)", "", contents.certificates_printed),
        ]
        self.removed = QLabel(self.tr("Ikut terhapus:") + "\n" + "\n".join(f"•  {line}" for line in lines))
        self.removed.setWordWrap(True)
        self.removed.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.removed)

        kept = self.tr("Orang dan unit kerja tetap ada di daftar peserta.")
        if backed_up:
            kept += " " + self.tr("Salinan basis data dibuat dulu, untuk jalan kembali.")
        else:
            kept += " " + self.tr(
                "Basis data server tidak dicadangkan otomatis: cadangkan dulu dengan pg_dump."
            )
        self.kept = QLabel(kept)
        self.kept.setObjectName("muted")
        self.kept.setWordWrap(True)
        layout.addWidget(self.kept)

        self.certificates_box = QCheckBox(
            self.tr("Hapus juga %n sertifikat yang sudah terbit", "", contents.certificates)
        )
        self.certificates_warning = QLabel(
            self.tr(
                "Nomor sertifikat yang sudah terbit harus tetap bisa diperiksa. Simpan dulu register "
                "sertifikatnya (Laporan) sebelum menghapus."
            )
        )
        self.certificates_warning.setObjectName("errorText")
        self.certificates_warning.setWordWrap(True)
        layout.addWidget(self.certificates_warning)
        layout.addWidget(self.certificates_box)
        has_certificates = contents.certificates > 0
        self.certificates_warning.setVisible(has_certificates)
        self.certificates_box.setVisible(has_certificates)

        layout.addStretch(1)  # a taller dialog keeps the text together at the top
        buttons = QDialogButtonBox()
        self.delete_button = QPushButton(theme.icon("trash-2"), self.tr("Hapus acara"))
        self.delete_button.setProperty("danger", True)
        self.delete_button.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Batal"))
        cancel.setDefault(True)  # Enter keeps the event
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.delete_button.setEnabled(not has_certificates)
        self.certificates_box.toggled.connect(self.delete_button.setEnabled)
        cancel.setFocus()

    @property
    def force(self) -> bool:
        return self.certificates_box.isChecked()


def screenshot_builder(ctx: AppContext, event_id: int | None, request: Any) -> QWidget:
    """``asn-event screenshot hapus-acara``: the question as the Acara page's button asks it."""
    from asn_event.events import event_contents

    if event_id is None:
        raise ValueError("Belum ada acara. Buat acara contoh dengan 'asn-event demo'.")
    return DeleteEventDialog(event_contents(ctx.db, event_id), backed_up=ctx.db.is_sqlite)
