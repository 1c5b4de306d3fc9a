"""The sidebar pages, in order: key (also the screenshot name), icon, module and class.

Pages are imported when the window is built; a page's heavy imports (QtCharts, QtMultimedia,
reportlab ...) happen inside the page when first needed, not at module import.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    icon: str
    module: str
    cls: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("acara", "calendar-days", "asn_event.ui.events.page", "AcaraPage"),
    PageSpec("peserta", "users", "asn_event.ui.roster.page", "PesertaPage"),
    PageSpec("checkin", "scan-line", "asn_event.ui.checkin.page", "CheckinPage"),
    PageSpec("timer", "timer", "asn_event.ui.stage.page", "TimerPage"),
    PageSpec("umpan-balik", "message-square-text", "asn_event.ui.feedback.page", "UmpanBalikPage"),
    PageSpec("sertifikat", "award", "asn_event.ui.certificates.page", "SertifikatPage"),
    PageSpec("laporan", "file-text", "asn_event.ui.reports.page", "LaporanPage"),
)

PAGE_KEYS = tuple(p.key for p in PAGES)
