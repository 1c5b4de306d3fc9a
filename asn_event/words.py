"""The one table of words for the codes services return: Indonesian source text, keyed by code.

Services raise and return codes with parameters (``asn_event.domain``); this table holds the
sentence for each. The command line prints it as it is (Indonesian); the UI passes every template
through Qt's translation system (context ``Words``, see ``asn_event/ui/shell/words.py``), so the
English UI reads English. ``QT_TRANSLATE_NOOP`` only marks the strings for ``lupdate``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from asn_event.domain.enums import ScanStatus
from asn_event.domain.errors import DomainError, NotFound

if TYPE_CHECKING:
    from asn_event.nip import NipError
    from asn_event.roster.rows import RowError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


ERRORS: Mapping[str, str] = {
    "busy": QT_TRANSLATE_NOOP(
        "Words", "Basis data sedang dipakai meja lain terlalu lama. Coba lagi sebentar; data Anda belum disimpan."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Words",
        "Disk penuh: tidak ada yang disimpan. Kosongkan ruang disk (hapus berkas yang tidak perlu), lalu ulangi.",
    ),
    "connection_lost": QT_TRANSLATE_NOOP(
        "Words",
        "Server basis data {server} tidak dapat dihubungi atau sambungannya terputus. Periksa jaringan dan "
        "alamat server, lalu ulangi; data Anda belum disimpan.",
    ),
    "db_missing": QT_TRANSLATE_NOOP(
        "Words",
        "Berkas basis data tidak ditemukan: {path}. Periksa lokasinya, atau buat yang baru dengan "
        "'asn-event demo --db BERKAS'.",
    ),
    "db_read_only": QT_TRANSLATE_NOOP(
        "Words",
        "Basis data hanya bisa dibaca ({path}). Salin berkas ke folder yang bisa ditulis, atau periksa izin berkasnya.",
    ),
    "db_corrupt": QT_TRANSLATE_NOOP(
        "Words",
        "Berkas {path} bukan basis data Sinar ASN atau rusak. Berkas tidak diubah. Pulihkan dari cadangan, "
        "atau pilih berkas lain.",
    ),
    "db_damaged": QT_TRANSLATE_NOOP(
        "Words",
        "Berkas {path} rusak ({reason}). Berkas tidak diubah. Cadangan utuh terbaru: {backup}. "
        "Pulihkan dengan: asn-event restore \"{backup}\" --db \"{path}\"",
    ),
    "db_damaged_no_backup": QT_TRANSLATE_NOOP(
        "Words",
        "Berkas {path} rusak ({reason}). Berkas tidak diubah. Tidak ada cadangan otomatis yang utuh. "
        "Pulihkan dari salinan lain, atau pilih berkas lain.",
    ),
    "db_not_ours": QT_TRANSLATE_NOOP(
        "Words",
        "Basis data ini bukan milik Sinar ASN atau rusak. Tidak ada yang diubah. Pilih basis data lain "
        "(buat yang kosong untuk Sinar ASN).",
    ),
    "db_too_new": QT_TRANSLATE_NOOP(
        "Words",
        "Basis data ini dibuat oleh versi program yang lebih baru (skema {revision}). Berkas tidak diubah. "
        "Perbarui program ini lalu buka lagi.",
    ),
    "db_io": QT_TRANSLATE_NOOP(
        "Words", "Berkas basis data tidak dapat dibaca atau ditulis ({reason}). Periksa disk atau folder bersamanya."
    ),
    "db_url_unknown": QT_TRANSLATE_NOOP(
        "Words",
        "Alamat basis data '{target}' tidak dikenali. Tulis path berkas SQLite, atau URL seperti "
        "postgresql+psycopg://PENGGUNA@SERVER/NAMA.",
    ),
    "db_backend_unsupported": QT_TRANSLATE_NOOP(
        "Words",
        "Jenis basis data '{backend}' tidak didukung. Pakai berkas SQLite atau PostgreSQL (postgresql+psycopg://…).",
    ),
    "db_open": QT_TRANSLATE_NOOP("Words", "Basis data tidak dapat dibuka: {reason}"),
    "server_refused": QT_TRANSLATE_NOOP(
        "Words",
        "Server basis data {server} menolak sambungan ({reason}). Periksa nama basis data, pengguna dan sandi.",
    ),
    "conflict": QT_TRANSLATE_NOOP("Words", "Data bentrok dengan yang tersimpan. Muat ulang lalu coba lagi."),
    "undo_reason_missing": QT_TRANSLATE_NOOP(
        "Words", "Tulis alasan pembatalan (misalnya: salah orang). Alasan wajib diisi."
    ),
    "undo_not_checked_in": QT_TRANSLATE_NOOP("Words", "{name} belum check-in; tidak ada yang dibatalkan."),
    "signature_not_checked_in": QT_TRANSLATE_NOOP("Words", "Tanda tangan hanya untuk peserta yang sudah check-in."),
    "signature_empty": QT_TRANSLATE_NOOP(
        "Words", "Tanda tangan kosong. Minta peserta menandatangani, atau pilih Lewati."
    ),
    "signature_unreadable": QT_TRANSLATE_NOOP("Words", "Data tanda tangan tidak dapat dibaca. Ulangi tanda tangan."),
    "signature_too_long": QT_TRANSLATE_NOOP(
        "Words", "Tanda tangan kosong atau terlalu panjang. Ulangi tanda tangan."
    ),
    "agenda_empty": QT_TRANSLATE_NOOP("Words", "Agenda masih kosong. Tambahkan sesi di editor agenda, lalu mulai."),
    "segment_running": QT_TRANSLATE_NOOP(
        "Words", 'Sesi "{title}" sedang berjalan dan tidak bisa dihapus. Lanjutkan ke sesi berikutnya dulu, lalu hapus.'
    ),
    "timer_state_unreadable": QT_TRANSLATE_NOOP(
        "Words",
        "Keadaan timer yang tersimpan tidak bisa dibaca ({reason}). Timer dimulai ulang dari awal; "
        "waktu sebenarnya tiap sesi mungkin perlu dicek.",
    ),
    "certificate_number_clash": QT_TRANSLATE_NOOP(
        "Words", "Nomor sertifikat bentrok dengan yang baru saja dibuat di meja lain. Ulangi sekali lagi."
    ),
    "question_answered": QT_TRANSLATE_NOOP(
        "Words",
        "Pertanyaan “{text}” sudah dijawab {count} orang dan tidak bisa dihapus. "
        "Buat formulir baru bila isinya harus berubah.",
    ),
    "question_kind_answered": QT_TRANSLATE_NOOP(
        "Words",
        "Jenis pertanyaan “{text}” tidak bisa diubah: sudah ada jawaban. Tambahkan pertanyaan baru saja.",
    ),
    "form_answered": QT_TRANSLATE_NOOP(
        "Words", "Formulir “{title}” sudah diisi {count} orang dan tidak bisa dihapus. Nonaktifkan saja."
    ),
    "import_changed_meanwhile": QT_TRANSLATE_NOOP(
        "Words", "Impor dibatalkan: basis data berubah selama penyimpanan. Coba lagi."
    ),
    "nip_in_use": QT_TRANSLATE_NOOP(
        "Words", "NIP {nip} sudah dipakai oleh {name}. Cari orang itu di daftar dan ubah datanya."
    ),
    "person_clash": QT_TRANSLATE_NOOP(
        "Words", "Data bentrok dengan yang tersimpan (NIP ganda?). Muat ulang lalu coba lagi."
    ),
    "event_code_in_use": QT_TRANSLATE_NOOP("Words", "Kode acara {code} sudah dipakai. Pilih kode lain."),
    "event_has_certificates": QT_TRANSLATE_NOOP(
        "Words",
        "Acara {title} tidak dihapus: sudah terbit {count} sertifikat ({printed} sudah dicetak) dan nomornya harus "
        "tetap bisa diperiksa. Simpan dulu register sertifikatnya (Laporan), lalu hapus dengan "
        "'hapus juga sertifikat' (--force).",
    ),
}

MISSING: Mapping[str, str] = {
    "event": QT_TRANSLATE_NOOP(
        "Words", "Acara nomor {id} tidak ada. Pilih acara lain (daftar: asn-event events)."
    ),
    "registration": QT_TRANSLATE_NOOP("Words", "Peserta ini tidak terdaftar di acara ini. Muat ulang daftar."),
    "form": QT_TRANSLATE_NOOP("Words", "Formulir umpan balik #{id} tidak ditemukan. Muat ulang daftar formulir."),
    "person": QT_TRANSLATE_NOOP("Words", "Orang ini sudah dihapus dari daftar. Muat ulang daftar peserta."),
    "source_event": QT_TRANSLATE_NOOP("Words", "Acara sumber sudah tidak ada."),
    "not_found": QT_TRANSLATE_NOOP("Words", "Data yang dicari sudah tidak ada. Muat ulang lalu coba lagi."),
}

UNKNOWN_REFUSAL = QT_TRANSLATE_NOOP("Words", "Tindakan ini ditolak ({code}).")

SCANS: Mapping[ScanStatus, str] = {
    ScanStatus.ACCEPTED: QT_TRANSLATE_NOOP("Words", "Selamat datang, {name}. Check-in pukul {time} di {desk}."),
    ScanStatus.ALREADY: QT_TRANSLATE_NOOP(
        "Words", "{name} sudah check-in pukul {time} di {desk}. Tidak perlu dipindai lagi."
    ),
    ScanStatus.PARTIAL: QT_TRANSLATE_NOOP(
        "Words", "Kode terbaca sebagian. Pindai ulang pelan-pelan, kode harus utuh dan tidak terlipat."
    ),
    ScanStatus.WRONG_EVENT: QT_TRANSLATE_NOOP(
        "Words",
        "Undangan ini untuk acara lain{other}. Tanyakan undangan acara hari ini, atau cari nama peserta di kolom atas.",
    ),
    ScanStatus.FORGED: QT_TRANSLATE_NOOP(
        "Words",
        "Kode tidak sah: sudah diubah atau bukan dari panitia. Cari nama peserta di kolom atas dan laporkan ke panitia.",
    ),
    ScanStatus.NOT_REGISTERED: QT_TRANSLATE_NOOP(
        "Words",
        "Undangan ini sudah tidak terdaftar. Cari nama peserta di kolom atas, atau daftarkan sebagai peserta baru.",
    ),
    ScanStatus.UNKNOWN: QT_TRANSLATE_NOOP("Words", "Kode tidak dikenal. Cari nama peserta di kolom atas."),
}


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def _fill(template: str, params: Mapping[str, Any]) -> str:
    return template.format_map(_Params(params))


def _as_is(text: str) -> str:
    return text


def error_text(error: BaseException, translate: Callable[[str], str] = _as_is) -> str:
    """One line for the person at the desk: what happened and what to do."""
    if not isinstance(error, DomainError):
        return str(error)  # a refusal that still carries its own (Indonesian) sentence
    if " " in error.code:  # raised with a sentence by code not yet moved to codes
        return error.code
    table = MISSING if isinstance(error, NotFound) else ERRORS
    template = table.get(error.code) or (MISSING["not_found"] if isinstance(error, NotFound) else None)
    if template is None:
        return _fill(translate(UNKNOWN_REFUSAL), {"code": error.code})
    return _fill(translate(template), error.params)


def scan_text(status: ScanStatus, params: Mapping[str, Any], translate: Callable[[str], str] = _as_is) -> str:
    """The sentence for a scan result; ``params``: name, time, desk, other (already worded)."""
    return _fill(translate(SCANS[status]), params)


_TEXT_COLUMN_HINT = "Format kolom NIP sebagai Teks di Excel, ketik ulang NIP-nya, lalu impor lagi."

# Why a NIP was refused, keyed by NipProblem value (APPOINTMENT with an age: by kind).
NIP_PROBLEMS: Mapping[str, str] = {
    "empty": QT_TRANSLATE_NOOP("Words", "NIP kosong."),
    "not_digits": QT_TRANSLATE_NOOP(
        "Words", "NIP '{typed}' berisi huruf atau tanda selain angka. NIP hanya berisi 18 angka."
    ),
    "length": QT_TRANSLATE_NOOP("Words", "NIP harus 18 angka, yang tertulis {count} angka ({digits}). Periksa lagi."),
    "birth_date": QT_TRANSLATE_NOOP(
        "Words", "8 angka pertama NIP ({birth}) bukan tanggal lahir yang sah (TTTTBBHH)."
    ),
    "appointment": QT_TRANSLATE_NOOP(
        "Words",
        "Angka ke-9 sampai ke-14 NIP ({digits}) bukan TMT CPNS (TTTTBB, bulan 01–12) dan bukan nomor PPPK.",
    ),
    "appointment_PNS": QT_TRANSLATE_NOOP(
        "Words",
        "TMT CPNS {year}-{month} tidak cocok dengan tanggal lahir {birth} (umur saat diangkat {age} tahun). "
        "Periksa NIP.",
    ),
    "appointment_PPPK": QT_TRANSLATE_NOOP(
        "Words",
        "Tahun pengangkatan PPPK {year} tidak cocok dengan tanggal lahir {birth} (umur saat diangkat {age} "
        "tahun). Periksa NIP.",
    ),
    "sex_digit": QT_TRANSLATE_NOOP(
        "Words", "Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), tertulis {digit}."
    ),
    "sequence": QT_TRANSLATE_NOOP(
        "Words",
        "Nomor urut NIP 000 tidak ada ({digits}). Jika NIP berasal dari Excel, angka terakhirnya mungkin hilang: "
        "Format kolom NIP sebagai Teks di Excel, ketik ulang NIP-nya, lalu impor lagi.",
    ),
    "pppk_contract": QT_TRANSLATE_NOOP("Words", "Angka ke-14 NI PPPK (masa kontrak ke-) tidak boleh 0: {nip}."),
    "lost_digits": QT_TRANSLATE_NOOP(
        "Words",
        "NIP tersimpan sebagai angka dan kehilangan digit ({shown}). Format kolom NIP sebagai Teks di Excel, "
        "ketik ulang NIP-nya, lalu impor lagi.",
    ),
}

# Why a roster row was refused, keyed by RowProblem value; {place} is worded by PLACES.
ROW_PROBLEMS: Mapping[str, str] = {
    "name_empty": QT_TRANSLATE_NOOP("Words", "Nama kosong. Isi nama peserta atau hapus barisnya."),
    "name_no_letters": QT_TRANSLATE_NOOP("Words", "Nama '{name}' tidak berisi huruf. Periksa kolom nama."),
    "sex_unknown": QT_TRANSLATE_NOOP("Words", "Jenis kelamin '{value}' tidak dikenal; tulis L atau P."),
    "too_long": QT_TRANSLATE_NOOP(
        "Words", "{column} terlalu panjang ({length} karakter; paling banyak {limit}). Periksa isinya."
    ),
    "formula_error": QT_TRANSLATE_NOOP("Words", "Kolom {column}: sel berisi galat rumus ({value})."),
    "formula_without_value": QT_TRANSLATE_NOOP(
        "Words",
        "Kolom {column}: sel berisi rumus tanpa nilai tersimpan; buka berkas di Excel, simpan, lalu impor lagi.",
    ),
    "duplicate_nip": QT_TRANSLATE_NOOP("Words", "NIP {nip} sudah ada di {place}; baris ini ganda."),
    "duplicate_name": QT_TRANSLATE_NOOP("Words", "{name} ({unit}) sudah ada di {place}; baris ini ganda."),
    "same_person": QT_TRANSLATE_NOOP("Words", "{name} adalah orang yang sama dengan {place}; baris ini ganda."),
}

PLACES: Mapping[str, str] = {
    "row": QT_TRANSLATE_NOOP("Words", "baris {row}"),
    "sheet_row": QT_TRANSLATE_NOOP("Words", "sheet '{sheet}' baris {row}"),
}
NO_UNIT = QT_TRANSLATE_NOOP("Words", "tanpa unit")

# Column names inside row problems, keyed by roster Field value.
COLUMNS: Mapping[str, str] = {
    "name": QT_TRANSLATE_NOOP("Words", "Nama"),
    "nip": QT_TRANSLATE_NOOP("Words", "NIP / NI PPPK"),
    "position": QT_TRANSLATE_NOOP("Words", "Jabatan"),
    "rank": QT_TRANSLATE_NOOP("Words", "Pangkat"),
    "grade": QT_TRANSLATE_NOOP("Words", "Golongan"),
    "unit": QT_TRANSLATE_NOOP("Words", "Unit kerja"),
    "phone": QT_TRANSLATE_NOOP("Words", "No. HP"),
    "sex": QT_TRANSLATE_NOOP("Words", "Jenis kelamin"),
    "employment": QT_TRANSLATE_NOOP("Words", "Status kepegawaian"),
}


def nip_text(error: NipError, translate: Callable[[str], str] = _as_is) -> str:
    """Why a NIP was refused, in one sentence that says what to check."""
    key = error.problem.value
    if "age" in error.params:
        key = f"{key}_{error.params['kind']}"
    return _fill(translate(NIP_PROBLEMS[key]), error.params)


def row_text(error: RowError, translate: Callable[[str], str] = _as_is) -> str:
    """Why a roster row was refused (the sheet and row number are shown beside it)."""
    if error.nip_error is not None:
        return nip_text(error.nip_error, translate)
    params = dict(error.params)
    if "column" in params:
        params["column"] = translate(COLUMNS.get(str(params["column"]), str(params["column"])))
    if "first_row" in params:
        other = params.get("first_sheet", error.sheet) != error.sheet
        place = PLACES["sheet_row" if other else "row"]
        params["place"] = _fill(translate(place), {"sheet": params.get("first_sheet"), "row": params["first_row"]})
    if "unit" in params and not params["unit"]:
        params["unit"] = translate(NO_UNIT)
    if isinstance(params.get("length"), int):
        params["length"] = f"{params['length']:,}".replace(",", ".")
    return _fill(translate(ROW_PROBLEMS[error.problem.value]), params)
