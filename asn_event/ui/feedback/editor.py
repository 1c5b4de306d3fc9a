"""The form editor: sections and questions in a tree on the left, the selected one on the right.

Edits stay in memory until "Simpan formulir": one save is one user action, checked as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_event.context import AppContext
from asn_event.domain import QuestionKind
from asn_event.feedback import service
from asn_event.feedback.forms import CHOICE_KINDS, KIND_LABELS, FormDef, QuestionDef, SectionDef
from asn_event.ui.feedback.inputs import scale_words
from asn_event.ui.shell import theme
from asn_event.ui.shell.page_tasks import PageTasks

# The core's KIND_LABELS, marked here so lupdate extracts them (tests/ui/test_translations.py checks they match).
KIND_WORDS = (
    QT_TRANSLATE_NOOP("FormEditor", "Skala setuju 1-5"),
    QT_TRANSLATE_NOOP("FormEditor", "Kesesuaian 1-4"),
    QT_TRANSLATE_NOOP("FormEditor", "Pilihan tunggal"),
    QT_TRANSLATE_NOOP("FormEditor", "Pilihan ganda"),
    QT_TRANSLATE_NOOP("FormEditor", "Nilai 1-10"),
    QT_TRANSLATE_NOOP("FormEditor", "Teks singkat"),
    QT_TRANSLATE_NOOP("FormEditor", "Teks panjang"),
)


@dataclass
class _Question:
    kind: QuestionKind
    text: str
    options: list[str] = field(default_factory=list)
    required: bool = False
    required_message: str = ""
    id: int | None = None


@dataclass
class _Section:
    title: str
    questions: list[_Question] = field(default_factory=list)
    id: int | None = None


class FormEditor(QWidget):
    sig_saved = Signal(object)
    """The form was stored; carries the saved FormDef."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: FormDef | None = None
        self.sections: list[_Section] = []
        self._loading = False
        self.tasks = PageTasks(ctx.db.is_sqlite, lambda message: self._tell(message, theme.DANGER), self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        head = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.anonymous = QCheckBox(self.tr("Anonim: jawaban tidak dikaitkan dengan nama peserta"))
        self.intro_edit = QLineEdit()
        self.intro_edit.setPlaceholderText(self.tr("Kalimat pembuka di layar kios"))
        head.addRow(self.tr("Judul formulir"), self.title_edit)
        head.addRow(self.tr("Pembuka"), self.intro_edit)
        head.addRow("", self.anonymous)
        layout.addLayout(head)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Bagian dan pertanyaan"), self.tr("Jenis")])
        self.tree.setColumnWidth(0, 380)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        left.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_section_button = self._button(self.tr("Bagian"), "plus", self.add_section)
        self.add_question_button = self._button(self.tr("Pertanyaan"), "plus", self.add_question)
        self.up_button = self._button("", "arrow-up", lambda: self.move(-1), self.tr("Naikkan"))
        self.down_button = self._button("", "arrow-down", lambda: self.move(1), self.tr("Turunkan"))
        self.delete_button = self._button(self.tr("Hapus"), "trash-2", self.delete_selected)
        self.delete_button.setProperty("danger", True)
        for b in (self.add_section_button, self.add_question_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        body.addLayout(left, 3)

        self.detail = QStackedWidget()
        self.detail.addWidget(self._empty_detail())
        self.detail.addWidget(self._section_detail())
        self.detail.addWidget(self._question_detail())
        card = QFrame()
        card.setObjectName("card")
        card_box = QVBoxLayout(card)
        card_box.addWidget(self.detail)
        body.addWidget(card, 2)
        layout.addLayout(body, 1)

        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        self.save_button = self._button(self.tr("Simpan formulir"), "save", self.save)
        self.save_button.setProperty("primary", True)
        self.save_button.setIcon(theme.icon("save", theme.WHITE))
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)

    def _button(self, text: str, icon: str, slot, tip: str = "") -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(theme.icon(icon), text)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        return button

    def _empty_detail(self) -> QWidget:
        label = QLabel(self.tr("Pilih bagian atau pertanyaan di sebelah kiri untuk mengubahnya."))
        label.setObjectName("muted")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        return label

    def _section_detail(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.section_title = QLineEdit()
        self.section_title.setMaxLength(300)
        self.section_title.textEdited.connect(self._edited)
        hint = QLabel(self.tr("Di kios, satu bagian tampil satu layar."))
        hint.setObjectName("muted")
        form.addRow(self.tr("Judul bagian"), self.section_title)
        form.addRow("", hint)
        return page

    def _question_detail(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind)
        self.kind.currentIndexChanged.connect(self._edited)
        self.question_text = QPlainTextEdit()
        self.question_text.setMaximumHeight(80)
        self.question_text.setTabChangesFocus(True)
        self.question_text.textChanged.connect(self._edited)
        self.options = QPlainTextEdit()
        self.options.setTabChangesFocus(True)
        self.options.setPlaceholderText(self.tr("Satu pilihan per baris"))
        self.options.textChanged.connect(self._edited)
        self.options_label = QLabel(self.tr("Pilihan"))
        self.scale_hint = QLabel()
        self.scale_hint.setObjectName("muted")
        self.scale_hint.setWordWrap(True)
        self.required = QCheckBox(self.tr("Wajib dijawab"))
        self.required.toggled.connect(self._edited)
        self.required_message = QLineEdit()
        self.required_message.setMaxLength(300)
        self.required_message.setPlaceholderText(
            self.tr("Pesan bila belum dijawab, mis. Mohon nilai narasumber.")
        )
        self.required_message.textEdited.connect(self._edited)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Pertanyaan"), self.question_text)
        form.addRow(self.options_label, self.options)
        form.addRow("", self.scale_hint)
        form.addRow("", self.required)
        form.addRow(self.tr("Pesan wajib"), self.required_message)
        return page

    # -- loading -------------------------------------------------------------------------------
    def load(self, form: FormDef | None) -> None:
        self.form = form
        self.sections = []
        if form is not None:
            self.sections = [
                _Section(
                    s.title,
                    [
                        _Question(q.kind, q.text, list(q.options), q.required, q.required_message, q.id)
                        for q in s.questions
                    ],
                    s.id,
                )
                for s in form.sections
            ]
        self._loading = True
        self.title_edit.setText(form.title if form else "")
        self.intro_edit.setText(form.intro if form else "")
        for edit in (self.title_edit, self.intro_edit):
            edit.setCursorPosition(0)  # a long opening shows its beginning, not its last words
        self.anonymous.setChecked(bool(form and form.anonymous))
        self._loading = False
        self.message.clear()
        self._rebuild(select=(0, None) if self.sections else None)
        self.setEnabled(form is not None)

    def _rebuild(self, select: tuple[int, int | None] | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        number = 0
        chosen = None
        for si, section in enumerate(self.sections):
            top = QTreeWidgetItem([section.title or self.tr("(tanpa judul)"), ""])
            top.setData(0, Qt.ItemDataRole.UserRole, (si, None))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            if select == (si, None):
                chosen = top
            for qi, question in enumerate(section.questions):
                number += 1
                mark = " *" if question.required else ""
                child = QTreeWidgetItem(
                    [f"{number}. {question.text}{mark}", self.tr(KIND_LABELS[question.kind])]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, (si, qi))
                child.setToolTip(0, question.text)
                top.addChild(child)
                if select == (si, qi):
                    chosen = child
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._show_selected()

    def _selected(self) -> tuple[int, int | None] | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _show_selected(self) -> None:
        where = self._selected()
        self._loading = True
        if where is None:
            self.detail.setCurrentIndex(0)
        elif where[1] is None:
            self.detail.setCurrentIndex(1)
            self.section_title.setText(self.sections[where[0]].title)
        else:
            q = self.sections[where[0]].questions[where[1]]
            self.detail.setCurrentIndex(2)
            self.kind.setCurrentIndex(self.kind.findData(q.kind))
            self.question_text.setPlainText(q.text)
            self.options.setPlainText("\n".join(q.options))
            self.required.setChecked(q.required)
            self.required_message.setText(q.required_message)
            self._show_kind_fields(q.kind)
        self._loading = False
        self.up_button.setEnabled(where is not None)
        self.down_button.setEnabled(where is not None)
        self.delete_button.setEnabled(where is not None)

    def _show_kind_fields(self, kind: QuestionKind) -> None:
        choices = kind in CHOICE_KINDS
        self.options.setVisible(choices)
        self.options_label.setVisible(choices)
        labels = scale_words(QuestionDef(kind, ""))
        self.scale_hint.setText(self.tr("Skala: ") + " · ".join(labels) if labels else "")
        self.scale_hint.setVisible(bool(labels))
        self.required_message.setEnabled(self.required.isChecked())

    def _edited(self) -> None:
        if self._loading:
            return
        where = self._selected()
        if where is None:
            return
        item = self.tree.currentItem()
        if where[1] is None:
            section = self.sections[where[0]]
            section.title = self.section_title.text()
            item.setText(0, section.title)
            return
        q = self.sections[where[0]].questions[where[1]]
        q.kind = self.kind.currentData()
        q.text = self.question_text.toPlainText().replace("\n", " ")
        q.options = [line.strip() for line in self.options.toPlainText().splitlines() if line.strip()]
        q.required = self.required.isChecked()
        q.required_message = self.required_message.text()
        self._show_kind_fields(q.kind)
        number = item.text(0).split(".", 1)[0]
        item.setText(0, f"{number}. {q.text}{' *' if q.required else ''}")
        item.setText(1, self.tr(KIND_LABELS[q.kind]))

    # -- structure -----------------------------------------------------------------------------
    def add_section(self) -> None:
        self.sections.append(_Section(self.tr("Bagian baru")))
        self._rebuild(select=(len(self.sections) - 1, None))
        self.section_title.setFocus()
        self.section_title.selectAll()

    def add_question(self) -> None:
        where = self._selected()
        if not self.sections:
            self.sections.append(_Section(self.tr("Bagian baru")))
        si = where[0] if where else len(self.sections) - 1
        questions = self.sections[si].questions
        qi = (where[1] + 1) if where and where[1] is not None else len(questions)
        questions.insert(qi, _Question(QuestionKind.LIKERT5, self.tr("Pertanyaan baru"), required=True))
        self._rebuild(select=(si, qi))
        self.question_text.setFocus()
        self.question_text.selectAll()

    def move(self, step: int) -> None:
        where = self._selected()
        if where is None:
            return
        si, qi = where
        if qi is None:
            target = si + step
            if 0 <= target < len(self.sections):
                self.sections[si], self.sections[target] = self.sections[target], self.sections[si]
                self._rebuild(select=(target, None))
            return
        questions = self.sections[si].questions
        target = qi + step
        if 0 <= target < len(questions):
            questions[qi], questions[target] = questions[target], questions[qi]
            self._rebuild(select=(si, target))
        elif 0 <= si + step < len(self.sections):  # across the section border
            question = questions.pop(qi)
            other = self.sections[si + step].questions
            position = len(other) if step < 0 else 0
            other.insert(position, question)
            self._rebuild(select=(si + step, position))

    def delete_selected(self) -> None:
        where = self._selected()
        if where is None:
            return
        si, qi = where
        if qi is None:
            del self.sections[si]
            self._rebuild(select=(max(si - 1, 0), None) if self.sections else None)
        else:
            del self.sections[si].questions[qi]
            self._rebuild(select=(si, qi - 1) if qi > 0 else (si, None))
        self._tell(self.tr("Dihapus dari formulir. Belum tersimpan: tekan Simpan formulir."), theme.WARNING)

    # -- saving --------------------------------------------------------------------------------
    def form_def(self) -> FormDef:
        assert self.form is not None
        sections = tuple(
            SectionDef(
                s.title,
                tuple(
                    QuestionDef(q.kind, q.text, tuple(q.options), q.required, q.required_message, id=q.id)
                    for q in s.questions
                ),
                id=s.id,
            )
            for s in self.sections
        )
        return FormDef(
            self.title_edit.text(),
            sections,
            self.intro_edit.text(),
            self.anonymous.isChecked(),
            id=self.form.id,
            event_id=self.form.event_id,
        )

    def _tell(self, text: str, tone: theme.Tone) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {tone.fg};")

    def save(self) -> None:
        if self.form is None:
            return
        db, form = self.ctx.db, self.form_def()
        self.tasks.write(
            lambda: service.save_form(db, form),
            lambda saved: self._saved(form, saved),
            lambda message: self._tell(message, theme.DANGER),
        )

    def _saved(self, form: FormDef, saved: FormDef) -> None:
        if self.form is None or self.form.id != form.id:
            return  # another form is in the editor now; the page's list shows the saved one
        where = self._selected()
        self.load(saved)
        if where is not None:
            self._rebuild(select=where)
        self._tell(self.tr("Formulir tersimpan."), theme.SUCCESS)
        self.sig_saved.emit(saved)
