"""The application icon and the "Tentang" (About) dialog: version, where the data lives, licences."""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asn_event import APP_NAME, ORGANIZATION, __version__
from asn_event.paths import data_dir, resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """The app's icon (a sun with a check mark) in every drawn size, for windows and the taskbar."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", "app", f"asn-event-{size}.png")))
    return icon


def _file_link(path: Path, text: str | None = None) -> str:
    return f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{escape(text or str(path))}</a>'


class AboutDialog(QDialog):
    """Tentang: what this program is, which version, where its data is, and whose work it builds on."""

    def __init__(self, database: str, settings_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang %1").replace("%1", APP_NAME))
        self.setMinimumSize(560, 460)
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(QPixmap(str(resource("icons", "app", "asn-event-64.png"))))
        header.addWidget(logo)
        title = QLabel(
            f"<b style='font-size:15pt'>{escape(APP_NAME)}</b><br>"
            + self.tr("Versi %1 · %2").replace("%1", __version__).replace("%2", escape(ORGANIZATION))
        )
        title.setObjectName("aboutTitle")
        header.addWidget(title, 1)
        layout.addLayout(header)

        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(QDesktopServices.openUrl)
        self.text.setHtml(self._body(database, settings_file))
        layout.addWidget(self.text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.open_folder = buttons.addButton(
            self.tr("Buka folder data"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _body(self, database: str, settings_file: str) -> str:
        folder = data_dir()
        fonts, icons = resource("fonts", "OFL.txt"), resource("icons", "LICENSE-lucide.txt")
        sounds = resource("sounds", "README.md")
        rows = [
            (self.tr("Basis data yang dibuka"), escape(database)),
            (self.tr("Folder data"), _file_link(folder)),
            (self.tr("Catatan teknis (log)"), _file_link(folder / "logs")),
            (self.tr("Pengaturan laptop ini"), escape(settings_file)),
        ]
        table = "".join(f"<tr><td><b>{name}</b></td><td>{value}</td></tr>" for name, value in rows)
        licences = [
            self.tr("Huruf Noto Sans dan Noto Serif: SIL Open Font License 1.1 (%1)").replace(
                "%1", _file_link(fonts, "OFL.txt")
            ),
            self.tr("Ikon Lucide: lisensi ISC (%1)").replace("%1", _file_link(icons, "LICENSE-lucide.txt")),
            self.tr("Ikon aplikasi dan bunyi meja: buatan proyek ini, MIT; bunyi timer: CC0 (%1)").replace(
                "%1", _file_link(sounds, "README.md")
            ),
            self.tr("Qt for Python (PySide6): LGPL v3; Python %1: lisensi PSF").replace(
                "%1", ".".join(map(str, sys.version_info[:3]))
            ),
            self.tr(
                "SQLAlchemy, Alembic, ReportLab, openpyxl, zxing-cpp, Pillow, Babel, cryptography: "
                "lisensi masing-masing (MIT, BSD, Apache 2.0)"
            ),
        ]
        items = "".join(f"<li>{line}</li>" for line in licences)
        summary = self.tr(
            "Check-in dengan kode QR, timer panggung, umpan balik, sertifikat dan laporan acara pembinaan ASN, "
            "sepenuhnya tanpa internet."
        )
        where, licence = self.tr("Di mana data disimpan"), self.tr("Lisensi")
        return (
            f"<p>{summary}</p><h3>{where}</h3><table cellspacing='6'>{table}</table>"
            f"<h3>{licence}</h3><ul>{items}</ul>"
        )


def screenshot_builder(ctx, event_id, request) -> QWidget:  # type: ignore[no-untyped-def]
    """``asn-event screenshot tentang``: the dialog as the sidebar's button opens it."""
    from asn_event.ui.shell.settings import default_store

    return AboutDialog(ctx.db.display_name, default_store().fileName())
