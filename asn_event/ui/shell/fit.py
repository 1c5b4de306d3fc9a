"""Widgets that fit a narrow window (a 1366x768 laptop at 150 % scaling is 910x512 logical pixels).

``ElidedLabel`` shortens its one line with "…" and keeps the whole text in its tooltip.
``ScrollingTabs`` lets each tab scroll by itself, so the widest tab does not widen the whole page.
``CompactButton`` drops its words (keeping the icon, with the words as tooltip and accessible name)
when the layout cannot give it room for them, instead of cutting the words off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
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
    """A push button that shows only its icon when the row is too narrow for its words."""

    def __init__(self, icon: QIcon, text: str, parent: QWidget | None = None) -> None:
        super().__init__(icon, text, parent)
        self._full = text
        self._full_hint: QSize | None = None
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def is_compact(self) -> bool:
        return super().text() != self._full

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self._full_hint = None
        self.setAccessibleName(text)
        super().setText(text)

    def _text_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._full) + 6

    def sizeHint(self) -> QSize:
        if not self.is_compact():
            self._full_hint = super().sizeHint()
            return self._full_hint
        if self._full_hint is None:
            hint = super().sizeHint()
            return QSize(hint.width() + self._text_width(), hint.height())
        return self._full_hint

    def minimumSizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.is_compact():
            return hint
        return QSize(max(hint.height(), hint.width() - self._text_width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        full = self.sizeHint().width() <= event.size().width()
        if full == self.is_compact():
            super().setText(self._full if full else "")
            self.setToolTip("" if full else self._full)


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
