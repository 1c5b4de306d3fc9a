"""Make the hostile roster corpus: files that once crashed, hung or exhausted the importer.

    python tests/data/hostile/make_corpus.py        # (re)writes the files next to this script

Every file is small enough to commit; the zip bomb (hundreds of MB unpacked) is made at test time
by :func:`zip_bomb`. tests/test_hostile_corpus.py imports each file in a subprocess with its memory
capped at 1 GB: the file must be refused in one line or imported, never crash or be killed.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "{sheets}"
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_SHEET_TYPE = (
    '<Override PartName="/xl/worksheets/sheet{n}.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
)
_STYLES = (
    f'<styleSheet xmlns="{MAIN}"><numFmts count="0"/><fonts count="1"><font/></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
)

HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c><c r="B1" t="inlineStr"><is><t>NIP</t></is></c>' \
    '<c r="C1" t="inlineStr"><is><t>Unit Kerja</t></is></c></row>'  # fmt: skip


def _text(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def person_row(number: int, name: str, nip_cell: str = "", unit: str = "BKPSDM") -> str:
    return f'<row r="{number}">{_text(f"A{number}", name)}{nip_cell}{_text(f"C{number}", unit)}</row>'


def sheet_xml(rows: str, extra: str = "") -> str:
    return f'<worksheet xmlns="{MAIN}"><sheetData>{HEADER}{rows}</sheetData>{extra}</worksheet>'


def _put(archive: zipfile.ZipFile, name: str, text: str) -> None:
    """A member with a fixed time stamp: the script makes the same bytes every time."""
    info = zipfile.ZipInfo(name, date_time=(2025, 11, 17, 8, 30, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, text)


def raw_xlsx(sheets: list[str] | str, shared: list[str] | None = None) -> bytes:
    """A minimal workbook from raw sheet XML, so each oddity is exactly what the test names."""
    sheets = [sheets] if isinstance(sheets, str) else sheets
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        types = "".join(_SHEET_TYPE.format(n=i + 1) for i in range(len(sheets)))
        _put(z, "[Content_Types].xml", _CONTENT_TYPES.format(sheets=types))
        _put(z,
            "_rels/.rels",
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Target="xl/workbook.xml" '
            f'Type="{REL}/officeDocument"/></Relationships>',
        )
        listed = "".join(f'<sheet name="Sheet{i + 1}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i in range(len(sheets)))
        _put(z, "xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{listed}</sheets></workbook>')
        rels = "".join(
            f'<Relationship Id="rId{i + 1}" Target="worksheets/sheet{i + 1}.xml" Type="{REL}/worksheet"/>'
            for i in range(len(sheets))
        )
        rels += f'<Relationship Id="rIdS" Target="sharedStrings.xml" Type="{REL}/sharedStrings"/>'
        rels += f'<Relationship Id="rIdT" Target="styles.xml" Type="{REL}/styles"/>'
        _put(z, "xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">{rels}</Relationships>')
        strings = "".join(f"<si><t>{s}</t></si>" for s in (shared or []))
        _put(z, "xl/sharedStrings.xml", f'<sst xmlns="{MAIN}" count="{len(shared or [])}">{strings}</sst>')
        _put(z, "xl/styles.xml", _STYLES)
        for i, xml in enumerate(sheets):
            _put(z, f"xl/worksheets/sheet{i + 1}.xml", xml)
    return buffer.getvalue()


def zip_bomb(path: Path, unpacked_mb: int = 600) -> Path:
    """An .xlsx whose one sheet unpacks to ``unpacked_mb`` MB of XML (a few hundred KB on disk)."""
    good = raw_xlsx(sheet_xml(person_row(2, "Siti Aminah")))
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with z.open(info.filename, "w", force_zip64=True) as sheet:
                    sheet.write(f'<worksheet xmlns="{MAIN}"><sheetData>'.encode())
                    chunk = b"<row/>" * (1024 * 1024 // 6)
                    for _ in range(unpacked_mb):
                        sheet.write(chunk)
                    sheet.write(b"</sheetData></worksheet>")
            else:
                z.writestr(info, source.read(info))
    return path


def wide_rows(path: Path, rows: int = 40_000) -> Path:
    """``rows`` people, each row also holding an empty formatted cell in column XFD (the last)."""
    path.write_bytes(raw_xlsx(sheet_xml(_rows(rows, lambda n: f'<c r="XFD{n}" s="0"/>'))))
    return path


def _rows(count: int, extra: Callable[[int], str] = lambda n: "") -> str:
    return "".join(
        f'<row r="{n}">{_text(f"A{n}", f"Peserta {n}")}{_text(f"C{n}", "BKPSDM")}{extra(n)}</row>'
        for n in range(2, count + 2)
    )


def _nip(ref: str, raw: str) -> str:
    return f'<c r="{ref}" t="n"><v>{raw}</v></c>'


def corpus() -> dict[str, bytes]:
    """File name -> content. The name says what is hostile about it."""
    long_name = "Panjang " * 350
    files: dict[str, bytes] = {
        "long_name.csv": f"Nama,Unit Kerja\n{long_name},BKPSDM\nSiti Aminah,BKPSDM\n".encode(),
        "control_chars.csv": b"Nama,Unit Kerja\nBudi\x07 Santoso\x1b[31m,BKPSDM\nAni\x0b Susanti,BKPSDM\n",
        "nul_in_name.csv": b"Nama,Unit Kerja\nBudi\x00 Santoso,BKPSDM\n",
        "bidi_and_zero_width.csv": "Nama,Unit Kerja\nAni \u202eitnasuS\u202c,BKPSDM\nRudi\u200b\ufeff Hartono,\u2066BKPSDM\u2069\n".encode(),
        "field_over_128k.csv": b'Nama,Unit Kerja\n"' + b"A" * 140_000 + b'",BKPSDM\n',
        "unclosed_quote.csv": b'Nama,Unit Kerja\n"Siti Aminah,BKPSDM\n' + b"x" * 200_000,
        "utf16_odd_length.csv": "\ufeffNama,Unit Kerja\nSiti Aminah,BKPSDM\n".encode("utf-16-le")[:-1],
        "utf16_bom.csv": "\ufeffNama\tUnit Kerja\nSiti Aminah\tBKPSDM\n".encode("utf-16"),
        "cp1252.csv": "Nama;Unit Kerja\nJosé Ramos;BKPSDM\n".encode("cp1252"),
        "only_header.csv": b"Nama,NIP,Unit Kerja\n",
        "empty.csv": b"",
        "blank_lines.csv": b"\n\n\n   \n",
        "binary_garbage.csv": bytes(range(256)) * 40,
        "pdf_named_csv.csv": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        "formula_injection.csv": b'Nama,Unit Kerja\n=HYPERLINK("http://x","klik"),BKPSDM\n+cmd|calc,BKPSDM\n',
        "thousand_columns.csv": ("Nama," + ",".join(f"K{i}" for i in range(1000)) + "\nSiti," + ",".join("x" * 1000) + "\n").encode(),
        "sep_line_only.csv": b"sep=;\n",
        "symbols_only_names.csv": "Nama,Unit Kerja\n-,BKPSDM\n.,BKPSDM\n---,BKPSDM\n\U0010ffff,BKPSDM\n".encode(),
        "not_a_zip.xlsx": b"Nama,Unit\nSiti,BKPSDM\n",
        "old_excel_header.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000,
        "stray_cell_in_xfd.xlsx": raw_xlsx(sheet_xml(_rows(5000) + '<row r="6000">' + _text("XFD6000", "x") + "</row>")),
        "styled_empty_to_xfd.xlsx": raw_xlsx(
            sheet_xml(_rows(2000, lambda n: f'<c r="XFD{n}" s="0"/>'))
        ),
        "exact_integer_nip.xlsx": raw_xlsx(
            sheet_xml(
                person_row(2, "Budi Santoso", _nip("B2", "1.98512302010012015E+17"))
                + person_row(3, "Ani Susanti", _nip("B3", "199001012015032004.0"))
            )
        ),
        "lost_digits_nip.xlsx": raw_xlsx(sheet_xml(person_row(2, "Budi Santoso", _nip("B2", "1.98512302010012e+17")))),
        "huge_cell.xlsx": raw_xlsx(sheet_xml(person_row(2, "A" * 40_000))),
        "shared_string_out_of_range.xlsx": raw_xlsx(
            sheet_xml('<row r="2"><c r="A2" t="s"><v>999</v></c></row>'), shared=["Siti"]
        ),
        "bad_cell_reference.xlsx": raw_xlsx(sheet_xml('<row r="2"><c r="ZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>')),
        "date_style_out_of_range.xlsx": raw_xlsx(sheet_xml(person_row(2, "Siti", '<c r="B2" s="1"><v>1e300</v></c>'))),
        "infinite_number.xlsx": raw_xlsx(sheet_xml(person_row(2, "Siti", _nip("B2", "1e400")))),
        "merge_whole_sheet.xlsx": raw_xlsx(
            sheet_xml(_rows(10), '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')
        ),
        "hundred_sheets.xlsx": raw_xlsx([sheet_xml(_rows(3)) for _ in range(100)]),
        "malformed_xml.xlsx": raw_xlsx(f'<worksheet xmlns="{MAIN}"><sheetData><row r="2"><c r="A2"'),
        "rows_far_down.xlsx": raw_xlsx(sheet_xml(person_row(1_048_576, "Siti Aminah"))),
    }
    good = files["exact_integer_nip.xlsx"]
    files["truncated.xlsx"] = good[: len(good) // 2]
    return files


def write(folder: Path = HERE) -> list[Path]:
    written = []
    for name, content in corpus().items():
        path = folder / name
        path.write_bytes(content)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"{path.stat().st_size:>9,}  {path.name}")
