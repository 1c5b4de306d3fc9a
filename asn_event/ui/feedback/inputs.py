"""One widget per question, shared by the kiosk (large, touch) and paper entry (keyboard alone).

Keyboard: a digit picks that scale point or toggles that option (0 is 10 on the 1-10 scale),
Enter moves on (``sig_next``), Shift+Enter starts a new line in long text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from asn_event.domain import QuestionKind
from asn_event.feedback.forms import LONG_TEXT_MAX, SHORT_TEXT_MAX, QuestionDef
from asn_event.ui.shell import theme

# The core's default scale words (feedback.forms), marked so lupdate extracts them. A form's own
# labels (typed by the organizer) have no entry and are shown as written.
SCALE_WORDS = (
    QT_TRANSLATE_NOOP("Scale", "Sangat Tidak Setuju"),
    QT_TRANSLATE_NOOP("Scale", "Tidak Setuju"),
    QT_TRANSLATE_NOOP("Scale", "Netral"),
    QT_TRANSLATE_NOOP("Scale", "Setuju"),
    QT_TRANSLATE_NOOP("Scale", "Sangat Setuju"),
    QT_TRANSLATE_NOOP("Scale", "Tidak sesuai"),
    QT_TRANSLATE_NOOP("Scale", "Kurang sesuai"),
    QT_TRANSLATE_NOOP("Scale", "Sesuai"),
    QT_TRANSLATE_NOOP("Scale", "Sangat sesuai"),
    QT_TRANSLATE_NOOP("Scale", "Sangat buruk"),
    QT_TRANSLATE_NOOP("Scale", "Sangat baik"),
)


def scale_words(question: QuestionDef) -> tuple[str, ...]:
    """The question's scale labels in the interface language."""
    return tuple(QCoreApplication.translate("Scale", label) for label in question.scale_labels())

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def input_style(large: bool) -> str:
    """Style for question frames; the kiosk uses large type and big touch targets."""
    size = 15 if large else 11
    button_height = 64 if large else 30
    return f"""
    QFrame#questionInput {{ background: {theme.WHITE}; border: 1px solid {theme.BORDER}; border-radius: 8px; }}
    QFrame#questionInput:focus {{ border: 2px solid {theme.ACCENT}; }}
    QFrame#questionInput[problem="true"] {{ border: 2px solid {theme.DANGER.fg}; background: {theme.DANGER.bg}; }}
    QLabel#questionText {{ font-size: {size + 1}pt; font-weight: 600; }}
    QLabel#problemText {{ color: {theme.DANGER.fg}; font-size: {size}pt; font-weight: 600; }}
    QLabel#scaleEnd {{ color: {theme.MUTED}; font-size: {size - 2}pt; }}
    QPushButton#scalePoint {{ min-height: {button_height}px; font-size: {size}pt; padding: 4px 2px; }}
    QPushButton#scalePoint:checked {{ background: {theme.PRIMARY}; color: {theme.WHITE};
        border-color: {theme.PRIMARY}; font-weight: 700; }}
    QRadioButton, QCheckBox {{ font-size: {size}pt; padding: {8 if large else 2}px 0; }}
    QRadioButton::indicator, QCheckBox::indicator {{ width: {28 if large else 16}px; height: {28 if large else 16}px; }}
    QLineEdit#answerText, QPlainTextEdit#answerText {{ font-size: {size}pt; }}
    """


class _LongText(QPlainTextEdit):
    sig_enter = Signal()
    """Enter was pressed (without Shift): move on."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.sig_enter.emit()
            return
        super().keyPressEvent(event)


class QuestionInput(QFrame):
    """A question with its answer control; ``value()`` is what the validation takes."""

    sig_next = Signal()
    """The person is done with this question (a digit on a scale, or Enter)."""
    sig_changed = Signal()
    """The answer changed."""

    def __init__(
        self, question: QuestionDef, number: int, large: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.question = question
        self.large = large
        self.setObjectName("questionInput")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        pad = 20 if large else 8
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(10 if large else 4)
        mark = " *" if question.required else ""
        title = QLabel(f"{number}. {question.text}{mark}")
        title.setObjectName("questionText")
        title.setWordWrap(True)
        # Paper entry is compact: a scale sits on the question's own line, numbers only.
        self._compact = not large and question.is_scale
        if self._compact:
            line = QHBoxLayout()
            line.addWidget(title, 3)
            layout.addLayout(line)
            self._row = line
        else:
            layout.addWidget(title)
        self._buttons: list[QAbstractButton] = []
        self._group: QButtonGroup | None = None
        self._line: QLineEdit | None = None
        self._text: _LongText | None = None
        if question.is_scale:
            self._build_scale(layout)
        elif question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            self._build_choices(layout)
        else:
            self._build_text(layout)
        self.problem = QLabel()
        self.problem.setObjectName("problemText")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

    # -- building ------------------------------------------------------------------------------
    def _build_scale(self, layout: QVBoxLayout) -> None:
        low, high = self.question.scale_range
        labels = scale_words(self.question)
        row = QGridLayout()
        row.setHorizontalSpacing(8 if self.large else 4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for column, value in enumerate(range(low, high + 1)):
            text = str(value)
            if self.question.kind != QuestionKind.RATING10 and not self._compact:
                text = f"{value}\n{labels[value - low]}"
            button = QPushButton(text)
            if self.question.kind != QuestionKind.RATING10:
                button.setToolTip(labels[value - low])
            button.setObjectName("scalePoint")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(
                labels[value - low] if self.question.kind != QuestionKind.RATING10 else text
            )
            self._group.addButton(button, value)
            self._buttons.append(button)
            row.addWidget(button, 0, column)
        self._group.idClicked.connect(lambda _id: self._picked())
        if self._compact:
            self._row.addLayout(row, 2)
            return
        layout.addLayout(row)
        if self.question.kind == QuestionKind.RATING10:
            ends = QHBoxLayout()
            for i, text in enumerate(labels):
                end = QLabel(text)
                end.setObjectName("scaleEnd")
                ends.addWidget(end)
                if i == 0:
                    ends.addStretch(1)
            layout.addLayout(ends)

    def _build_choices(self, layout: QVBoxLayout) -> None:
        single = self.question.kind == QuestionKind.SINGLE
        self._group = QButtonGroup(self)
        self._group.setExclusive(single)
        for number, option in enumerate(self.question.options, start=1):
            button: QAbstractButton = (
                QRadioButton(f"{number}. {option}") if single else QCheckBox(f"{number}. {option}")
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._group.addButton(button, number)
            self._buttons.append(button)
            layout.addWidget(button)
        self._group.idClicked.connect(lambda _id: self.sig_changed.emit())

    def _build_text(self, layout: QVBoxLayout) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the editor itself takes focus
        if self.question.kind == QuestionKind.SHORT_TEXT:
            self._line = QLineEdit()
            self._line.setObjectName("answerText")
            self._line.setMaxLength(SHORT_TEXT_MAX)
            self._line.returnPressed.connect(self.sig_next)
            self._line.textChanged.connect(lambda _t: self.sig_changed.emit())
            layout.addWidget(self._line)
        else:
            self._text = _LongText()
            self._text.setObjectName("answerText")
            self._text.setTabChangesFocus(True)
            self._text.setPlaceholderText(self.tr("Tulis di sini. Shift+Enter untuk baris baru."))
            self._text.setMinimumHeight(140 if self.large else 70)
            self._text.sig_enter.connect(self.sig_next)
            self._text.textChanged.connect(self.sig_changed)
            layout.addWidget(self._text)

    # -- reading and writing ------------------------------------------------------------------
    def value(self) -> object:
        q = self.question
        if self._line is not None:
            return self._line.text()
        if self._text is not None:
            return self._text.toPlainText()
        assert self._group is not None
        if q.is_scale:
            checked = self._group.checkedId()
            return None if checked < 0 else checked
        chosen = [q.options[i] for i, b in enumerate(self._buttons) if b.isChecked()]
        if q.kind == QuestionKind.SINGLE:
            return chosen[0] if chosen else None
        return chosen

    def set_value(self, value: object) -> None:
        """Pick a scale point (int), an option (text) or options (list), or type a text."""
        if self._line is not None:
            self._line.setText(str(value))
        elif self._text is not None:
            self._text.setPlainText(str(value))
        elif self.question.is_scale and isinstance(value, int):
            button = self._group.button(value) if self._group else None
            if button is not None:
                button.setChecked(True)
                self._picked(move_on=False)
        else:
            wanted = {value} if isinstance(value, str) else set(value or ())
            for option, button in zip(self.question.options, self._buttons, strict=True):
                button.setChecked(option in wanted)
            self.sig_changed.emit()

    def clear(self) -> None:
        if self._line is not None:
            self._line.clear()
        if self._text is not None:
            self._text.clear()
        if self._group is not None:
            exclusive = self._group.exclusive()
            self._group.setExclusive(False)
            for button in self._buttons:
                button.setChecked(False)
            self._group.setExclusive(exclusive)
        self.show_problem(None)

    def show_problem(self, message: str | None) -> None:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        self.setProperty("problem", bool(message))
        self.style().unpolish(self)
        self.style().polish(self)

    def focus_input(self) -> None:
        target: QWidget = self._line or self._text or self
        target.setFocus(Qt.FocusReason.TabFocusReason)

    @property
    def text_limit(self) -> int:
        return SHORT_TEXT_MAX if self.question.kind == QuestionKind.SHORT_TEXT else LONG_TEXT_MAX

    # -- keyboard ------------------------------------------------------------------------------
    def _picked(self, move_on: bool = False) -> None:
        self.show_problem(None)
        self.sig_changed.emit()
        if move_on:
            self.sig_next.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _ENTER:
            self.sig_next.emit()
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and self._group is not None:
            digit = key - Qt.Key.Key_0
            if self.question.is_scale:
                low, high = self.question.scale_range
                value = 10 if digit == 0 and high == 10 else digit
                if low <= value <= high:
                    self.set_value(value)
                    self._picked(move_on=True)
                return
            if 1 <= digit <= len(self._buttons):
                self._buttons[digit - 1].click()
            return
        if key == Qt.Key.Key_Space and self._group is not None and not self.question.is_scale:
            return
        super().keyPressEvent(event)
