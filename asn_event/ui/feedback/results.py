"""Feedback results: counts, a chart per question beside a table of every question, per unit, free text.

QtCharts is imported here, when the results are first shown, never at application start.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QMargins, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_event.feedback.summary import Bucket, FeedbackSummary, QuestionSummary
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import number as local_number


def decimal(value: float | None, digits: int = 2) -> str:
    """``4,12`` in Indonesian, ``4.12`` in English."""
    return local_number(value, digits)


def _bucket_words(bucket: Bucket) -> str:
    """``4 · Setuju`` with the scale word in the interface language (a form's own words as written)."""
    if bucket.word and bucket.value is not None:
        return f"{bucket.value} · {QCoreApplication.translate('Scale', bucket.word)}"
    return bucket.label


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _wrap(label: str, width: int = 11) -> str:
    """``4 · Sangat Setuju`` as short lines for a chart axis (QtCharts drops labels that collide).

    Axis labels are rich text, so the words are escaped: an option typed as ``<b>`` stays text.
    """
    label = html.escape(label)
    lines: list[str] = []
    for part in label.split(" · "):
        line = ""
        for word in part.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    return "<br>".join(lines)


def _card(title: str) -> tuple[QFrame, QLabel]:
    card = QFrame()
    card.setObjectName("card")
    box = QVBoxLayout(card)
    box.setContentsMargins(14, 6, 14, 6)
    box.setSpacing(0)
    caption = QLabel(title)
    caption.setObjectName("muted")
    value = QLabel("-")
    value.setStyleSheet(f"font-size: 17pt; font-weight: 700; color: {theme.PRIMARY};")
    box.addWidget(caption)
    box.addWidget(value)
    return card, value


# The overview table's columns.
COL_NUMBER, COL_QUESTION, COL_MEAN, COL_SPREAD, COL_ANSWERED = range(5)
SPREAD_ROLE = Qt.ItemDataRole.UserRole + 1  # the bucket counts of a question, lowest scale point first


def spread_colours(count: int) -> list[QColor]:
    """One shade per scale point, light (low) to the primary blue (high): read as a stacked bar."""
    light, dark = QColor("#D9E2EC"), QColor(theme.PRIMARY)
    if count <= 1:
        return [dark]
    return [
        QColor(
            round(light.red() + (dark.red() - light.red()) * i / (count - 1)),
            round(light.green() + (dark.green() - light.green()) * i / (count - 1)),
            round(light.blue() + (dark.blue() - light.blue()) * i / (count - 1)),
        )
        for i in range(count)
    ]


class SpreadDelegate(QStyledItemDelegate):
    """Paints a question's answers as one stacked bar, each scale point's share its width."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        counts = index.data(SPREAD_ROLE) or []
        total = sum(counts)
        if not total:
            return
        box = option.rect.adjusted(4, 6, -4, -6)  # type: ignore[attr-defined]
        x = float(box.left())
        painter.save()
        for colour, count in zip(spread_colours(len(counts)), counts, strict=True):
            width = box.width() * count / total
            painter.fillRect(QRect(round(x), box.top(), max(0, round(x + width) - round(x)), box.height()), colour)
            x += width
        painter.restore()


class ResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: FeedbackSummary | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("page")
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 8, 12, 8)
        cards = QHBoxLayout()
        card, self.count_label = _card(self.tr("Respons"))
        cards.addWidget(card)
        card, self.attendance_label = _card(self.tr("Hadir"))
        cards.addWidget(card)
        card, self.rate_label = _card(self.tr("Tingkat respons"))
        cards.addWidget(card)
        card, self.source_label = _card(self.tr("Kios / kertas / ponsel"))
        cards.addWidget(card)
        layout.addLayout(cards)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        pick = QHBoxLayout()
        title = QLabel(self.tr("Per pertanyaan"))
        title.setObjectName("sectionTitle")
        pick.addWidget(title)
        self.question_pick = QComboBox()
        self.question_pick.setMinimumWidth(200)
        # As wide as the room, not as the longest question (which pushed the page past 910 px).
        self.question_pick.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_pick.setMinimumContentsLength(20)
        self.question_pick.currentIndexChanged.connect(self._show_question)
        pick.addWidget(self.question_pick, 1)
        grid.addLayout(pick, 0, 0)
        unit_title = QLabel(self.tr("Per unit"))
        unit_title.setObjectName("sectionTitle")
        grid.addWidget(unit_title, 0, 1)
        self.question_chart_box = QVBoxLayout()
        grid.addLayout(self.question_chart_box, 1, 0)
        self.unit_chart_box = QVBoxLayout()
        grid.addLayout(self.unit_chart_box, 1, 1)

        overview_title = QLabel(self.tr("Semua pertanyaan"))
        overview_title.setObjectName("sectionTitle")
        grid.addWidget(overview_title, 2, 0, 1, 2)
        self.overview = QTableWidget(0, 5)
        self.overview.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Pertanyaan"), self.tr("Rata-rata"), self.tr("Sebaran (rendah → tinggi)"),
             self.tr("Jawaban")]
        )  # fmt: skip
        self.overview.verticalHeader().hide()
        self.overview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.overview.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.overview.setWordWrap(False)
        self.overview.setItemDelegateForColumn(COL_SPREAD, SpreadDelegate(self.overview))
        self.overview.setMinimumHeight(300)
        self.overview.cellClicked.connect(lambda row, _column: self.question_pick.setCurrentIndex(row))
        head = self.overview.horizontalHeader()
        head.setSectionResizeMode(COL_QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (COL_NUMBER, COL_MEAN, COL_ANSWERED):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(COL_SPREAD, QHeaderView.ResizeMode.Fixed)
        head.resizeSection(COL_SPREAD, 220)
        grid.addWidget(self.overview, 3, 0, 1, 2)

        text_title = QLabel(self.tr("Saran dan jawaban teks"))
        text_title.setObjectName("sectionTitle")
        grid.addWidget(text_title, 4, 0)
        table_title = QLabel(self.tr("Rincian per unit"))
        table_title.setObjectName("sectionTitle")
        grid.addWidget(table_title, 4, 1)
        self.free_text = QListWidget()
        self.free_text.setWordWrap(True)
        self.free_text.setAlternatingRowColors(True)
        self.free_text.setMinimumHeight(260)
        grid.addWidget(self.free_text, 5, 0)
        self.unit_table = QTableWidget(0, 5)
        self.unit_table.setMinimumHeight(260)
        self.unit_table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Hadir"),
                self.tr("Respons"),
                self.tr("Tingkat"),
                self.tr("Rata-rata 1-5"),
            ]
        )
        self.unit_table.verticalHeader().hide()
        self.unit_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.unit_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        grid.addWidget(self.unit_table, 5, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)
        self.empty = QLabel()
        self.empty.setObjectName("placeholderText")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

    # -- charts --------------------------------------------------------------------------------
    @staticmethod
    def _chart(
        categories: list[str], values: list[float], horizontal: bool, top: float, label: str
    ) -> QWidget:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QHorizontalBarSeries,
            QValueAxis,
        )

        bars = QBarSet(label)
        bars.setColor(QColor(theme.PRIMARY))
        bars.setLabelColor(QColor(theme.TEXT))
        for value in values:
            bars.append(value)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart = QChart()
        chart.addSeries(series)
        chart.legend().hide()
        chart.setBackgroundRoundness(8)
        chart.setMargins(QMargins(4, 4, 4, 4))
        categories_axis = QBarCategoryAxis()
        categories_axis.append(categories)
        categories_axis.setLabelsFont(QFont(theme.UI_FAMILY, 8))
        categories_axis.setTruncateLabels(False)
        values_axis = QValueAxis()
        if horizontal:  # percentages: a fixed 0-100 scale, labels inside the bars
            values_axis.setRange(0, 100)
            values_axis.setTickCount(6)
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
            bars.setLabelColor(QColor(theme.WHITE))
        else:
            values_axis.setRange(0, max(top, 1))
            values_axis.applyNiceNumbers()
        values_axis.setLabelFormat("%d")
        values_axis.setLabelsFont(QFont(theme.UI_FAMILY, 8))
        if horizontal:
            chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories_axis)
        series.attachAxis(values_axis)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(340)
        return view

    @staticmethod
    def _replace(box: QVBoxLayout, widget: QWidget) -> None:
        while box.count():
            old = box.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        box.addWidget(widget)

    # -- filling -------------------------------------------------------------------------------
    def show_summary(self, summary: FeedbackSummary | None) -> None:
        self.summary = summary
        if summary is None:
            for label in (self.count_label, self.attendance_label, self.rate_label, self.source_label):
                label.setText("-")
            self.question_pick.clear()
            self.free_text.clear()
            self.unit_table.setRowCount(0)
            self.overview.setRowCount(0)
            return
        self.count_label.setText(str(summary.responses))
        self.attendance_label.setText(str(summary.attendance))
        self.rate_label.setText(percent(summary.rate))
        sources = dict(summary.by_source)
        self.source_label.setText(f"{sources.get('kiosk', 0)} / {sources.get('paper', 0)} / {sources.get('phone', 0)}")
        self.empty.setText(
            ""
            if summary.responses
            else self.tr(
                "Belum ada jawaban. Buka kios atau formulir untuk ponsel, atau ketik formulir kertas di Entri kertas."
            )
        )
        self.empty.setVisible(not summary.responses)
        current = self.question_pick.currentIndex()
        self.question_pick.blockSignals(True)
        self.question_pick.clear()
        for number, q in enumerate(summary.questions, start=1):
            self.question_pick.addItem(f"{number}. {q.text}", q.question_id)
        self.question_pick.setCurrentIndex(max(current, 0))
        self.question_pick.blockSignals(False)
        self._show_question()
        self._show_overview()
        self._show_units()
        self._show_free_text()

    def _show_overview(self) -> None:
        """One row per question: its average, its answers as a stacked bar, how many answered."""
        assert self.summary is not None
        self.overview.setRowCount(len(self.summary.questions))
        for row, q in enumerate(self.summary.questions):
            counts = [b.count for b in q.distribution]
            cells = [str(row + 1), q.text, decimal(q.mean) if q.mean is not None else "-", "", str(q.answered)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (COL_NUMBER, COL_MEAN, COL_ANSWERED):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == COL_QUESTION:
                    item.setToolTip(f"{q.section}: {q.text}")
                if column == COL_SPREAD:
                    item.setData(SPREAD_ROLE, counts)
                    item.setToolTip("\n".join(f"{b.label}: {b.count}" for b in q.distribution))
                    if not q.distribution:
                        item.setText(self.tr("teks"))
                        item.setForeground(QColor(theme.MUTED))
                self.overview.setItem(row, column, item)
        # Tall enough for every question without a scroll bar of its own (up to a screenful).
        rows = sum(self.overview.rowHeight(r) for r in range(self.overview.rowCount()))
        self.overview.setMinimumHeight(min(self.overview.horizontalHeader().sizeHint().height() + rows + 6, 640))

    def _show_question(self) -> None:
        if self.summary is None or self.question_pick.currentIndex() < 0:
            return
        q: QuestionSummary = self.summary.questions[self.question_pick.currentIndex()]
        if not q.answered:  # words, not an axis of zeros
            view = QLabel(
                self.tr("Belum ada jawaban untuk pertanyaan ini.")
                if self.summary.responses
                else self.tr("Belum ada jawaban. Grafik muncul setelah respons pertama masuk dari kios, ponsel, atau kertas.")
            )
            view.setObjectName("muted")
            view.setWordWrap(True)
            view.setAlignment(Qt.AlignmentFlag.AlignCenter)
            view.setMinimumHeight(340)
        elif q.distribution:
            categories = [_wrap(_bucket_words(b)) for b in q.distribution]
            counts = [float(b.count) for b in q.distribution]
            view = self._chart(
                categories, counts, False, max(counts, default=0) * 1.2 + 1, self.tr("Jawaban")
            )
            mean = (
                self.tr("Rata-rata {mean} dari %n jawaban", "", q.answered).format(mean=decimal(q.mean))
                if q.mean is not None
                else self.tr("%n jawaban", "", q.answered)
            )
            view.chart().setTitle(mean)
        else:
            view = QLabel(
                self.tr("Pertanyaan teks: %n jawaban, lihat daftar di sebelah kanan.", "", q.answered)
            )
            view.setObjectName("muted")
            view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._replace(self.question_chart_box, view)

    def _show_units(self) -> None:
        assert self.summary is not None
        units = [u for u in self.summary.units if u.attended or u.responses]
        self.unit_table.setRowCount(len(units))
        for row, u in enumerate(units):
            cells = [u.unit, str(u.attended), str(u.responses), percent(u.rate), decimal(u.likert_mean)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.unit_table.setItem(row, column, item)
        attended = sorted((u for u in units if u.rate is not None), key=lambda u: -u.attended)
        # Sorted by the value shown, highest on top (a horizontal chart draws its first category lowest).
        shown = sorted(attended[:12], key=lambda u: (-(u.rate or 0), u.unit.casefold()))
        if shown:
            view = self._chart(
                [html.escape(u.unit) for u in reversed(shown)],
                [round((u.rate or 0) * 100) for u in reversed(shown)],
                True,
                119,
                self.tr("Tingkat respons (%)"),
            )
            title = self.tr("Tingkat respons per unit (%)")
            if len(attended) > len(shown):
                title = self.tr("Tingkat respons (%), %n unit dengan peserta terbanyak", "", len(shown))
            view.chart().setTitle(title)
        else:
            view = QLabel(
                self.tr("Belum ada peserta hadir. Tingkat respons per unit muncul setelah check-in.")
            )
            view.setObjectName("muted")
            view.setWordWrap(True)
            view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._replace(self.unit_chart_box, view)

    def _show_free_text(self) -> None:
        assert self.summary is not None
        self.free_text.clear()
        for answer in self.summary.free_text:
            where = f" · {answer.unit}" if answer.unit else ""
            item = QListWidgetItem(f"{answer.text}\n— {answer.question}{where}")
            self.free_text.addItem(item)
        if not self.summary.free_text:
            self.free_text.addItem(self.tr("Belum ada saran tertulis."))
