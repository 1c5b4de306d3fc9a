"""The certificate design panel: number pattern, signer, images, extra lines, JP, with a live preview of page one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_event.certificates import service
from asn_event.certificates.batch import preview_pdf
from asn_event.certificates.numbering import NumberPattern, NumberPatternError
from asn_event.certificates.settings import CertificateSettings
from asn_event.context import AppContext
from asn_event.events import MAX_JP, EventInfo, get_event
from asn_event.ui.certificates.models import pdf_page_image
from asn_event.ui.shell import theme
from asn_event.ui.shell.errors import error_text, note_text
from asn_event.ui.shell.page_tasks import PageTasks
from asn_event.ui.shell.tasks import run_task

PREVIEW_WIDTH = 900


class DesignPanel(QWidget):
    sig_saved = Signal(str)
    """The settings were saved; carries a status message."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        # What the form was loaded from: the event (date and code for the number's example) and the
        # stored feedback rule, so typing reads nothing (off the GUI thread on a server database).
        self._event: EventInfo | None = None
        self.require_feedback = False
        self.tasks = PageTasks(ctx.db.is_sqlite, self._say, self)
        self.preview_image: QImage | None = None
        self._preview_pending = False
        self._preview_running = False
        self._build()
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(450)
        self.preview_timer.timeout.connect(self.refresh_preview)

    def _build(self) -> None:
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 8, 0, 0)
        columns.setSpacing(16)
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(470)
        form_layout = QVBoxLayout(card)
        form_layout.setContentsMargins(16, 12, 16, 12)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setToolTip(
            self.tr("{seq} nomor urut (mis. {seq:03d} = 001), {year}, {month}, {month_roman}, {day}, {event}")
        )
        self.pattern_hint = QLabel()
        self.pattern_hint.setWordWrap(True)
        self.pattern_hint.setObjectName("muted")
        form.addRow(self.tr("Pola nomor"), self.pattern_edit)
        form.addRow("", self.pattern_hint)
        self.jp_spin = QSpinBox()
        self.jp_spin.setRange(0, MAX_JP)
        self.jp_spin.setSuffix(" JP")
        form.addRow(self.tr("Jam pelajaran"), self.jp_spin)
        self.signer_name = QLineEdit()
        self.signer_title = QLineEdit()
        self.signer_nip = QLineEdit()
        self.signer_nip.setPlaceholderText("19680411 199303 1 009")
        form.addRow(self.tr("Penandatangan"), self.signer_name)
        form.addRow(self.tr("Jabatan"), self.signer_title)
        form.addRow(self.tr("NIP"), self.signer_nip)
        self.signature_edit, signature_row = self._file_row(self.tr("Gambar tanda tangan (PNG transparan)"))
        form.addRow(self.tr("Tanda tangan"), signature_row)
        self.background_edit, background_row = self._file_row(
            self.tr("Latar A4 mendatar; kosong = desain bawaan")
        )
        form.addRow(self.tr("Latar"), background_row)
        self.logo_edit, logo_row = self._file_row(self.tr("Logo kota/instansi (PNG atau SVG); kosong = tanpa logo"))
        form.addRow(self.tr("Logo"), logo_row)
        self.extra_edit = QPlainTextEdit()
        self.extra_edit.setPlaceholderText(
            self.tr("Baris tambahan (paling banyak 3), mis. Sah tanpa tanda tangan basah.")
        )
        self.extra_edit.setFixedHeight(64)
        form.addRow(self.tr("Baris tambahan"), self.extra_edit)
        form_layout.addLayout(form)
        self.design_error = QLabel()
        self.design_error.setObjectName("errorText")
        self.design_error.setWordWrap(True)
        form_layout.addWidget(self.design_error)
        save = QPushButton(theme.icon("save", theme.WHITE), self.tr("Simpan pengaturan"))
        save.setProperty("primary", True)
        save.clicked.connect(self.save)
        form_layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        form_layout.addStretch(1)
        columns.addWidget(card)
        for edit in (self.pattern_edit, self.signer_name, self.signer_title, self.signer_nip,
                     self.signature_edit, self.background_edit, self.logo_edit):  # fmt: skip
            edit.textChanged.connect(self._changed)
        self.extra_edit.textChanged.connect(self._changed)
        self.jp_spin.valueChanged.connect(self._changed)

        preview_box = QVBoxLayout()
        self.preview_label = QLabel(self.tr("Pratinjau halaman pertama dibuat…"))
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumSize(420, 300)
        self.preview_label.setStyleSheet(f"background: {theme.WHITE}; border: 1px solid {theme.BORDER};")
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setObjectName("muted")
        preview_box.addWidget(self.preview_label, 1)
        preview_box.addWidget(self.preview_note)
        columns.addLayout(preview_box, 1)

    def _file_row(self, placeholder: str) -> tuple[QLineEdit, QWidget]:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        choose = QPushButton(self.tr("Pilih…"))
        choose.clicked.connect(lambda: self._choose_image(edit))
        layout.addWidget(edit, 1)
        layout.addWidget(choose)
        return edit, row

    def _choose_image(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih gambar"), "", self.tr("Gambar (*.png *.jpg *.jpeg *.svg)")
        )
        if path:
            edit.setText(path)

    # -- state ------------------------------------------------------------------------------------

    def _say(self, message: str) -> None:
        self.design_error.setText(message)

    def load(self, event_id: int) -> None:
        self.event_id = event_id
        self._event = None
        self.tasks.forget()
        db = self.ctx.db

        def read() -> tuple[CertificateSettings, service.Signer, EventInfo]:
            return service.get_settings(db, event_id), service.get_signer(db, event_id), get_event(db, event_id)

        self.tasks.run("design", read, lambda loaded: self._loaded(*loaded))

    def _loaded(self, settings: CertificateSettings, signer: service.Signer, event: EventInfo) -> None:
        self._event, self.require_feedback = event, settings.require_feedback
        widgets: list[Any] = [self.pattern_edit, self.signer_name, self.signer_title, self.signer_nip,
                              self.signature_edit, self.background_edit, self.logo_edit, self.extra_edit,
                              self.jp_spin]  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.pattern_edit.setText(settings.number_pattern)
        self.signer_name.setText(signer.name)
        self.signer_title.setText(signer.title)
        self.signer_nip.setText(signer.nip)
        self.signature_edit.setText(settings.signature)
        self.background_edit.setText(settings.background)
        self.logo_edit.setText(settings.logo)
        self.extra_edit.setPlainText("\n".join(settings.extra_lines))
        self.jp_spin.setValue(signer.jp_hours)
        for widget in widgets:
            widget.blockSignals(False)
        self.design_error.setText("")
        self._changed()

    def draft(self) -> tuple[CertificateSettings, service.Signer]:
        """What the form holds (the feedback rule is kept as stored: the Penerima tab sets it)."""
        assert self.event_id is not None
        settings = CertificateSettings(
            number_pattern=self.pattern_edit.text(),
            background=self.background_edit.text().strip(),
            signature=self.signature_edit.text().strip(),
            extra_lines=tuple(line for line in self.extra_edit.toPlainText().splitlines() if line.strip()),
            require_feedback=self.require_feedback,
            logo=self.logo_edit.text().strip(),
        )
        signer = service.Signer(
            self.signer_name.text(), self.signer_title.text(), self.signer_nip.text(), self.jp_spin.value()
        )
        return settings, signer

    def _changed(self) -> None:
        if self.event_id is None or self._event is None:
            return
        try:
            pattern = NumberPattern.parse(self.pattern_edit.text())
        except NumberPatternError as error:
            self.pattern_hint.setText(error_text(error))
            self.pattern_hint.setObjectName("errorText")
        else:
            event = self._event
            example = pattern.format(1, event.date, event.code)
            self.pattern_hint.setText(self.tr("Nomor pertama: {example}").format(example=example))
            self.pattern_hint.setObjectName("muted")
        self.pattern_hint.style().polish(self.pattern_hint)
        self.preview_timer.start()

    def save(self) -> None:
        if self.event_id is None:
            return
        settings, signer = self.draft()
        db, clock, event_id = self.ctx.db, self.ctx.clock, self.event_id
        self.tasks.write(lambda: service.save_settings(db, clock, event_id, settings, signer), self._saved)

    def _saved(self, _: object) -> None:
        self.design_error.setText("")
        self.sig_saved.emit(self.tr("Pengaturan sertifikat disimpan."))

    # -- preview ----------------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Render page one off the GUI thread; one render at a time, the latest settings win."""
        if self.event_id is None:
            return
        if self._preview_running:
            self._preview_pending = True
            return
        settings, signer = self.draft()
        event_id, db = self.event_id, self.ctx.db
        width = max(self.preview_label.width(), PREVIEW_WIDTH)

        def work(_progress: Any) -> tuple[QImage, tuple[str, ...]]:
            pdf, warnings = preview_pdf(db, event_id, settings, signer)
            return pdf_page_image(pdf, 0, width), warnings

        self._preview_running = True
        run_task(work, on_done=self._show_preview, on_failed=self._preview_failed)

    def _preview_finished(self) -> None:
        self._preview_running = False
        if self._preview_pending:
            self._preview_pending = False
            self.refresh_preview()

    def _show_preview(self, result: tuple[QImage, tuple[str, ...]]) -> None:
        image, warnings = result
        self.preview_image = image
        self._fit_preview()
        note = self.tr("Pratinjau halaman pertama (kode QR contoh, bukan sertifikat).")
        self.preview_note.setText(" ".join((note, *(note_text(w) for w in warnings))))
        self._preview_finished()

    def _fit_preview(self) -> None:
        if self.preview_image is None:
            return
        pixmap = QPixmap.fromImage(self.preview_image).scaled(
            self.preview_label.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview_label.setPixmap(pixmap)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def _preview_failed(self, message: str) -> None:
        self.preview_note.setText(message)
        self._preview_finished()
