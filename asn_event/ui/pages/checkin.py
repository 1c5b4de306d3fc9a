"""The Check-in page (placeholder until its issue fills it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from asn_event.context import AppContext
from asn_event.ui.pages.base import PlaceholderPage


class CheckinPage(PlaceholderPage):
    page_key = "checkin"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.show_placeholder(
            self.tr("Check-in"),
            self.tr("Meja check-in dengan pemindai QR, pencarian nama/NIP dan peserta baru hadir di sini. Halaman ini sedang disiapkan."),
        )
