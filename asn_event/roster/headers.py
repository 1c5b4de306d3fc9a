"""Column headers of the agencies' sheets: which column holds the name, the NIP, the unit ...

Headers are matched by the names Indonesian offices use (``Nama Lengkap``, ``NIP Baru``,
``NI PPPK``, ``Pangkat/Gol``, ``OPD``, ``Perangkat Daerah``, ``No HP``, ``L/P`` ...). The guess
is a :class:`ColumnMapping` the user can change by hand in the import dialog.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


class Field(enum.StrEnum):
    NAME = "name"
    NIP = "nip"
    POSITION = "position"
    RANK = "rank"
    GRADE = "grade"
    UNIT = "unit"
    PHONE = "phone"
    SEX = "sex"
    EMPLOYMENT = "employment"


FIELD_LABELS: dict[Field, str] = {
    Field.NAME: "Nama",
    Field.NIP: "NIP / NI PPPK",
    Field.POSITION: "Jabatan",
    Field.RANK: "Pangkat",
    Field.GRADE: "Golongan",
    Field.UNIT: "Unit kerja",
    Field.PHONE: "No. HP",
    Field.SEX: "Jenis kelamin",
    Field.EMPLOYMENT: "Status kepegawaian",
}

# Exact header names (normalized: lower case, punctuation as spaces).
_EXACT: dict[str, Field] = {}
for _field, _names in {
    Field.NAME: "nama|nama lengkap|nama pegawai|nama peserta|nama asn|nama dan gelar|nama lengkap dan gelar|"
    "nama gelar|nama lengkap gelar|nama tanpa gelar|peserta",
    Field.NIP: "nip|nip baru|ni pppk|nipppk|nip pppk|nip ni pppk|nip nipppk|nomor induk pegawai|nip nrp|"
    "nomor induk|no induk|nip 18 digit|nip nik",
    Field.POSITION: "jabatan|nama jabatan|jabatan terakhir|jabatan fungsional|jabatan struktural|jab",
    Field.RANK: "pangkat|pangkat gol|pangkat golongan|pangkat gol ruang|pangkat golongan ruang|pangkat gol rg|"
    "pangkat terakhir|pangkat gol ruang terakhir",
    Field.GRADE: "gol|golongan|gol ruang|golongan ruang|gol rg|ruang",
    Field.UNIT: "unit kerja|opd|perangkat daerah|instansi|satuan kerja|satker|skpd|unit organisasi|asal instansi|"
    "asal opd|asal unit kerja|nama opd|nama instansi|nama unit kerja|instansi unit kerja|unit|sub unit kerja|"
    "unit kerja opd|opd unit kerja|asal perangkat daerah|dinas",
    Field.PHONE: "no hp|nomor hp|hp|no telp|no telepon|telepon|telp|no wa|nomor wa|no whatsapp|whatsapp|"
    "no hp wa|nomor hp wa|no telp hp|kontak|no handphone|handphone",
    Field.SEX: "jenis kelamin|jk|l p|kelamin|gender|sex|l pr",
    Field.EMPLOYMENT: "status|status kepegawaian|status pegawai|jenis asn|status asn|jenis pegawai|"
    "jenis kepegawaian|kategori|pns pppk|asn non asn",
}.items():
    for _name in _names.split("|"):
        _EXACT[_name] = _field

# Keywords tried in this order when no exact name matches ("Nama Jabatan" is a position, not a name).
_KEYWORDS: tuple[tuple[re.Pattern[str], Field], ...] = (
    (re.compile(r"\b(nip|nipppk|pppk|nomor induk)\b"), Field.NIP),
    (re.compile(r"\bjabatan\b"), Field.POSITION),
    (re.compile(r"\bpangkat\b"), Field.RANK),
    (re.compile(r"\b(gol|golongan)\b"), Field.GRADE),
    (re.compile(r"\b(unit|opd|instansi|perangkat daerah|satker|skpd|satuan kerja)\b"), Field.UNIT),
    (re.compile(r"\b(hp|telp|telepon|wa|whatsapp|handphone)\b"), Field.PHONE),
    (re.compile(r"\bkelamin\b"), Field.SEX),
    (re.compile(r"\bnama\b"), Field.NAME),
)
# Columns that look like a field but are not the one to import.
_IGNORE = re.compile(r"\b(lama|nik|ktp|npwp|tanggal|tgl|tempat|keterangan|ket|ttd|tanda tangan|email)\b")
_NUMBER_COLUMN = re.compile(r"^(no|nomor|no urut|nomor urut|urut)$")


def normalize_header(text: object) -> str:
    """``"Pangkat / Gol."`` -> ``"pangkat gol"``."""
    if text is None:
        return ""
    t = str(text).lower().replace("\n", " ")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", t).split())


def field_for_header(text: object) -> Field | None:
    """The field a header names, or None for a column to ignore (``No``, ``NIK``, ``Keterangan``)."""
    norm = normalize_header(text)
    if not norm or _NUMBER_COLUMN.match(norm):
        return None
    if norm in _EXACT:
        return _EXACT[norm]
    if _IGNORE.search(norm):
        return None
    for pattern, found in _KEYWORDS:
        if pattern.search(norm):
            return found
    return None


@dataclass(frozen=True)
class ColumnMapping:
    """Field -> column index (0-based) in a sheet. The user may change it in the import dialog."""

    columns: Mapping[Field, int] = field(default_factory=dict)

    def get(self, f: Field) -> int | None:
        return self.columns.get(f)

    @property
    def has_name(self) -> bool:
        return Field.NAME in self.columns

    def with_column(self, f: Field, column: int | None) -> ColumnMapping:
        """A copy where ``f`` reads ``column`` (None: not imported); a column feeds one field only."""
        columns = {k: v for k, v in self.columns.items() if k != f and v != column}
        if column is not None:
            columns[f] = column
        return ColumnMapping(columns)

    def to_dict(self) -> dict[str, int]:
        return {f.value: c for f, c in self.columns.items()}


def guess_mapping(headers: Sequence[object]) -> ColumnMapping:
    """Each field gets the first column whose header names it; exact names win over keywords."""
    exact: dict[Field, int] = {}
    loose: dict[Field, int] = {}
    for index, header in enumerate(headers):
        norm = normalize_header(header)
        found = field_for_header(header)
        if found is None:
            continue
        target = exact if norm in _EXACT else loose
        target.setdefault(found, index)
    columns = dict(loose)
    columns.update(exact)
    # One column, one field: when a loose guess took a column an exact one also names, drop it.
    used: dict[int, Field] = {}
    for f, column in sorted(columns.items(), key=lambda item: item[0] not in exact):
        if column not in used:
            used[column] = f
    return ColumnMapping({f: c for c, f in used.items()})


def header_score(cells: Sequence[object]) -> int:
    """How much a row looks like a header row: the number of fields it names (name counts double)."""
    fields = {field_for_header(c) for c in cells if isinstance(c, str)}
    fields.discard(None)
    return len(fields) + (1 if Field.NAME in fields else 0)
