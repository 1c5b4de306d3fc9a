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
    from asn_event.events import FieldError
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
    "event_in_use": QT_TRANSLATE_NOOP("Words", "Acara masih dipakai dan tidak dapat dihapus."),
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


# --- words-a (#13): forms, agenda, PINs and feedback raise these codes ------------------------------
# (asn_event/events.py, roster/people.py, checkin/people.py, text_limits.py, stage/, organizer.py,
# kiosk_pin.py, feedback/). Kept in their own table to keep merges with other blocks simple.
FORM_ERRORS: Mapping[str, str] = {
    # the event form (Acara)
    "event_title_required": QT_TRANSLATE_NOOP("Words", "Judul acara wajib diisi."),
    "event_title_too_long": QT_TRANSLATE_NOOP(
        "Words", "Judul acara terlalu panjang (paling banyak {limit} huruf)."
    ),
    "event_date_required": QT_TRANSLATE_NOOP("Words", "Tanggal acara wajib diisi."),
    "event_start_required": QT_TRANSLATE_NOOP("Words", "Jam mulai wajib diisi."),
    "event_end_before_start": QT_TRANSLATE_NOOP("Words", "Jam selesai harus sesudah jam mulai."),
    "event_venue_required": QT_TRANSLATE_NOOP("Words", "Tempat acara wajib diisi."),
    "event_jp_range": QT_TRANSLATE_NOOP("Words", "JP harus antara 0 dan {limit}."),
    "event_signer_nip": QT_TRANSLATE_NOOP("Words", "NIP penandatangan: {reason}"),
    "event_code_format": QT_TRANSLATE_NOOP(
        "Words", "Kode acara hanya huruf besar, angka dan tanda hubung (3-40 karakter)."
    ),
    # the person form and the walk-in dialog
    "name_required": QT_TRANSLATE_NOOP("Words", "Nama wajib diisi."),
    "nip_invalid": "{reason}",  # the NIP's own problem, worded by NIP_PROBLEMS
    "nip_required_for": QT_TRANSLATE_NOOP(
        "Words", "NIP wajib diisi untuk {employment}; kosongkan hanya untuk non-ASN."
    ),
    "sex_invalid": QT_TRANSLATE_NOOP("Words", "Jenis kelamin L atau P."),
    "unit_required": QT_TRANSLATE_NOOP("Words", "Unit kerja wajib diisi (untuk hitungan per unit)."),
    "nip_of_other_person": QT_TRANSLATE_NOOP(
        "Words",
        "NIP ini sudah tercatat atas nama {name}. Periksa NIP yang diketik, atau cari nama {name} di kolom atas.",
    ),
    "walk_in_clash": QT_TRANSLATE_NOOP(
        "Words", "Peserta ini baru saja didaftarkan dari meja lain. Cari namanya lalu check-in."
    ),
    # text_limits: {field} is worded by TEXT_FIELDS
    "text_too_long": QT_TRANSLATE_NOOP(
        "Words", "{field} terlalu panjang ({length} karakter; paling banyak {limit}). Periksa isinya."
    ),
    # the agenda editor and the stage timer
    "segment_title_required": QT_TRANSLATE_NOOP(
        "Words", 'Judul sesi belum diisi. Tulis judulnya, misalnya "Arahan Wali Kota".'
    ),
    "segment_title_too_long": QT_TRANSLATE_NOOP(
        "Words", "Judul sesi terlalu panjang (paling banyak {limit} huruf). Persingkat."
    ),
    "segment_speaker_too_long": QT_TRANSLATE_NOOP(
        "Words", "Nama pembicara terlalu panjang (paling banyak {limit} huruf). Persingkat."
    ),
    "segment_duration_zero": QT_TRANSLATE_NOOP(
        "Words", 'Durasi sesi "{title}" harus lebih dari 0 menit. Isi lamanya dalam menit, misalnya 10.'
    ),
    "segment_duration_too_long": QT_TRANSLATE_NOOP(
        "Words",
        'Durasi sesi "{title}" {minutes} menit terlalu panjang (paling lama {limit} menit). '
        "Periksa angkanya, atau bagi menjadi beberapa sesi.",
    ),
    "segment_warning_negative": QT_TRANSLATE_NOOP(
        "Words", 'Batas peringatan sesi "{title}" tidak boleh negatif. Isi 0 untuk mematikan peringatan.'
    ),
    "segment_warning_too_long": QT_TRANSLATE_NOOP(
        "Words", 'Batas kuning sesi "{title}" terlalu panjang (paling lama {limit} menit).'
    ),
    "segment_danger_after_warning": QT_TRANSLATE_NOOP(
        "Words",
        'Batas merah sesi "{title}" ({danger}) harus sama atau lebih pendek dari batas kuning ({warning}).',
    ),
    "segment_twice": QT_TRANSLATE_NOOP(
        "Words", 'Sesi "{title}" muncul dua kali di agenda. Hapus salah satunya.'
    ),
    "agenda_stored_invalid": QT_TRANSLATE_NOOP("Words", "Agenda tersimpan tidak bisa dijalankan: {reason}"),
    "agenda_not_empty": QT_TRANSLATE_NOOP(
        "Words", "Agenda acara ini sudah berisi. Ubah sesinya satu per satu di tabel."
    ),
    # PINs
    "pin_format": QT_TRANSLATE_NOOP("Words", "PIN harus {low} sampai {high} angka. Ketik ulang PIN."),
    "pin_too_easy": QT_TRANSLATE_NOOP(
        "Words", "PIN terlalu mudah ditebak (angka sama atau berurutan). Pilih PIN lain."
    ),
    "organizer_pin_missing": QT_TRANSLATE_NOOP(
        "Words", "Tindakan ini perlu PIN penyelenggara: tambahkan --pin PIN (atau {env})."
    ),
    "organizer_pin_wrong": QT_TRANSLATE_NOOP("Words", "PIN penyelenggara salah. Tidak ada yang diubah."),
    # the feedback form editor
    "form_title_required": QT_TRANSLATE_NOOP("Words", "Judul formulir masih kosong. Isi judulnya."),
    "form_no_questions": QT_TRANSLATE_NOOP(
        "Words", "Formulir belum berisi pertanyaan. Tambahkan paling sedikit satu."
    ),
    "section_title_required": QT_TRANSLATE_NOOP("Words", "Bagian ke-{number} belum berjudul. Isi judulnya."),
    "section_empty": QT_TRANSLATE_NOOP(
        "Words", "Bagian \u201c{title}\u201d kosong. Tambahkan pertanyaan atau hapus bagiannya."
    ),
    "question_text_missing": QT_TRANSLATE_NOOP(
        "Words", "Ada pertanyaan tanpa teks di bagian \u201c{title}\u201d. Isi teksnya."
    ),
    "question_needs_choices": QT_TRANSLATE_NOOP(
        "Words", "Pertanyaan \u201c{text}\u201d butuh paling sedikit dua pilihan."
    ),
    "question_choices_twice": QT_TRANSLATE_NOOP(
        "Words", "Pilihan jawaban \u201c{text}\u201d ada yang kembar."
    ),
    # answers (kiosk, paper entry, phone form)
    "answer_scale": QT_TRANSLATE_NOOP("Words", "Pilih nilai {low} sampai {high}."),
    "answer_single": QT_TRANSLATE_NOOP("Words", "Pilih salah satu jawaban yang tersedia."),
    "answer_multiple": QT_TRANSLATE_NOOP("Words", "Pilih satu atau lebih jawaban yang tersedia."),
    "answer_not_text": QT_TRANSLATE_NOOP("Words", "Jawaban harus berupa teks."),
    "answer_too_long": QT_TRANSLATE_NOOP(
        "Words", "Jawaban terlalu panjang: {length} karakter, paling banyak {limit}. Ringkas jawaban Anda."
    ),
    "answer_kind_unknown": QT_TRANSLATE_NOOP("Words", "Jenis pertanyaan tidak dikenal."),
    "answer_required": QT_TRANSLATE_NOOP("Words", "Pertanyaan ini wajib dijawab."),
    # the organizer's own "required" message for a question: content, shown as typed
    "answer_required_own": "{message}",
}

# The names of checked text fields inside "text_too_long", keyed by TextField value.
TEXT_FIELDS: Mapping[str, str] = {
    "name": QT_TRANSLATE_NOOP("Words", "Nama"),
    "position": QT_TRANSLATE_NOOP("Words", "Jabatan"),
    "rank": QT_TRANSLATE_NOOP("Words", "Pangkat"),
    "unit": QT_TRANSLATE_NOOP("Words", "Unit kerja"),
    "phone": QT_TRANSLATE_NOOP("Words", "No. HP"),
    "title": QT_TRANSLATE_NOOP("Words", "Judul"),
}

# What a feedback kiosk or the paper entry says about a typed or scanned code, keyed by CodeStatus value.
CODE_CHECKS: Mapping[str, str] = {
    "ready": QT_TRANSLATE_NOOP("Words", "Silakan isi formulir."),
    "already": QT_TRANSLATE_NOOP(
        "Words", "Kode ini sudah dipakai mengisi formulir. Terima kasih, satu kali saja cukup."
    ),
    "not_a_code": QT_TRANSLATE_NOOP("Words", "Ini bukan kode undangan. Pindai kode QR pada undangan Anda."),
    "forged": QT_TRANSLATE_NOOP("Words", "Kode tidak sah. Minta bantuan petugas."),
    "wrong_event": QT_TRANSLATE_NOOP("Words", "Kode ini untuk acara lain. Minta bantuan petugas."),
    "unknown": QT_TRANSLATE_NOOP("Words", "Kode tidak terdaftar di acara ini. Minta bantuan petugas."),
    "nip_unknown": QT_TRANSLATE_NOOP(
        "Words", "NIP ini tidak terdaftar di acara ini. Periksa angkanya atau ketik kode undangan."
    ),
}

# Groups thousands in numbers inside sentences ("10.000"); the English translation is ",".
DIGIT_GROUP = QT_TRANSLATE_NOOP("Words", ".")


def _worded(params: Mapping[str, Any], translate: Callable[[str], str]) -> dict[str, Any]:
    """Parameters as they appear in a sentence: a nested error in words, a text field named, big numbers grouped."""
    worded = dict(params)
    for key, value in params.items():
        if isinstance(value, DomainError):
            worded[key] = error_text(value, translate)
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1000:
            worded[key] = f"{value:,}".replace(",", translate(DIGIT_GROUP))
    if "field" in params and str(params["field"]) in TEXT_FIELDS:
        worded["field"] = translate(TEXT_FIELDS[str(params["field"])])
    return worded


def code_check_text(status: str, translate: Callable[[str], str] = _as_is) -> str:
    """What a feedback screen says about a code (``CodeStatus`` value)."""
    return translate(CODE_CHECKS[status])


def field_text(error: FieldError, translate: Callable[[str], str] = _as_is) -> str:
    """A form field's problem (events, person form, walk-in); a refused NIP worded by :func:`nip_text`."""
    params = dict(error.params)
    if error.nip_error is not None:
        params["reason"] = nip_text(error.nip_error, translate)
    return _fill(translate(FORM_ERRORS[error.code]), _worded(params, translate))


# --- end of words-a block ------------------------------------------------------------------------------


def error_text(error: BaseException, translate: Callable[[str], str] = _as_is) -> str:
    """One line for the person at the desk: what happened and what to do."""
    if not isinstance(error, DomainError):
        return str(error)  # a refusal that still carries its own (Indonesian) sentence
    if " " in error.code:  # raised with a sentence by code not yet moved to codes
        return error.code
    table = MISSING if isinstance(error, NotFound) else ERRORS
    template = table.get(error.code) or (MISSING["not_found"] if isinstance(error, NotFound) else None)
    template = template or FORM_ERRORS.get(error.code)  # words-a block
    if template is None:
        return _fill(translate(UNKNOWN_REFUSAL), {"code": error.code})
    return _fill(translate(template), _worded(error.params, translate))


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
