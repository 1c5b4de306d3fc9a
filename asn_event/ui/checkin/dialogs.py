"""Dialogs of the check-in desk: walk-in, signature pad, undo reason, organizer PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_event.checkin.people import WalkInDraft, validate_walk_in
from asn_event.events import FieldError
from asn_event.roster.units import UnitMatcher
from asn_event.ui.shell import theme
from asn_event.ui.shell.errors import error_text, field_error_text
from asn_event.ui.shell.fit import room_for_title


class WalkInDialog(QDialog):
    """A short form: name, NIP (optional, validated), unit, position. Saving registers and checks in."""

    def __init__(
        self,
        units: list[str],
        parent: QWidget | None = None,
        name: str = "",
        matcher: UnitMatcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.matcher = matcher
        self.setWindowTitle(self.tr("Peserta baru (tanpa undangan)"))
        self.setMinimumWidth(480)
        room_for_title(self)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("Nama lengkap dengan gelar"))
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("18 angka; kosongkan untuk non-ASN"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(units)
        self.unit.setCurrentIndex(-1)
        self.unit.lineEdit().setPlaceholderText(self.tr("Pilih atau ketik unit kerja"))
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("Jabatan"))
        self.errors: dict[str, QLabel] = {}
        self.unit_match = QLabel()  # the known unit the typed name means (see _propose_unit)
        self.unit_match.setObjectName("muted")
        self.unit_match.setWordWrap(True)
        for key, label, widget in (
            ("name", self.tr("Nama"), self.name),
            ("nip", self.tr("NIP"), self.nip),
            ("unit", self.tr("Unit kerja"), self.unit),
            ("position", self.tr("Jabatan"), self.position),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if key == "unit":
                box.addWidget(self.unit_match)
            error = QLabel()
            error.setObjectName("errorText")
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[key] = error
            form.addRow(label, box)
        self.unit.editTextChanged.connect(self._propose_unit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("Daftarkan dan check-in"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setProperty("primary", True)
        save.setDefault(True)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _propose_unit(self, text: str) -> None:
        """Show the unit the person will be counted under, the way the import preview matches names."""
        if self.matcher is None or not text.strip():
            self.unit_match.setText("")
            return
        found = self.matcher.match(text)
        if found.unit is not None:
            unit = found.unit
            shown = f"{unit.name} ({unit.short_name})" if unit.short_name else unit.name
            self.unit_match.setText(self.tr("Dihitung sebagai: %1").replace("%1", shown))
        elif found.suggestion is not None:
            self.unit_match.setText(
                self.tr("Unit baru akan dibuat — mirip %1? Pilih dari daftar bila benar.").replace(
                    "%1", found.suggestion.name
                )
            )
        else:
            self.unit_match.setText(self.tr("Unit baru akan dibuat."))

    def draft(self) -> WalkInDraft:
        return WalkInDraft(self.name.text(), self.nip.text(), self.unit.currentText(), self.position.text())

    def show_problems(self, problems: dict[str, FieldError]) -> None:
        """Each problem under its field, in the interface language."""
        for key, label in self.errors.items():
            problem = problems.get(key)
            label.setText(field_error_text(problem) if problem is not None else "")
            label.setVisible(problem is not None)

    def _try_accept(self) -> None:
        problems = validate_walk_in(self.draft())
        self.show_problems(problems)
        if not problems:
            self.accept()


class SignaturePad(QWidget):
    """Draw with a finger, mouse or pen; strokes are kept as vectors in 0..1 of the pad."""

    sig_changed = Signal()
    """A stroke was added or the pad cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.strokes: list[list[list[float]]] = []
        self.setMinimumSize(520, 220)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.sig_changed.emit()

    def _point(self, position: QPointF) -> list[float]:
        return [
            round(min(1.0, max(0.0, position.x() / max(1, self.width()))), 4),
            round(min(1.0, max(0.0, position.y() / max(1, self.height()))), 4),
        ]

    def _begin(self, position: QPointF) -> None:
        self.strokes.append([self._point(position)])

    def _extend(self, position: QPointF) -> None:
        if self.strokes:
            self.strokes[-1].append(self._point(position))
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        self.sig_changed.emit()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.sig_changed.emit()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.WHITE))
        painter.setPen(QPen(QColor(theme.BORDER), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        # PySide6 6.11 refuses QPen's cap=/join= keywords (and the painter was left open, then a crash):
        # the styles are set one by one.
        ink = QPen(QColor(theme.TEXT), 2.4)
        ink.setCapStyle(Qt.PenCapStyle.RoundCap)
        ink.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(ink)
        for stroke in self.strokes:
            path = QPainterPath()
            path.moveTo(stroke[0][0] * self.width(), stroke[0][1] * self.height())
            for x, y in stroke[1:]:
                path.lineTo(x * self.width(), y * self.height())
            painter.drawPath(path)
        painter.end()


class SignatureDialog(QDialog):
    """After an accepted check-in: sign, or skip (the skip is logged)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tanda tangan kehadiran"))
        room_for_title(self)
        self.skipped = False
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Tanda tangan: %1").replace("%1", name))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.pad = SignaturePad()
        layout.addWidget(self.pad, 1)
        row = QHBoxLayout()
        clear = QPushButton(self.tr("Ulangi"))
        clear.clicked.connect(self.pad.clear)
        skip = QPushButton(self.tr("Lewati"))
        skip.clicked.connect(self._skip)
        self.save = QPushButton(self.tr("Simpan tanda tangan"))
        self.save.setProperty("primary", True)
        self.save.setEnabled(False)
        self.save.clicked.connect(self.accept)
        self.pad.sig_changed.connect(lambda: self.save.setEnabled(bool(self.pad.strokes)))
        row.addWidget(clear)
        row.addStretch(1)
        row.addWidget(skip)
        row.addWidget(self.save)
        layout.addLayout(row)

    def _skip(self) -> None:
        self.skipped = True
        self.reject()


class UndoDialog(QDialog):
    """Before a check-in is taken back: who, which unit, what time, and the reason (it is logged)."""

    def __init__(self, name: str, unit: str, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batalkan check-in"))
        self.setMinimumWidth(440)
        room_for_title(self)
        layout = QVBoxLayout(self)
        self.who = QLabel(name)
        self.who.setObjectName("sectionTitle")
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        self.detail = QLabel(
            " · ".join(p for p in (unit, self.tr("check-in pukul %1 WIB").replace("%1", when)) if p)
        )
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        layout.addWidget(QLabel(self.tr("Alasan pembatalan (tercatat):")))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("misalnya: salah orang"))
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = buttons.addButton(
            self.tr("Batalkan check-in orang ini"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setProperty("danger", True)
        self.confirm.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.setFocus()


# Staff leave either kiosk (self check-in, feedback) with this shortcut when no PIN is set or at hand.
KIOSK_STAFF_SHORTCUT = "Ctrl+Shift+K"


class PinDialog(QDialog):
    """Type a PIN (``confirm``: twice, to set a new one)."""

    def __init__(self, title: str, prompt: str, confirm: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        room_for_title(self)
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN (4-12 angka)"))
        layout.addWidget(self.pin)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setPlaceholderText(self.tr("Ulangi PIN"))
        self.again.setVisible(confirm)
        layout.addWidget(self.again)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm = confirm

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _try_accept(self) -> None:
        if self.confirm and self.pin.text() != self.again.text():
            self.show_error(self.tr("Kedua PIN tidak sama. Ketik ulang."))
            return
        self.accept()


def ask_kiosk_pin(parent: QWidget, ctx, event_id: int) -> bool:  # type: ignore[no-untyped-def]
    """Ask the organizer for a new kiosk PIN (twice) and store its hash; True when one was set."""
    from asn_event.checkin import options as desk_options
    from asn_event.kiosk_pin import PinError

    dialog = PinDialog(
        QCoreApplication.translate("PinDialog", "PIN kios"),
        QCoreApplication.translate(
            "PinDialog", "PIN panitia untuk keluar dari mode kios. Hanya hash PIN yang disimpan."
        ),
        confirm=True,
        parent=parent,
    )
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            desk_options.set_kiosk_pin(ctx.db, ctx.clock, event_id, dialog.pin.text())
        except PinError as exc:
            dialog.show_error(error_text(exc))
            continue
        return True
    return False
