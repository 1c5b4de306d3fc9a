"""The Verify panel: paste or scan a certificate code, check it with the public key alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_event.certificates.service import find_by_short_code, known_public_keys, office_public_key_pem
from asn_event.certificates.signing import (
    KeyFormatError,
    Verification,
    VerifyStatus,
    key_id,
    load_public_key,
    verify,
)
from asn_event.context import AppContext
from asn_event.domain import DomainError
from asn_event.safe_output import write_text
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import date_only
from asn_event.ui.shell.errors import error_text, verify_text
from asn_event.ui.shell.output import confirm_output
from asn_event.ui.shell.page_tasks import PageTasks

# Status -> (icon, tone); the words are set in show_result.
LOOK = {
    VerifyStatus.VALID: ("badge-check", theme.SUCCESS),
    VerifyStatus.FORGED: ("circle-x", theme.DANGER),
    VerifyStatus.OTHER_KEY: ("circle-alert", theme.WARNING),
    VerifyStatus.MALFORMED: ("circle-help", theme.NEUTRAL),
}


class VerifyPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.imported: list[bytes] = []  # public keys of other offices, for this session
        self.known: list[bytes] = []  # this office's keys, read from the database (off the GUI thread)
        self.tasks = PageTasks(ctx.db.is_sqlite, lambda message: self._show(VerifyStatus.MALFORMED, message), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Pindai QR pada sertifikat dengan pemindai, atau tempel isinya. Pemeriksaan memakai kunci publik "
                "saja, jadi bisa dilakukan di laptop lain tanpa basis data ini."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(
            self.tr("Pindai atau tempel kode QR sertifikat, atau ketik kode pendek ABCDE-12345")
        )
        self.code_edit.returnPressed.connect(self.check)
        self.check_button = QPushButton(theme.icon("search", theme.WHITE), self.tr("Periksa"))
        self.check_button.setProperty("primary", True)
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)

        self.banner = QFrame()
        self.banner.setObjectName("card")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(16, 14, 16, 14)
        self.banner_icon = QLabel()
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.banner_text, 1)
        self.banner.hide()
        layout.addWidget(self.banner)

        keys = QHBoxLayout()
        self.keys_label = QLabel()
        self.keys_label.setObjectName("muted")
        export = QPushButton(theme.icon("download"), self.tr("Ekspor kunci publik…"))
        export.clicked.connect(self.export_key)
        load = QPushButton(theme.icon("key-round"), self.tr("Impor kunci publik kantor lain…"))
        load.clicked.connect(self.import_key)
        keys.addWidget(self.keys_label, 1)
        keys.addWidget(load)
        keys.addWidget(export)
        layout.addLayout(keys)
        layout.addStretch(1)
        self.read_keys()

    def showEvent(self, event: QShowEvent) -> None:
        self.read_keys()  # the first certificate made since makes this office's key
        super().showEvent(event)

    def read_keys(self) -> None:
        """Read this office's public keys (a certificate made since adds one) and show them."""
        db = self.ctx.db
        self.tasks.run("keys", lambda: known_public_keys(db), self._keys_read)

    def _keys_read(self, keys: list[bytes]) -> None:
        self.known = list(keys)
        self._show_keys()

    def _keys(self) -> list[bytes]:
        return [*self.known, *self.imported]

    def _show_keys(self) -> None:
        ids = ", ".join(key_id(k) for k in self._keys()) or self.tr(
            "belum ada (dibuat saat sertifikat pertama)"
        )
        self.keys_label.setText(self.tr("Kunci yang dipakai: {ids}").format(ids=ids))

    def check(self) -> None:
        text = self.code_edit.text().strip()
        if not text:
            self.code_edit.setFocus()
            return
        db, imported = self.ctx.db, list(self.imported)

        def look_up() -> tuple[list[bytes], Any, Any]:
            known = known_public_keys(db)  # read again: a certificate made meanwhile may add a key
            result = verify(text, [*known, *imported])
            return known, result, find_by_short_code(db, text) if result.status is VerifyStatus.MALFORMED else None

        self.tasks.run("check", look_up, lambda found: self._checked(*found))

    def _checked(self, known: list[bytes], result: Any, found: Any) -> None:
        self._keys_read(known)
        if found is not None:
            content = found.content
            self._show(
                VerifyStatus.VALID,
                self.tr(
                    "<b>Terdaftar di basis data ini</b> (kode pendek {code}).<br>Nomor {number}<br>{name}<br>"
                    "Dicetak %n kali",
                    "",
                    found.print_count,
                ).format(code=content.short_code, number=found.number, name=content.name),
            )
        else:
            self.show_result(result)
        self.code_edit.selectAll()
        self.code_edit.setFocus()

    def show_result(self, result: Verification) -> None:
        words = {
            VerifyStatus.VALID: self.tr("ASLI"),
            VerifyStatus.FORGED: self.tr("TIDAK SAH"),
            VerifyStatus.OTHER_KEY: self.tr("KUNCI TIDAK DIKENAL"),
            VerifyStatus.MALFORMED: self.tr("BUKAN KODE SERTIFIKAT"),
        }
        lines = [f"<b>{words[result.status]}</b> · {verify_text(result.status)}"]
        if result.fields is not None:
            f = result.fields
            claim = self.tr("Isi kode") if not result.valid else self.tr("Sertifikat")
            lines.append(
                f"{claim}: {self.tr('Nomor')} {f.number}<br>{f.name}<br>{f.event} · {date_only(f.date)} · {f.jp} JP"
            )
        self._show(result.status, "<br>".join(lines))

    def _show(self, status: VerifyStatus, html: str) -> None:
        icon, tone = LOOK[status]
        self.banner.setStyleSheet(
            f"QFrame#card {{ background: {tone.bg}; border-color: {tone.fg}; }} QLabel {{ color: {tone.fg}; }}"
        )
        self.banner_icon.setPixmap(theme.icon_pixmap(icon, tone.fg, 32))
        self.banner_text.setText(html)
        self.banner.show()

    def export_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor kunci publik"), "kunci-publik-sertifikat.pem", "PEM (*.pem)"
        )
        target = confirm_output(self, path, asked=True) if path else None
        if target is None:
            return
        try:
            write_text(target, office_public_key_pem(self.ctx.db, self.ctx.clock), encoding="ascii")
        except (OSError, DomainError) as error:
            self._show(VerifyStatus.MALFORMED, self.tr("Kunci tidak tersimpan: {error}").format(error=error_text(error)))
            return
        self.read_keys()
        self._show(
            VerifyStatus.VALID,
            self.tr("Kunci publik disimpan ke {path}. Bagikan berkas ini ke pemeriksa.").format(path=path),
        )

    def import_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor kunci publik"), "", self.tr("PEM (*.pem);;Semua berkas (*)")
        )
        if not path:
            return
        try:
            self.imported.append(load_public_key(Path(path).read_bytes()))
        except (OSError, KeyFormatError) as error:
            self._show(VerifyStatus.MALFORMED, error_text(error))
            return
        self._show_keys()
