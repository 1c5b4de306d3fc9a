"""Widgets of the check-in desk: the scan field, the result banner, the attendance bars, the sounds."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from asn_event.checkin import ScanResult, ScanStatus, Tone
from asn_event.checkin.attendance import Attendance
from asn_event.checkin.keystrokes import PAUSE_ENDS_SCAN, InputKind, KeyRhythm
from asn_event.paths import resource
from asn_event.ui.checkin.status import LOOKS
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import clock_time

SEARCH_DELAY_MS = 250
MIN_TYPE_FIT = 0.5
"""A banner too short for its words shrinks the type, down to half size, rather than cut a name off."""


class ScanField(QLineEdit):
    """The desk's input: a USB scanner's burst (ended by Enter, Tab or a pause) or a typed name/NIP.

    A burst, or anything shaped like our code, is a scan and never a search.
    """

    sig_scanned = Signal(str)
    """A scanner (or a pasted/typed code) delivered this text."""
    sig_search = Signal(str)
    """A person typed this text and paused: show matching names."""
    sig_search_submitted = Signal(str)
    """A person typed this text and pressed Enter: check in the clear match."""
    sig_navigate = Signal(int)
    """Up (-1) or Down (+1) pressed: move in the search results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rhythm = KeyRhythm()
        self.setObjectName("scanField")
        self.setClearButtonEnabled(False)
        self._pause = QTimer(self, singleShot=True, interval=int(PAUSE_ENDS_SCAN * 1000) + 5)
        self._pause.timeout.connect(self._pause_elapsed)
        self._search = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search.timeout.connect(self._search_elapsed)

    def event(self, event: QEvent) -> bool:
        # Tab ends a scan (many scanners send it) instead of moving the focus away.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self._finish(submitted=True)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(submitted=True)
            return
        if key == Qt.Key.Key_Escape:
            self.reset()
            self.sig_search.emit("")
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.sig_navigate.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if event.text() and event.text().isprintable():
            if not self.text():
                self.rhythm.reset()
            self.rhythm.key(time.monotonic())
            self._pause.start()
            self._search.start()
        super().keyPressEvent(event)
        if not self.text():
            self.rhythm.reset()

    def reset(self) -> None:
        self.clear()
        self.rhythm.reset()
        self._pause.stop()
        self._search.stop()

    def _pause_elapsed(self) -> None:
        # A busy laptop can hold the scanner's next keys in the queue while this timer fires: let the
        # queue be read first (a zero timer runs after the pending input), then look at the rhythm again.
        if self.text():
            QTimer.singleShot(0, self, self._pause_confirmed)

    def _pause_confirmed(self) -> None:
        if self.text() and self.rhythm.burst_ended(time.monotonic(), self.text()):
            self._finish(submitted=False)

    def _search_elapsed(self) -> None:
        text = self.text()
        if text and self.rhythm.classify(text) is InputKind.SEARCH:
            self.sig_search.emit(text)

    def _finish(self, submitted: bool) -> None:
        text = self.text()
        kind = self.rhythm.classify(text)
        if kind is InputKind.SCAN:
            self.reset()
            self.sig_scanned.emit(text)
        elif submitted and text.strip():
            self._search.stop()
            self.sig_search_submitted.emit(text)


class ResultBanner(QFrame):
    """The large result of the last scan: colour, icon and words; it stays until the next scan."""

    sig_shown = Signal(object)
    """A result is on screen (the ScanResult; None for the idle state)."""

    def __init__(self, parent: QWidget | None = None, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.setObjectName("resultBanner")
        self.scale = scale
        self.result: ScanResult | None = None
        self._icon: tuple[theme.Tone, str] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(int(130 * scale))
        row = QHBoxLayout(self)
        row.setContentsMargins(int(28 * scale), int(20 * scale), int(28 * scale), int(20 * scale))
        row.setSpacing(int(24 * scale))
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.icon)
        column = QVBoxLayout()
        column.setSpacing(int(6 * scale))
        self.headline = QLabel()
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self._fit = 1.0
        self._apply_fonts()
        self._base_height = int(130 * scale)
        for label in (self.headline, self.name, self.detail, self.advice):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            column.addWidget(label)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.show_idle()

    def _apply_fonts(self) -> None:
        size = self.scale * self._fit
        margin = int(20 * size)
        self.layout().setContentsMargins(int(28 * self.scale), margin, int(28 * self.scale), margin)
        self.headline.setFont(theme.font(15 * size, bold=True))
        self.name.setFont(theme.font(30 * size, bold=True))
        self.detail.setFont(theme.font(max(15 * size, 10)))
        self.advice.setFont(theme.font(max(13 * size, 9)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A short banner (a small screen, 150 % scaling) shrinks its type so the whole name still shows."""
        super().resizeEvent(event)
        self._fit_type()

    def fits(self) -> bool:
        """Every line of every label shows whole at the current type size."""
        self.layout().activate()
        labels = (self.headline, self.name, self.detail, self.advice)
        return all(
            label.height() + 1 >= label.heightForWidth(label.width()) for label in labels if label.text()
        )

    def _fit_type(self) -> None:
        """The largest type at which every word shows; the banner asks for the height of the smallest."""
        for label in (self.headline, self.name, self.detail, self.advice):
            # An empty label would still take a line (and a gap) from the name in a short banner.
            label.setVisible(bool(label.text()))
        self._set_fit(MIN_TYPE_FIT)
        floor = max(self._base_height, self._needed_height())
        if floor != self.minimumHeight():
            self.setMinimumHeight(floor)
        wanted = 1.0
        while wanted > MIN_TYPE_FIT:
            self._set_fit(wanted)
            if self._needed_height() <= self.height():
                break
            wanted = max(MIN_TYPE_FIT, round(wanted - 0.1, 2))
        self._set_fit(wanted)
        self._paint_icon()

    def _set_fit(self, fit: float) -> None:
        if abs(fit - self._fit) > 0.001:
            self._fit = fit
            self._apply_fonts()

    def _needed_height(self) -> int:
        labels = [label for label in (self.headline, self.name, self.detail, self.advice) if label.text()]
        margins = self.layout().contentsMargins()
        spacing = max(self.layout().itemAt(1).layout().spacing(), 0) * (len(labels) - 1)
        width = self.contentsRect().width() - margins.left() - margins.right() - self.layout().spacing()
        width = max(width - self.icon.sizeHint().width(), 40)
        frame = self.height() - self.contentsRect().height()  # the 2 px border, above and below
        return (
            sum(label.heightForWidth(width) for label in labels)
            + margins.top()
            + margins.bottom()
            + spacing
            + frame
        )

    def _paint_icon(self) -> None:
        if self._icon is not None:
            self.icon.setPixmap(
                theme.icon_pixmap(self._icon[1], self._icon[0].fg, int(72 * self.scale * self._fit))
            )

    def _paint(self, tone: theme.Tone, icon_name: str) -> None:
        self.setStyleSheet(
            f"QFrame#resultBanner {{ background: {tone.bg}; border: 2px solid {tone.fg}; border-radius: 12px; }}"
            f"QFrame#resultBanner QLabel {{ color: {tone.fg}; background: transparent; border: none; }}"
        )
        self._icon = (tone, icon_name)
        self._paint_icon()

    def show_idle(self, text: str = "") -> None:
        self.result = None
        self._paint(theme.NEUTRAL, "scan-line")
        self.headline.setText(self.tr("SIAP MEMINDAI"))
        self.name.setText(text or self.tr("Pindai kode QR undangan"))
        self.detail.setText(self.tr("Atau ketik nama / NIP lalu tekan Enter."))
        self.advice.setText("")
        self._fit_type()
        self.sig_shown.emit(None)

    def show_offline(self, waiting: int) -> None:
        """The server is out of reach: the scans are kept, nobody is reported as checked in."""
        self.result = None
        self._paint(theme.DANGER, "circle-x")
        self.headline.setText(self.tr("✖ KONEKSI KE SERVER TERPUTUS"))
        self.name.setText(self.tr("%n pindaian disimpan, belum tercatat", "", waiting))
        self.detail.setText(
            self.tr("Pindaian dikirim ulang otomatis begitu server kembali. Periksa jaringan atau server.")
        )
        self.advice.setText(self.tr("Jangan pindai ulang; tunggu tanda hijau."))
        self._fit_type()
        self.sig_shown.emit(None)

    def show_message(
        self, tone: theme.Tone, icon_name: str, headline: str, name: str, detail: str = ""
    ) -> None:
        """Words chosen by the caller (the public kiosk), with the result kept for what it was."""
        self._paint(tone, icon_name)
        self.headline.setText(headline)
        self.name.setText(name)
        self.detail.setText(detail)
        self.advice.setText("")
        self._fit_type()

    def show_result(self, result: ScanResult) -> None:
        self.result = result
        tone = result.tone
        self._paint(LOOKS[tone].colours, LOOKS[tone].icon)
        headline, advice = self._words(result)
        self.headline.setText(headline)
        when = clock_time(result.checked_in_at) if result.checked_in_at else ""
        if result.known_person:
            self.name.setText(result.name)
            self.detail.setText(" · ".join(p for p in (result.position, result.unit) if p))
        else:
            self.name.setText(advice)
            advice = ""
            self.detail.setText(self._refusal_detail(result))
        if result.status is ScanStatus.ACCEPTED:
            advice = self.tr("%1 WIB · %2").replace("%1", when).replace("%2", result.desk)
        elif result.status is ScanStatus.ALREADY:
            advice = (
                self.tr("Sudah check-in pukul %1 di %2. Tidak perlu dipindai lagi; persilakan masuk.")
                .replace("%1", when)
                .replace("%2", result.desk or self.tr("meja lain"))
            )
        self.advice.setText(advice)
        self._fit_type()
        self.sig_shown.emit(result)

    def _words(self, result: ScanResult) -> tuple[str, str]:
        """Headline and, for refusals, what happened in plain words."""
        status = result.status
        if status is ScanStatus.ACCEPTED:
            return self.tr("✔ SELAMAT DATANG"), ""
        if status is ScanStatus.ALREADY:
            return self.tr("⚠ SUDAH CHECK-IN"), ""
        if status is ScanStatus.PARTIAL:
            return self.tr("✖ KODE TERPOTONG"), self.tr("Kode terbaca sebagian.")
        if status is ScanStatus.WRONG_EVENT:
            return self.tr("✖ UNDANGAN ACARA LAIN"), self.tr("Undangan ini untuk acara lain.")
        if status is ScanStatus.FORGED:
            return self.tr("✖ KODE TIDAK SAH"), self.tr("Kode ini sudah diubah atau bukan dari panitia.")
        if status is ScanStatus.NOT_REGISTERED:
            return self.tr("✖ TIDAK TERDAFTAR"), self.tr("Undangan ini sudah tidak terdaftar.")
        return self.tr("✖ KODE TIDAK DIKENAL"), self.tr("Ini bukan kode undangan Sinar ASN.")

    def _refusal_detail(self, result: ScanResult) -> str:
        status = result.status
        if status is ScanStatus.PARTIAL:
            return self.tr("Pindai ulang pelan-pelan; kode harus utuh, tidak terlipat atau basah.")
        if status is ScanStatus.WRONG_EVENT:
            which = f" ({result.other_event})" if result.other_event else ""
            return self.tr("Acara kode ini%1. Cari nama peserta di kolom atas.").replace("%1", which)
        if status is ScanStatus.FORGED:
            return self.tr(
                "Jangan check-in dengan kode ini. Cari nama peserta di kolom atas dan lapor panitia."
            )
        if status is ScanStatus.NOT_REGISTERED:
            return self.tr("Cari nama peserta di kolom atas, atau daftarkan sebagai peserta baru.")
        return self.tr("Cari nama peserta di kolom atas, atau pindai kode QR pada undangan.")


class AttendanceBars(QWidget):
    """Present / registered overall and per unit as horizontal bars (painted, no chart library)."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Attendance | None = None
        self.setMinimumWidth(160)

    def set_data(self, data: Attendance) -> None:
        self.data = data
        self.setMinimumHeight(self.ROW * len(data.units) + 8)
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(theme.font(9))
        width = self.width()
        label_w, count_w = int(width * 0.38), 62
        bar_x, bar_w = label_w + 6, max(40, width - label_w - count_w - 12)
        metrics = painter.fontMetrics()
        for index, unit in enumerate(self.data.units):
            y = 4 + index * self.ROW
            painter.setPen(QColor(theme.TEXT))
            name = metrics.elidedText(unit.unit, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(QRectF(0, y, label_w, self.ROW - 4), Qt.AlignmentFlag.AlignVCenter, name)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.BORDER))
            painter.drawRoundedRect(QRectF(bar_x, y + 4, bar_w, self.ROW - 12), 3, 3)
            share = unit.present / unit.registered if unit.registered else 0
            painter.setBrush(QColor(theme.SUCCESS.fg))
            painter.drawRoundedRect(QRectF(bar_x, y + 4, bar_w * share, self.ROW - 12), 3, 3)
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(
                QRectF(bar_x + bar_w + 6, y, count_w, self.ROW - 4),
                Qt.AlignmentFlag.AlignVCenter,
                f"{unit.present}/{unit.registered}",
            )
        painter.end()


class DeskSounds(QObject):
    """One bundled WAV per tone, played unless muted. No audio device: silently nothing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = False
        self._effects: dict[Tone, object] = {}

    def play(self, tone: Tone) -> None:
        if self.muted:
            return
        effect = self._effects.get(tone)
        if effect is None:
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource("sounds", LOOKS[tone].sound))))
            effect.setVolume(0.8)
            self._effects[tone] = effect
        effect.play()  # type: ignore[attr-defined]



class RecentScans(QListWidget):
    """"Pindaian terakhir": the newest scans first, and a sentence instead of a blank box before the first."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor(theme.MUTED))
        painter.drawText(
            self.viewport().rect().adjusted(8, 4, -8, -4),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            self.empty_text(),
        )
        painter.end()

    def empty_text(self) -> str:
        return self.tr("Belum ada pindaian. Yang terbaru tampil paling atas.")
