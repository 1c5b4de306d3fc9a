"""The form to add a participant by hand or correct one (name with titles, NIP, unit ...)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_event.domain import Employment
from asn_event.nip import NipError, employment_for, parse_nip
from asn_event.roster.people import FieldError, PersonDraft, validate_person
from asn_event.roster.search import PersonRow
from asn_event.roster.units import KnownUnit
from asn_event.text_limits import LIMITS, TextField
from asn_event.ui.shell.errors import field_error_text


class PersonDialog(QDialog):
    def __init__(
        self, units: list[KnownUnit], row: PersonRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ubah data peserta") if row else self.tr("Tambah peserta"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.name_edit = QLineEdit(row.name if row else "")
        self.name_edit.setPlaceholderText(self.tr("Dr. Hj. Siti Aminah, S.E., M.M."))
        self.nip_edit = QLineEdit(row.nip_display if row else "")
        self.nip_edit.setPlaceholderText(self.tr("18 angka; kosongkan untuk non-ASN"))
        self.nip_info = QLabel()
        self.nip_info.setObjectName("muted")
        self.employment_combo = QComboBox()
        for employment in Employment:
            self.employment_combo.addItem(employment.value, employment)
        if row:
            self.employment_combo.setCurrentIndex(list(Employment).index(row.employment))
        else:
            self.employment_combo.setCurrentIndex(list(Employment).index(Employment.NON_ASN))
        self.rank_edit = QLineEdit(row.rank if row else "")
        self.rank_edit.setPlaceholderText(self.tr("Penata, III/c"))
        self.position_edit = QLineEdit(row.position if row else "")
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("(tanpa unit)"), None)
        for unit in units:
            label = (
                f"{unit.short_name} — {unit.name}"
                if unit.short_name and unit.short_name != unit.name
                else unit.name
            )
            self.unit_combo.addItem(label, unit.id)
        if row and row.unit_id is not None:
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(row.unit_id)))
        self.phone_edit = QLineEdit(row.phone if row else "")
        # The limits of asn_event/text_limits.py, so a pasted novel stops where the check would refuse it.
        for edit, field in (
            (self.name_edit, TextField.NAME),
            (self.rank_edit, TextField.RANK),
            (self.position_edit, TextField.POSITION),
            (self.phone_edit, TextField.PHONE),
        ):
            edit.setMaxLength(LIMITS[field])
        self.errors: dict[str, QLabel] = {}
        for key, label, widget in (
            ("name", self.tr("Nama dan gelar"), self.name_edit),
            ("nip", self.tr("NIP / NI PPPK"), self.nip_edit),
            ("employment", self.tr("Status"), self.employment_combo),
            ("rank", self.tr("Pangkat/Gol"), self.rank_edit),
            ("position", self.tr("Jabatan"), self.position_edit),
            ("unit", self.tr("Unit kerja"), self.unit_combo),
            ("phone", self.tr("No. HP"), self.phone_edit),
        ):
            form.addRow(label, widget)
            if key == "nip":
                form.addRow("", self.nip_info)
            error = QLabel()
            error.setObjectName("errorText")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            form.addRow("", error)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setProperty("primary", True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.nip_edit.textChanged.connect(self._nip_changed)
        self.employment_combo.currentIndexChanged.connect(self._without_nip)
        self._nip_changed(self.nip_edit.text())

    def _nip_changed(self, text: str) -> None:
        """Tell what the NIP says as it is typed: PNS/PPPK, birth date, sex."""
        if not text.strip():
            if not self.employment_combo.isEnabled():  # the erased NIP chose the status: without one, non-ASN
                self.employment_combo.setCurrentIndex(list(Employment).index(Employment.NON_ASN))
            self.employment_combo.setEnabled(True)
            self._without_nip()
            return
        parsed = parse_nip(text)
        if isinstance(parsed, NipError):
            self.nip_info.setText("")
            self.employment_combo.setEnabled(True)
            return
        sex = self.tr("laki-laki") if parsed.sex.value == "L" else self.tr("perempuan")
        self.nip_info.setText(
            self.tr("{kind} · lahir {birth} · {sex}").format(
                kind=parsed.kind.value, birth=parsed.birth_date.strftime("%d-%m-%Y"), sex=sex
            )
        )
        self.employment_combo.setCurrentIndex(list(Employment).index(employment_for(parsed)))
        self.employment_combo.setEnabled(False)

    def _without_nip(self) -> None:
        """With no NIP, say what that means for the chosen status (PNS and PPPK need one)."""
        if self.nip_edit.text().strip():
            return
        employment = Employment(self.employment_combo.currentData())  # Qt hands a StrEnum back as str
        if employment is Employment.NON_ASN:
            self.nip_info.setText(self.tr("Tanpa NIP: non-ASN."))
        else:
            self.nip_info.setText(self.tr("{kind} wajib punya NIP 18 angka.").format(kind=employment.value))

    def draft(self) -> PersonDraft:
        return PersonDraft(
            name=self.name_edit.text(),
            nip=self.nip_edit.text(),
            employment=Employment(self.employment_combo.currentData()),  # Qt hands a StrEnum back as str
            rank=self.rank_edit.text(),
            position=self.position_edit.text(),
            unit_id=self.unit_combo.currentData(),
            phone=self.phone_edit.text(),
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.hide()
        for error in errors:
            label = self.errors.get(error.field, self.errors["name"])
            label.setText(field_error_text(error))
            label.show()

    def _accept(self) -> None:
        errors = validate_person(self.draft())
        if errors:
            self.show_errors(errors)
            return
        self.accept()
