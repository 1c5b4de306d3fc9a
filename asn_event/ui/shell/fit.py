"""Widgets that fit a narrow window (a 1366x768 laptop at 150 % scaling is 910x512 logical pixels).

``ElidedLabel`` shortens its one line with "…" and keeps the whole text in its tooltip.
``ScrollingTabs`` lets each tab scroll by itself, so the widest tab does not widen the whole page.
``CompactButton`` drops its words (keeping the icon, with the words as tooltip and accessible name)
when the layout cannot give it room for them, instead of cutting the words off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QWidget,
)

ELIDED_MIN_WIDTH = 48


class ElidedLabel(QLabel):
    """One line of text that ends in "…" when narrow; the whole text is its tooltip then."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(ELIDED_MIN_WIDTH, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.contentsRect().width() - 2, 0)
        )
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class CompactButton(QPushButton):
    """A push button that shows only its icon when the row is too narrow for its words.

    Without its words it also asks only for the icon's room, so the layout gives what it frees to
    the row's other widgets (a wide icon-only button wasted the very room it dropped its words for).
    When the row is laid out again, icon-only buttons take their words back, first to last, as far as
    the row's spare room goes.
    """

    def __init__(self, icon: QIcon, text: str, parent: QWidget | None = None) -> None:
        super().__init__(icon, text, parent)
        self._full = text
        self._compact = False
        self._watched: QWidget | None = None
        self._full_hint: QSize | None = None
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def is_compact(self) -> bool:
        return self._compact

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self._full_hint = None
        self.setAccessibleName(text)
        self._show_words(True)

    def _show_words(self, full: bool) -> None:
        self._compact = not full
        super().setText(self._full if full else "")
        self.setToolTip("" if full else self._full)
        self.updateGeometry()

    def _text_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._full) + 6

    def full_hint(self) -> QSize:
        """The size the button needs to show its words."""
        if not self._compact:
            self._full_hint = super().sizeHint()
        if self._full_hint is None:
            hint = super().sizeHint()
            return QSize(hint.width() + self._text_width(), hint.height())
        return self._full_hint

    def sizeHint(self) -> QSize:
        if self._compact:
            return self.minimumSizeHint()
        return self.full_hint()

    def minimumSizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._compact:
            return QSize(max(hint.height(), hint.width()), hint.height())
        return QSize(max(hint.height(), hint.width() - self._text_width()), hint.height())

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        parent = self.parentWidget()
        if parent is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            if parent is not None:
                parent.installEventFilter(self)
            self._watched = parent

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._watched
            and self._compact
            and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
        ):
            # The row was laid out again (a wider window, shorter neighbours): words where room is spare.
            QTimer.singleShot(0, self, lambda: give_words_back(self))
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fits = self.full_hint().width() <= event.size().width()
        if fits == self._compact:
            self._show_words(fits)


def _row_of(button: QWidget) -> QBoxLayout | None:
    """The innermost horizontal box layout that holds ``button``."""
    parent = button.parentWidget()
    layouts = [parent.layout()] if parent is not None and parent.layout() is not None else []
    while layouts:
        layout = layouts.pop()
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item.widget() is button:
                return layout if isinstance(layout, QBoxLayout) and layout.direction() in (
                    QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft
                ) else None
            if item.layout() is not None:
                layouts.append(item.layout())
    return None


def give_words_back(button: CompactButton) -> None:
    """Give words back to the row's icon-only buttons, first to last, while the row has spare room.

    Only room beyond what the row prefers is handed out, so a button given its words is never
    squeezed out of them again: no flicker between words and icon.
    """
    row = _row_of(button)
    if row is None or not button.isVisible():
        return
    # The widgets' own hints, not the row's cached one: a button given its words a moment ago counts.
    margins = row.contentsMargins()
    wanted = margins.left() + margins.right() + max(row.spacing(), 0) * (row.count() - 1)
    for index in range(row.count()):
        item = row.itemAt(index)
        widget = item.widget()
        if widget is None:
            wanted += item.sizeHint().width()
        elif widget.isVisible():
            wanted += widget.sizeHint().width()
    spare = row.geometry().width() - wanted
    for index in range(row.count()):
        other = row.itemAt(index).widget()
        if isinstance(other, CompactButton) and other.is_compact() and other.isVisible():
            extra = other.full_hint().width() - other.sizeHint().width()
            if extra > spare:
                break  # keep the order: a later button never shows words an earlier one could not
            spare -= extra
            other._show_words(True)


class PageScroll(QScrollArea):
    """A page in a scroll area that gives the page the whole view and scrolls only below its minimum.

    (A plain resizable QScrollArea sizes a page with word-wrapped labels to its *preferred* height for
    the width, so it scrolls although everything would fit.)
    """

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit()  # fitted while hidden it was not: a hidden tab's minimum size is costly to work out
        super().showEvent(event)

    def _fit(self) -> None:
        page = self.widget()
        if page is None or not self.isVisible():
            return
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        width, height = self.width(), self.height()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        if need.height() > height:
            width -= bar
        if need.width() > width:
            height -= bar
            if need.height() > height and width == self.width():
                width -= bar
        page.resize(max(need.width(), width), max(need.height(), height))


class ScrollingTabs(QTabWidget):
    """Tabs whose pages scroll by themselves below their minimum size.

    A QTabWidget is as wide as its widest page, shown or not: one wide tab (a form editor) pushed a
    whole page, and the buttons above the tabs, past a 910 px window. Each page sits in a
    :class:`PageScroll`; ``widget``, ``indexOf``, ``currentWidget`` and ``setCurrentWidget`` speak of
    the pages themselves, as with a plain QTabWidget.
    """

    def addTab(self, page: QWidget, *args) -> int:  # type: ignore[no-untyped-def, override]
        return super().addTab(PageScroll(page), *args)

    def widget(self, index: int) -> QWidget | None:  # type: ignore[override]
        holder = super().widget(index)
        return holder.widget() if isinstance(holder, PageScroll) else holder

    def indexOf(self, page: QWidget) -> int:  # type: ignore[override]
        return next((i for i in range(self.count()) if self.widget(i) is page), -1)

    def currentWidget(self) -> QWidget | None:  # type: ignore[override]
        return self.widget(self.currentIndex())

    def setCurrentWidget(self, page: QWidget) -> None:  # type: ignore[override]
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)


TITLE_BAR_EXTRA = 140
"""Room a window manager's title bar takes besides the title: icon and three buttons."""


def room_for_title(dialog: QWidget) -> None:
    """A dialog at least as wide as its title bar needs, so "Keluar dari mode kios" is not "Keluar…t Desk".

    The window manager adds the application's name after the title; both are measured.
    """
    from PySide6.QtWidgets import QApplication

    shown = f"{dialog.windowTitle()} — {QApplication.applicationDisplayName()}"
    width = dialog.fontMetrics().horizontalAdvance(shown) + TITLE_BAR_EXTRA
    dialog.setMinimumWidth(max(dialog.minimumWidth(), width))
