"""The Peserta page (placeholder until its issue fills it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from asn_event.context import AppContext
from asn_event.ui.pages.base import PlaceholderPage


class PesertaPage(PlaceholderPage):
    page_key = "peserta"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.show_placeholder(
            self.tr("Peserta"),
            self.tr(
                "Daftar peserta, impor dari Excel dan pencarian hadir di sini. Halaman ini sedang disiapkan."
            ),
        )
