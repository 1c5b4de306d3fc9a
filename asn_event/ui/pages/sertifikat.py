"""The Sertifikat page (placeholder until its issue fills it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from asn_event.context import AppContext
from asn_event.ui.pages.base import PlaceholderPage


class SertifikatPage(PlaceholderPage):
    page_key = "sertifikat"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.show_placeholder(
            self.tr("Sertifikat"),
            self.tr("Desain, penomoran, verifikasi dan cetak sertifikat hadir di sini. Halaman ini sedang disiapkan."),
        )
