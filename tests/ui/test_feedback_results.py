"""The results overview: a table of every question, per-unit bars sorted by value, words when empty."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from asn_event.clock import FakeClock
from asn_event.feedback import responses, service
from asn_event.feedback.sample import add_sample_responses
from asn_event.ui.feedback.results import (
    COL_ANSWERED,
    COL_MEAN,
    COL_QUESTION,
    COL_SPREAD,
    SPREAD_ROLE,
    ResultsView,
)


def test_an_empty_form_says_so_in_words_instead_of_an_axis_of_zeros(qtbot, demo):
    form = service.active_form(demo.db, demo.event_id)
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_summary(responses.form_results(demo.db, form.id).summary)
    chart = view.question_chart_box.itemAt(0).widget()
    assert isinstance(chart, QLabel) and "Belum ada jawaban" in chart.text()
    assert view.overview.rowCount() == len(form.questions())
    assert {view.overview.item(r, COL_ANSWERED).text() for r in range(view.overview.rowCount())} == {"0"}
    assert "ponsel" in view.empty.text() and view.empty.isVisibleTo(view)


def test_every_question_in_one_table_and_units_sorted_by_rate(qtbot, demo, clock: FakeClock):
    form_id = add_sample_responses(demo.db, clock, demo.event_id, checked_in=90, answered=64)
    summary = responses.form_results(demo.db, form_id).summary
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_summary(summary)
    assert view.source_label.text() == "37 / 8 / 19"  # kiosk / paper / phone
    first = summary.questions[0]
    assert view.overview.item(0, COL_QUESTION).text() == first.text
    assert view.overview.item(0, COL_MEAN).text() == f"{first.mean:.2f}".replace(".", ",")
    assert view.overview.item(0, COL_SPREAD).data(SPREAD_ROLE) == [b.count for b in first.distribution]
    assert "5 · Sangat Setuju: " in view.overview.item(0, COL_SPREAD).toolTip()
    text_row = next(r for r, q in enumerate(summary.questions) if not q.distribution)
    assert view.overview.item(text_row, COL_SPREAD).text() == "teks"
    # clicking a row shows that question's chart
    view.overview.cellClicked.emit(3, COL_QUESTION)
    assert view.question_pick.currentIndex() == 3
    # per unit: the chart lists units by rate, highest on top (the first category is drawn lowest)
    chart = view.unit_chart_box.itemAt(0).widget().chart()
    bars = chart.series()[0].barSets()[0]
    values = [bars.at(i) for i in range(bars.count())]
    assert values == sorted(values) and values[-1] > values[0]
