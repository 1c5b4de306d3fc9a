"""Reading the agencies' sheets: header variants, encodings, delimiters, Excel's habits, bad files.

Every file is generated here, in tmp_path.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from asn_event.db.models import Employment
from asn_event.progress import Cancelled, Progress
from asn_event.roster import (
    ColumnMapping,
    Field,
    FileProblem,
    RosterFileError,
    guess_mapping,
    parse_roster,
    read_roster_file,
    sheet_names,
)
from asn_event.words import error_text, note_text

IKA = "Dr. Hj. Ika Puspitasari, S.E., M.M."
IKA_NIP = "19680411 199303 2 009"
BUDI_NIP = "199005122022211001"


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def parse(path: Path, **kwargs):
    return parse_roster(read_roster_file(path, **kwargs))


HEADER_VARIANTS = [
    ["No", "Nama", "NIP", "Jabatan", "Pangkat/Gol", "Unit Kerja"],
    ["NO.", "NAMA LENGKAP", "NIP BARU", "NAMA JABATAN", "PANGKAT / GOL. RUANG", "OPD"],
    ["No Urut", "Nama Lengkap dan Gelar", "NIP / NI PPPK", "Jabatan", "Golongan", "Perangkat Daerah"],
    ["No", "Nama Pegawai", "NI PPPK", "Jabatan Terakhir", "Pangkat", "Instansi"],
    ["Nomor", "Nama Peserta", "Nomor Induk Pegawai", "Jabatan", "Gol/Ruang", "Satuan Kerja"],
    ["No", "Nama (Gelar)", "NIP (18 digit)", "Jabatan", "Pangkat Gol Ruang", "Asal Instansi / Unit Kerja"],
]


@pytest.mark.parametrize("headers", HEADER_VARIANTS, ids=lambda h: h[1])
def test_each_header_variant_finds_name_nip_position_rank_and_unit(tmp_path, headers):
    path = write_xlsx(
        tmp_path / "peserta.xlsx",
        {"Sheet1": [headers, [1, IKA, IKA_NIP, "Kepala Bidang", "IV/a", "Dinkes PPKB"]]},
    )
    result = parse(path)
    assert not result.errors
    (row,) = result.rows
    assert row.name == IKA and row.name_key == "ika puspitasari"
    assert row.nip == "196804111993032009" and row.employment is Employment.PNS and row.sex == "P"
    assert (row.position, row.rank, row.unit) == ("Kepala Bidang", "IV/a", "Dinkes PPKB")
    assert row.row == 2 and row.sheet == "Sheet1"


def test_extra_columns_are_mapped_and_ignored_columns_left_alone():
    mapping = guess_mapping(
        [
            "No",
            "NIK",
            "Nama",
            "NIP Lama",
            "NIP Baru",
            "Pangkat",
            "Gol",
            "L/P",
            "No HP/WA",
            "Status Kepegawaian",
            "Keterangan",
        ]
    )
    assert mapping.columns == {
        Field.NAME: 2, Field.NIP: 4, Field.RANK: 5, Field.GRADE: 6, Field.SEX: 7, Field.PHONE: 8, Field.EMPLOYMENT: 9,
    }  # fmt: skip


def test_optional_columns_are_cleaned(tmp_path):
    rows = [
        ["Nama", "NIP", "Pangkat", "Gol", "Jenis Kelamin", "No HP", "Status", "Unit Kerja"],
        ["Budi Santoso", BUDI_NIP, "", "IX", "P", 81234567890, "PPPK", "DLH"],  # the NIP says male
        ["Sri Wahyuni", "", "Penata", "III/c", "Perempuan", "+62 812-3456-7890", "PNS", "DLH"],
        ["Joko", "-", "", "", "Laki-laki", "0812 3456 7891", "Honorer", "DLH"],
    ]
    budi, sri, joko = parse(write_xlsx(tmp_path / "x.xlsx", {"DLH": rows})).rows
    assert (budi.employment, budi.sex, budi.phone, budi.rank) == (Employment.PPPK, "L", "081234567890", "IX")
    assert (sri.nip, sri.employment, sri.sex, sri.phone, sri.rank) == (
        None,
        Employment.PNS,
        "P",
        "+6281234567890",
        "Penata, III/c",
    )
    assert (joko.nip, joko.employment, joko.sex) == (None, Employment.NON_ASN, "L")


ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "utf-16"]
DELIMITERS = [",", ";", "\t"]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("delimiter", DELIMITERS, ids=["comma", "semicolon", "tab"])
def test_each_csv_encoding_and_delimiter(tmp_path, encoding, delimiter):
    rows = [
        ["No", "Nama", "NIP", "Unit Kerja"],
        ["1", IKA, IKA_NIP, "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"],
        ["2", "André Wijayà", BUDI_NIP, "DLH"],
    ]
    result = parse(write_csv(tmp_path / "peserta.csv", rows, encoding, delimiter))
    assert not result.errors
    ika, andre = result.rows
    assert ika.name == IKA and ika.unit.startswith("Dinas Kesehatan, Pengendalian")
    assert andre.name == "André Wijayà" and andre.name_key == "andre wijaya" and andre.row == 3
    assert any("pemisah" in note_text(n) for n in result.notes)


def test_excel_sep_line_is_honoured(tmp_path):
    path = tmp_path / "sep.csv"
    path.write_text("sep=;\nNama;NIP\nBudi, S.T.;" + BUDI_NIP + "\n", encoding="utf-8")
    (row,) = parse(path).rows
    assert row.name == "Budi, S.T." and row.row == 3


def _store_nip_in_full(path: Path, nip: str) -> None:
    """Rewrite the sheet XML so the number cell holds all 18 digits (as some programs write it)."""
    with zipfile.ZipFile(path) as src:
        items = {name: src.read(name) for name in src.namelist()}
    xml = items["xl/worksheets/sheet1.xml"].decode()
    items["xl/worksheets/sheet1.xml"] = re.sub(r"<v>1\.9[0-9.e+]+</v>", f"<v>{nip}</v>", xml).encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in items.items():
            dst.writestr(name, data)


def test_nip_stored_as_number_exact_is_accepted(tmp_path):
    path = write_xlsx(tmp_path / "n.xlsx", {"S": [["Nama", "NIP"], ["Budi", 196804111993031009]]})
    _store_nip_in_full(path, "196804111993031009")
    (row,) = parse(path).rows
    assert row.nip == "196804111993031009"


def test_nip_that_lost_digits_is_a_row_error_saying_format_as_text(tmp_path):
    xlsx = write_xlsx(
        tmp_path / "n.xlsx", {"S": [["Nama", "NIP"], ["Budi", 196804111993031009], ["Sri", IKA_NIP]]}
    )
    csv_file = write_csv(
        tmp_path / "n.csv", [["Nama", "NIP"], ["Budi", "1,96804E+17"], ["Sri", IKA_NIP]], delimiter=";"
    )
    for path in (xlsx, csv_file):
        result = parse(path)
        assert [r.name for r in result.rows] == ["Sri"]
        (error,) = result.errors
        assert error.row == 2 and error.field is Field.NIP
        assert "Format kolom NIP sebagai Teks" in error.reason


def test_invalid_nip_is_a_row_error_with_the_reason(tmp_path):
    rows = [
        ["Nama", "NIP"],
        ["A", "196804111993131009"],
        ["B", "196804111993033009"],
        ["C", "19680411199303100"],
    ]
    errors = parse(write_csv(tmp_path / "x.csv", rows)).errors
    assert [e.row for e in errors] == [2, 3, 4]
    assert (
        "bulan 01–12" in errors[0].reason
        and "jenis kelamin" in errors[1].reason
        and "17 angka" in errors[2].reason
    )


def test_duplicates_inside_one_file_and_across_sheets(tmp_path):
    sheets = {
        "Dinkes": [["Nama", "NIP", "Unit Kerja"], [IKA, IKA_NIP, "Dinkes PPKB"], ["Joko", "", "Dinkes PPKB"],
                   ["Ika Puspitasari", "19680411.199303.2.009", "Dinkes PPKB"], ["JOKO", None, "dinkes ppkb"]],
        "DLH": [["Nama", "NIP", "Unit Kerja"], ["Dr. Ika Puspitasari", IKA_NIP, "DLH"], ["Joko", None, "DLH"]],
    }  # fmt: skip
    result = parse(write_xlsx(tmp_path / "dup.xlsx", sheets))
    assert [(r.sheet, r.row) for r in result.rows] == [("Dinkes", 2), ("Dinkes", 3), ("DLH", 3)]
    assert [(e.sheet, e.row) for e in result.errors] == [("Dinkes", 4), ("Dinkes", 5), ("DLH", 2)]
    assert "baris 2; baris ini ganda" in result.errors[0].reason
    assert "sheet 'Dinkes' baris 2" in result.errors[2].reason


def test_title_merged_header_column_numbers_and_merged_unit(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Peserta"
    ws.append(["DAFTAR NAMA PESERTA COACHING MANAJEMEN KEPEGAWAIAN"])
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["No", "Nama", "NIP", "Pangkat/Gol", None, "Unit Kerja"])
    ws.append([None, None, None, "Pangkat", "Gol", None])
    for col in "ABCF":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("D3:E3")
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"])
    ws.append([1, IKA, IKA_NIP, "Pembina", "IV/a", "Dinkes PPKB"])
    ws.append([2, "Budi Santoso", BUDI_NIP, None, "IX", None])
    ws.merge_cells("F6:F7")
    wb.save(tmp_path / "merged.xlsx")
    table = read_roster_file(tmp_path / "merged.xlsx").sheets[0]
    assert table.header_row == 4  # the lower row of the two-row header
    assert table.headers == ("No", "Nama", "NIP", "Pangkat", "Gol", "Unit Kerja")
    ika, budi = parse(tmp_path / "merged.xlsx").rows
    assert (ika.row, ika.rank) == (6, "Pembina, IV/a")
    assert (budi.row, budi.unit) == (7, "Dinkes PPKB")


def test_hidden_rows_and_sheets_are_skipped_and_said(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Peserta"
    for row in (["Nama", "NIP"], ["Ika", IKA_NIP], ["Tersembunyi", BUDI_NIP], ["Joko", None]):
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    secret = wb.create_sheet("Rekap")
    secret.append(["Nama"])
    secret.append(["Orang Lain"])
    secret.sheet_state = "hidden"
    wb.save(tmp_path / "h.xlsx")
    assert sheet_names(tmp_path / "h.xlsx") == ["Peserta"]
    result = parse(tmp_path / "h.xlsx")
    assert [r.name for r in result.rows] == ["Ika", "Joko"]
    assert any("1 baris tersembunyi tidak diimpor (baris 3)" in note_text(n) for n in result.notes)
    assert any("Rekap" in note_text(n) for n in result.notes)


def test_formulas_use_the_stored_value_or_say_it_is_missing(tmp_path):
    rows = [["No", "Nama", "NIP"], ["=ROW()-1", "Ika", IKA_NIP], [2, '=CONCAT("Bu","di")', BUDI_NIP]]
    result = parse(write_xlsx(tmp_path / "f.xlsx", {"S": rows}))
    assert [r.name for r in result.rows] == ["Ika"]  # a formula in the number column does not matter
    (error,) = result.errors
    assert error.row == 3 and "rumus tanpa nilai tersimpan" in error.reason


def test_rows_without_a_name(tmp_path):
    rows = [["Nama", "NIP", "Unit Kerja"], [None, BUDI_NIP, "DLH"], [None, None, None], [None, None, 12]]
    result = parse(write_xlsx(tmp_path / "e.xlsx", {"S": rows}))
    assert [(e.row, e.field) for e in result.errors] == [(2, Field.NAME)]
    assert "Nama kosong" in result.errors[0].reason


def test_a_chosen_mapping_overrides_the_guess(tmp_path):
    rows = [["Kolom A", "Kolom B"], ["Ika", IKA_NIP]]
    path = write_xlsx(tmp_path / "m.xlsx", {"S": rows})
    with pytest.raises(RosterFileError) as raised:
        parse(path)
    assert raised.value.problem is FileProblem.NO_NAME_COLUMN
    assert "Kolom A, Kolom B" in error_text(raised.value)
    mapping = ColumnMapping().with_column(Field.NAME, 0).with_column(Field.NIP, 1)
    (row,) = parse_roster(read_roster_file(path), {"S": mapping}).rows
    assert (row.name, row.nip) == ("Ika", "196804111993032009")
    assert mapping.with_column(Field.POSITION, 1).columns == {Field.NAME: 0, Field.POSITION: 1}


def _expect(path: Path, problem: FileProblem, words: str, **kwargs) -> None:
    with pytest.raises(RosterFileError) as raised:
        parse(path, **kwargs)
    assert raised.value.problem is problem
    assert words in error_text(raised.value)


def test_unreadable_files_say_what_to_do(tmp_path):
    (tmp_path / "kosong.xlsx").write_bytes(b"")
    _expect(tmp_path / "kosong.xlsx", FileProblem.EMPTY, "kosong")
    (tmp_path / "kosong.csv").write_text("\n\n", encoding="utf-8")
    _expect(tmp_path / "kosong.csv", FileProblem.EMPTY, "kosong")
    write_xlsx(tmp_path / "tanpa-isi.xlsx", {"Sheet1": []})
    _expect(tmp_path / "tanpa-isi.xlsx", FileProblem.NO_ROWS, "tidak berisi baris data")
    (tmp_path / "surat.pdf").write_bytes(b"%PDF-1.4\n%...")
    _expect(tmp_path / "surat.pdf", FileProblem.WRONG_TYPE, "bukan berkas Excel (.xlsx) atau CSV")
    with zipfile.ZipFile(tmp_path / "surat.xlsx", "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    _expect(tmp_path / "surat.xlsx", FileProblem.WRONG_TYPE, "Simpan daftar peserta sebagai .xlsx")
    (tmp_path / "gambar.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _expect(tmp_path / "gambar.csv", FileProblem.WRONG_TYPE, "bukan berkas teks CSV")
    _expect(tmp_path / "tidak-ada.xlsx", FileProblem.MISSING, "tidak ditemukan")


def _ole_file(path: Path, *streams: str) -> Path:
    """A compound file (the container of .xls and of encrypted .xlsx) naming the given streams."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = b"".join(name.encode("utf-16-le").ljust(128, b"\x00") for name in ("Root Entry", *streams))
    path.write_bytes(header + directory)
    return path


def test_password_protected_workbook_and_old_xls(tmp_path):
    locked = _ole_file(tmp_path / "terkunci.xlsx", "EncryptionInfo", "EncryptedPackage")
    _expect(locked, FileProblem.ENCRYPTED, "dilindungi kata sandi")
    old = _ole_file(tmp_path / "lama.xls", "Workbook")
    _expect(old, FileProblem.OLD_EXCEL, "Simpan Sebagai")


def test_unknown_sheet_names_the_sheets_there_are(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", {"Dinkes": [["Nama"], ["Ika"]], "DLH": [["Nama"], ["Joko"]]})
    _expect(path, FileProblem.NO_SHEET, "Sheet yang ada: Dinkes, DLH", sheet="Dishub")
    assert [r.name for r in parse(path, sheet="DLH").rows] == ["Joko"]


def test_fifty_thousand_rows_are_read_with_progress_and_can_be_cancelled(tmp_path):
    rows = [["Nama", "NIP", "Unit Kerja"]] + [[f"Peserta {i}", "", "DLH"] for i in range(50_000)]
    path = write_csv(tmp_path / "besar.csv", rows, delimiter=";")
    seen: list[tuple[int, int]] = []
    result = parse_roster(read_roster_file(path), progress=Progress(lambda d, t, _: seen.append((d, t))))
    assert len(result.rows) == 50_000 and not result.errors
    assert seen and seen[-1] == (50_000, 50_000)

    progress = Progress(lambda d, t, _: progress.cancel() if d >= 10_000 else None)
    with pytest.raises(Cancelled):
        parse_roster(read_roster_file(path), progress=progress)
