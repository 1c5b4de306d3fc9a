"""The one table of words for the codes services return: Indonesian source text, keyed by code.

Services raise and return codes with parameters (``asn_event.domain``); this table holds the
sentence for each. The command line prints it as it is (Indonesian); the UI passes every template
through Qt's translation system (context ``Words``, see ``asn_event/ui/shell/words.py``), so the
English UI reads English. ``QT_TRANSLATE_NOOP`` only marks the strings for ``lupdate``.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from asn_event.domain.enums import ScanStatus
from asn_event.domain.errors import DomainError, NotFound
from asn_event.domain.notes import Note

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
    "event_not_deleted": QT_TRANSLATE_NOOP("Words", "Acara #{id} tidak dihapus."),
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


# --- forms and rules: what events.py, roster/people.py, checkin/people.py, text_limits.py, stage/,
# organizer.py, kiosk_pin.py and feedback/ refuse with (looked up by error_text after ERRORS) ------
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
        "NIP ini sudah tercatat atas nama {name} — periksa NIP yang diketik, atau cari nama {name} di kolom atas.",
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


def code_check_text(status: str, translate: Callable[[str], str] = _as_is) -> str:
    """What a feedback screen says about a code (``CodeStatus`` value)."""
    return translate(CODE_CHECKS[status])


def field_text(error: FieldError, translate: Callable[[str], str] = _as_is) -> str:
    """A form field's problem (events, person form, walk-in); a refused NIP worded by :func:`nip_text`."""
    params = dict(error.params)
    if error.nip_error is not None:
        params["reason"] = nip_text(error.nip_error, translate)
    return _fill(translate(FORM_ERRORS[error.code]), _worded(params, translate))



def error_text(error: BaseException, translate: Callable[[str], str] = _as_is) -> str:
    """One line for the person at the desk: what happened and what to do."""
    if not isinstance(error, DomainError):
        return str(error)  # a refusal that still carries its own (Indonesian) sentence
    template = (MISSING if isinstance(error, NotFound) else REFUSALS).get(error.code) or REFUSALS.get(error.code)
    template = template or (MISSING["not_found"] if isinstance(error, NotFound) else None)
    if template is None:
        return _fill(translate(UNKNOWN_REFUSAL), {"code": error.code})
    return _fill(translate(template), _worded(error.params, translate))


def scan_text(status: ScanStatus, params: Mapping[str, Any], translate: Callable[[str], str] = _as_is) -> str:
    """The sentence for a scan result; ``params``: name, time, desk, other (already worded)."""
    return _fill(translate(SCANS[status]), params)


# --- files and storage: database files and backups, restore, merge, the office key, certificate
# numbers, settings and codes, roster files, output paths, the phone server and the command line
# (looked up by error_text after ERRORS; keys are the codes those modules raise) ---------------------
FILE_ERRORS: Mapping[str, str] = {
    "file_missing": QT_TRANSLATE_NOOP("Words", "Berkas tidak ditemukan: {path}. Periksa nama dan foldernya."),
    "backup_exists": QT_TRANSLATE_NOOP("Words", "Berkas cadangan {path} sudah ada. Pilih nama lain."),
    "backup_source_missing": QT_TRANSLATE_NOOP("Words", "Berkas basis data tidak ditemukan: {path}."),
    "backup_not_folder": QT_TRANSLATE_NOOP("Words", "{path} bukan folder. Pilih folder lain untuk cadangan."),
    "backup_failed": QT_TRANSLATE_NOOP("Words", "Cadangan gagal dibuat: {reason}. Basis data tidak diubah."),
    "backup_unverified": QT_TRANSLATE_NOOP("Words", "Cadangan gagal diperiksa dan tidak disimpan: {problem}"),
    "backup_unwritable": QT_TRANSLATE_NOOP(
        "Words", "Cadangan tidak dapat ditulis ke {folder} ({reason}). Basis data tidak diubah."
    ),
    "backup_mirror_missing": QT_TRANSLATE_NOOP(
        "Words", "Folder cadangan kedua {path} tidak ada (diska lepas dicabut?)."
    ),
    "backup_sqlite_only": QT_TRANSLATE_NOOP(
        "Words", "Cadangan berkas hanya untuk basis data SQLite; untuk PostgreSQL pakai pg_dump."
    ),
    "db_in_use": QT_TRANSLATE_NOOP(
        "Words",
        "Basis data {path} sedang dibuka program lain (meja lain atau jendela Sinar ASN lain). "
        "Tutup program itu dulu, lalu ulangi. Tidak ada yang diubah.",
    ),
    "db_driver_missing": QT_TRANSLATE_NOOP(
        "Words",
        "Penghubung basis data untuk '{driver}' tidak terpasang. Untuk PostgreSQL pasang "
        "'pip install \".[postgres]\"' dan pakai postgresql+psycopg://…",
    ),
    "restore_same_file": QT_TRANSLATE_NOOP(
        "Words", "Berkas cadangan sama dengan basis data yang dipakai. Pilih berkas cadangan lain."
    ),
    "restore_no_folder": QT_TRANSLATE_NOOP("Words", "Folder {path} tidak ada. Pilih lokasi basis data lain."),
    "restore_failed": QT_TRANSLATE_NOOP(
        "Words", "Pemulihan gagal ({reason}); basis data lama tetap dipakai."
    ),
    "restore_sqlite_only": QT_TRANSLATE_NOOP(
        "Words",
        "Cadangan dan pemulihan hanya untuk berkas SQLite; untuk PostgreSQL pakai pg_dump/pg_restore.",
    ),
    "merge_unreadable": QT_TRANSLATE_NOOP("Words", "Berkas {path} tidak dapat digabungkan: {problem}"),
    "merge_same_file": QT_TRANSLATE_NOOP(
        "Words", "Berkas itu adalah basis data yang sedang dipakai. Pilih salinan dari laptop lain."
    ),
    "merge_other_office": QT_TRANSLATE_NOOP(
        "Words",
        "Berkas {path} berasal dari kantor lain (kunci tanda tangan sertifikat berbeda). Tidak ada yang digabungkan.",
    ),
    "merge_no_common_event": QT_TRANSLATE_NOOP(
        "Words", "Tidak ada acara yang sama di kedua berkas (dicocokkan dengan kode acara)."
    ),
    "key_lost": QT_TRANSLATE_NOOP(
        "Words",
        "Kunci tanda tangan kantor hilang, padahal {issued} sertifikat sudah terbit. Kunci baru tidak dibuat "
        "(sertifikat lama tidak akan terverifikasi). Pulihkan kunci: asn-event office-key --restore BERKAS.pem",
    ),
    "key_none": QT_TRANSLATE_NOOP(
        "Words", "Belum ada kunci kantor: kunci dibuat saat sertifikat pertama diterbitkan."
    ),
    "key_file_exists": QT_TRANSLATE_NOOP(
        "Words", "Berkas {path} sudah ada. Pilih nama lain, atau tambahkan --force."
    ),
    "key_no_folder": QT_TRANSLATE_NOOP("Words", "Folder {path} tidak ada."),
    "key_not_backup": QT_TRANSLATE_NOOP(
        "Words", "Berkas {path} bukan cadangan kunci kantor (PEM Ed25519 tanpa sandi)."
    ),
    "key_wrong_kind": QT_TRANSLATE_NOOP(
        "Words", "Berkas {path} berisi kunci jenis lain, bukan kunci Ed25519 kantor."
    ),
    "public_key_unreadable": QT_TRANSLATE_NOOP(
        "Words",
        "Berkas kunci publik tidak dikenali. Pakai berkas .pem hasil 'Ekspor kunci publik' dari "
        "kantor penerbit sertifikat.",
    ),
    "public_key_wrong_kind": QT_TRANSLATE_NOOP(
        "Words", "Kunci publik ini bukan kunci Ed25519 sertifikat Sinar ASN."
    ),
    "sign_field": QT_TRANSLATE_NOOP("Words", "Isian {field} tidak bisa ditandatangani: {value}."),
    "sign_jp_negative": QT_TRANSLATE_NOOP("Words", "JP tidak boleh negatif."),
    "pattern_empty": QT_TRANSLATE_NOOP("Words", "Pola nomor masih kosong. Contoh: {example}."),
    "pattern_braces": QT_TRANSLATE_NOOP(
        "Words", "Pola nomor tidak bisa dibaca: kurung kurawal tidak berpasangan. Contoh: {example}."
    ),
    "pattern_unknown": QT_TRANSLATE_NOOP(
        "Words", "Pola nomor memuat {placeholder} yang tidak dikenal. Yang bisa dipakai: {known}."
    ),
    "pattern_conversion": QT_TRANSLATE_NOOP("Words", "Pola nomor: tulis {placeholder} tanpa '{conversion}'."),
    "pattern_seq_format": QT_TRANSLATE_NOOP(
        "Words",
        "Pola nomor: format {placeholder} tidak dikenal. Pakai {plain} atau {padded} (tiga angka: 001).",
    ),
    "pattern_seq_count": QT_TRANSLATE_NOOP(
        "Words", "Pola nomor harus memuat {plain} (nomor urut) tepat satu kali. Contoh: {example}."
    ),
    "pattern_unusable": QT_TRANSLATE_NOOP(
        "Words", "Pola nomor tidak bisa dipakai ({reason}). Contoh: {example}."
    ),
    "pattern_too_long": QT_TRANSLATE_NOOP(
        "Words", "Nomor yang dihasilkan terlalu panjang (lebih dari {limit} huruf). Persingkat polanya."
    ),
    "pattern_separator": QT_TRANSLATE_NOOP(
        "Words", "Pola nomor tidak boleh memuat tanda '|' atau pindah baris."
    ),
    "cert_extra_lines": QT_TRANSLATE_NOOP("Words", "Paling banyak {limit} baris tambahan pada sertifikat."),
    "cert_extra_line_long": QT_TRANSLATE_NOOP(
        "Words", "Baris tambahan terlalu panjang (paling banyak {limit} huruf per baris)."
    ),
    "cert_no_output": QT_TRANSLATE_NOOP(
        "Words", "Pilih berkas PDF gabungan, folder PDF per orang, atau keduanya."
    ),
    "cert_none_eligible": QT_TRANSLATE_NOOP(
        "Words",
        "Belum ada peserta yang berhak sertifikat: belum ada yang check-in (atau mengisi umpan balik, "
        "bila disyaratkan). Tambahkan peserta secara manual di daftar, atau cetak setelah acara.",
    ),
    "cert_none_issued": QT_TRANSLATE_NOOP(
        "Words", "Belum ada sertifikat yang diterbitkan untuk acara ini. Buat sertifikat dulu."
    ),
    "cert_none_to_print": QT_TRANSLATE_NOOP(
        "Words", "Tidak ada sertifikat untuk dicetak: belum ada peserta yang memenuhi syarat."
    ),
    "output_empty": QT_TRANSLATE_NOOP("Words", "Nama berkas keluaran kosong. Sebutkan nama berkasnya."),
    "output_nul": QT_TRANSLATE_NOOP("Words", "Nama berkas keluaran berisi karakter NUL. Pilih nama lain."),
    "output_database": QT_TRANSLATE_NOOP(
        "Words",
        "{path} adalah basis data (atau cadangannya) dan tidak pernah ditimpa. Pilih nama berkas lain.",
    ),
    "output_not_folder": QT_TRANSLATE_NOOP("Words", "{path} adalah berkas, bukan folder. Pilih folder."),
    "output_folder_used": QT_TRANSLATE_NOOP(
        "Words",
        "Folder {path} sudah berisi berkas. Pilih folder kosong, atau tambahkan --force untuk menimpa "
        "berkas yang bernama sama.",
    ),
    "output_no_folder": QT_TRANSLATE_NOOP(
        "Words", "Folder {folder} tidak ada. Buat foldernya dulu atau pilih lokasi lain."
    ),
    "output_is_folder": QT_TRANSLATE_NOOP("Words", "{path} adalah folder. Sebutkan nama berkas di dalamnya."),
    "output_exists": QT_TRANSLATE_NOOP(
        "Words", "Berkas {path} sudah ada. Pilih nama lain, atau tambahkan --force untuk menimpanya."
    ),
    "output_unwritable": QT_TRANSLATE_NOOP(
        "Words",
        "Berkas {name} tidak dapat disimpan ({reason}). Tutup berkas itu di Excel atau pilih folder lain.",
    ),
    "server_bad_address": QT_TRANSLATE_NOOP(
        "Words", "Alamat '{host}' bukan alamat IP. Pilih alamat jaringan laptop ini."
    ),
    "server_bad_port": QT_TRANSLATE_NOOP("Words", "Port {port} di luar 1-65535. Pakai misalnya {default}."),
    "server_cannot_open": QT_TRANSLATE_NOOP(
        "Words", "Tidak bisa membuka {url} ({reason}). Pilih port lain, atau tutup program yang memakainya."
    ),
    "roster_missing": QT_TRANSLATE_NOOP("Words", "Berkas tidak ditemukan: {path}."),
    "roster_is_folder": QT_TRANSLATE_NOOP("Words", "{path} adalah folder. Pilih berkas {supported}."),
    "roster_too_big": QT_TRANSLATE_NOOP(
        "Words",
        "{name} terlalu besar ({size}; paling besar {limit}). Bagi daftar peserta ke beberapa berkas.",
    ),
    "roster_empty": QT_TRANSLATE_NOOP("Words", "Berkas {name} kosong. Pilih berkas lain."),
    "roster_zero_bytes": QT_TRANSLATE_NOOP("Words", "Berkas {name} kosong (0 bita). Pilih berkas lain."),
    "roster_encrypted": QT_TRANSLATE_NOOP(
        "Words",
        "Buku kerja {name} dilindungi kata sandi. Buka di Excel, hapus kata sandinya "
        "(File > Info > Proteksi Buku Kerja > Enkripsi dengan Kata Sandi), simpan, lalu impor lagi.",
    ),
    "roster_old_excel": QT_TRANSLATE_NOOP(
        "Words",
        "{name} berformat Excel lama (.xls). Buka di Excel lalu Simpan Sebagai "
        "'Buku Kerja Excel (.xlsx)', kemudian impor berkas .xlsx itu.",
    ),
    "roster_unpacks_too_big": QT_TRANSLATE_NOOP(
        "Words",
        "{name} berisi terlalu banyak data setelah dibuka ({size}; paling banyak {limit}). Simpan hanya "
        "daftar peserta di buku kerja baru, lalu impor lagi.",
    ),
    "roster_wrong_type": QT_TRANSLATE_NOOP(
        "Words",
        "{name} bukan berkas {supported}. Simpan daftar peserta sebagai .xlsx atau .csv, lalu impor lagi.",
    ),
    "roster_no_csv_sheet": QT_TRANSLATE_NOOP("Words", "Berkas CSV tidak punya sheet '{sheet}'."),
    "roster_no_sheet": QT_TRANSLATE_NOOP(
        "Words", "Sheet '{sheet}' tidak ada di {name}. Sheet yang ada: {sheets}."
    ),
    "roster_locked": QT_TRANSLATE_NOOP(
        "Words",
        "{name} tidak bisa dibuka (sedang dibuka program lain atau tanpa izin baca). "
        "Tutup berkas di Excel lalu coba lagi.",
    ),
    "roster_too_many_rows": QT_TRANSLATE_NOOP(
        "Words", "'{where}' berisi lebih dari {limit} baris data. Bagi daftar peserta ke beberapa berkas."
    ),
    "roster_far_cell": QT_TRANSLATE_NOOP(
        "Words",
        "Sheet '{sheet}' berisi data di sel {cell}, jauh di kanan (paling banyak {limit} kolom). "
        "Hapus isi sel itu, simpan, lalu impor lagi.",
    ),
    "roster_long_cell": QT_TRANSLATE_NOOP(
        "Words",
        "Sel {cell} di sheet '{sheet}' berisi {length} karakter; sel Excel paling banyak {limit}. Perbaiki sel itu.",
    ),
    "roster_broken_sheet": QT_TRANSLATE_NOOP(
        "Words", "Sheet '{sheet}' rusak dan tidak bisa dibaca ({reason}). Simpan ulang di Excel."
    ),
    "roster_no_rows": QT_TRANSLATE_NOOP(
        "Words", "{name} tidak berisi baris data. Isi daftar peserta lalu impor lagi."
    ),
    "roster_no_name_column": QT_TRANSLATE_NOOP(
        "Words",
        "Kolom nama tidak ditemukan. Beri judul 'Nama' pada kolom nama peserta (atau pilih kolomnya "
        "di dialog impor), lalu coba lagi. Judul kolom yang terbaca: {found}.",
    ),
    "csv_not_text": QT_TRANSLATE_NOOP(
        "Words",
        "{name} bukan berkas teks CSV. Simpan daftar peserta sebagai .xlsx atau .csv, lalu impor lagi.",
    ),
    "csv_broken_utf16": QT_TRANSLATE_NOOP(
        "Words",
        "{name} berformat UTF-16 tetapi terpotong atau rusak di bita ke-{offset}. "
        "Simpan ulang dari Excel sebagai CSV UTF-8, lalu impor lagi.",
    ),
    "csv_long_field": QT_TRANSLATE_NOOP(
        "Words",
        "{name} berisi isian lebih panjang dari {limit} karakter (sel Excel paling banyak {limit}). "
        "Periksa tanda kutip yang tidak ditutup, lalu impor lagi.",
    ),
    "csv_unreadable": QT_TRANSLATE_NOOP(
        "Words", "{name} tidak bisa dibaca sebagai CSV ({reason}). Simpan ulang dari Excel sebagai CSV."
    ),
    "csv_too_many_columns": QT_TRANSLATE_NOOP(
        "Words",
        "Baris {row} di {name} berisi {count} kolom; paling banyak {limit}. Periksa pemisah kolomnya, lalu impor lagi.",
    ),
    # the command line's own refusals (asn_event/cli)
    "cli_problem": QT_TRANSLATE_NOOP("Words", "{problem}"),
    "cli_restore_needs_force": QT_TRANSLATE_NOOP(
        "Words",
        "{target} sudah berisi data dan akan diganti oleh {backup} ({events} acara, {registrations} "
        "pendaftaran). Tambahkan --force untuk memulihkan; salinan basis data sekarang disimpan di folder cadangan.",
    ),
    "cli_report_suffix": QT_TRANSLATE_NOOP(
        "Words", "Berkas keluaran untuk '{kind}' harus berakhiran {suffixes}: {path}"
    ),
    "cli_report_year": QT_TRANSLATE_NOOP(
        "Words", "Tahun {year} tidak masuk akal. Tulis seperti --year 2025."
    ),
    "cli_no_events": QT_TRANSLATE_NOOP(
        "Words", "Belum ada acara di basis data ini. Buat acara dulu (mis. 'asn-event demo')."
    ),
    "cli_report_empty": QT_TRANSLATE_NOOP("Words", "{problem} Pakai --all-registered untuk daftar kosong."),
    "cli_key_unreadable": QT_TRANSLATE_NOOP("Words", "{path}: {problem}"),
    "cli_key_not_pem": QT_TRANSLATE_NOOP(
        "Words", "{path} bukan berkas kunci publik (.pem). Ekspor kunci dari kantor penerbit."
    ),
    "cli_key_file_unreadable": QT_TRANSLATE_NOOP(
        "Words", "Berkas kunci {path} tidak bisa dibaca ({reason})."
    ),
    "cli_demo_participants": QT_TRANSLATE_NOOP("Words", "--participants harus antara 0 dan 1.000.000."),
    "cli_demo_order": QT_TRANSLATE_NOOP("Words", "Harus 0 ≤ --responses ≤ --checked-in ≤ --participants."),
    "cli_no_active_form": QT_TRANSLATE_NOOP(
        "Words",
        "Acara #{event} belum punya formulir umpan balik aktif. Aktifkan satu di halaman Umpan Balik.",
    ),
    "cli_server_stopped": QT_TRANSLATE_NOOP("Words", "Server formulir berhenti sendiri. Jalankan lagi."),
    "cli_feedback_suffix": QT_TRANSLATE_NOOP("Words", "--out harus berakhiran .xlsx atau .csv."),
    "cli_no_form": QT_TRANSLATE_NOOP("Words", "Acara #{event} belum punya formulir umpan balik."),
    "cli_form_other_event": QT_TRANSLATE_NOOP("Words", "Formulir #{form} bukan milik acara #{event}."),
    "cli_size_unknown": QT_TRANSLATE_NOOP("Words", "Ukuran '{text}' tidak dikenal. Tulis seperti 1366x768."),
    "cli_size_range": QT_TRANSLATE_NOOP(
        "Words", "Ukuran {size} di luar batas ({smallest} sampai {largest})."
    ),
    "cli_page_unknown": QT_TRANSLATE_NOOP("Words", "Halaman '{page}' tidak dikenal. Pilihan: {known}."),
    "cli_state_unknown": QT_TRANSLATE_NOOP(
        "Words", "Keadaan '{state}' tidak dikenal untuk {page}. Pilihan: {known}."
    ),
    "cli_none": QT_TRANSLATE_NOOP("Words", "tidak ada"),
    "cli_certificates_what": QT_TRANSLATE_NOOP(
        "Words", "Sebutkan --out FILE.pdf, --per-person DIR, atau --export-key FILE.pem."
    ),
    "cli_certificates_event": QT_TRANSLATE_NOOP(
        "Words", "Sebutkan acaranya dengan --event ID (lihat 'asn-event events')."
    ),
    "cli_same_out_and_key": QT_TRANSLATE_NOOP(
        "Words", "--out dan --export-key menunjuk berkas yang sama. Pilih dua nama berbeda."
    ),
    "cli_purge_kept": QT_TRANSLATE_NOOP(
        "Words",
        "Data pribadi acara {event} disimpan sampai {until}. Tambahkan --force untuk menghapusnya sekarang.",
    ),
    "cli_interrupted": QT_TRANSLATE_NOOP("Words", "dihentikan."),
    "cli_no_valid_rows": QT_TRANSLATE_NOOP("Words", "tidak ada baris yang valid ({invalid} baris ditolak)."),
    "cli_codes_refused": QT_TRANSLATE_NOOP("Words", "{refused} dari {total} kode tidak diterima."),
    # the first column of `asn-event checkin`: accepted, already checked in, anything else
    "cli_scan_accepted": QT_TRANSLATE_NOOP("Words", "OK"),
    "cli_scan_already": QT_TRANSLATE_NOOP("Words", "SUDAH"),
    "cli_scan_refused": QT_TRANSLATE_NOOP("Words", "DITOLAK"),
}

# What a command reports when it is done (the command line prints these as they are).
CLI_LINES: Mapping[str, str] = {
    "backup_made": QT_TRANSLATE_NOOP(
        "Words",
        "Cadangan dibuat dan diperiksa utuh: {path} ({events} acara, {registrations} pendaftaran, {checked_in} hadir)",
    ),
    "public_key_saved": QT_TRANSLATE_NOOP("Words", "Kunci publik disimpan: {path}"),
    "certificates_made": QT_TRANSLATE_NOOP("Words", "{pages} sertifikat ({new} nomor baru) → {where}"),
    "certificates_where_both": QT_TRANSLATE_NOOP("Words", "{out} dan {files}"),
    "certificates_files": QT_TRANSLATE_NOOP("Words", "{count} berkas di {folder}"),
    "warning": QT_TRANSLATE_NOOP("Words", "peringatan: {text}"),
    "demo_made": QT_TRANSLATE_NOOP("Words", "Acara contoh dibuat: #{id} {code} · {title} · {registered} peserta"),
    "no_events": QT_TRANSLATE_NOOP("Words", "Belum ada acara. Buat acara contoh dengan 'asn-event demo'."),
    "event_removal_summary": QT_TRANSLATE_NOOP(
        "Words",
        "{registrations} pendaftaran ({checked_in} hadir), {scans} catatan pindai, {agenda_items} sesi agenda, "
        "{forms} formulir dengan {responses} jawaban umpan balik, {certificates} sertifikat",
    ),
    "event_delete_question": QT_TRANSLATE_NOOP(
        "Words",
        "Hapus acara #{id} {title} ({date}) beserta {summary}? Orang dan unit kerja tetap ada. "
        "Ketik 'ya' untuk menghapus:",
    ),
    "event_deleted": QT_TRANSLATE_NOOP("Words", "Acara #{id} {title} dihapus: {summary}."),
    "event_deleted_backup": QT_TRANSLATE_NOOP(
        "Words", "Salinan basis data sebelum penghapusan ada di folder cadangan (lihat: asn-event backups)."
    ),
    "feedback_exported": QT_TRANSLATE_NOOP(
        "Words", "Umpan balik diekspor ke {path}: {responses} respons dari {attendance} hadir ({rate}) · {title}"
    ),
    "import_summary": QT_TRANSLATE_NOOP(
        "Words",
        "{valid} baris diimpor: {added} baru, {updated} diperbarui, {unchanged} tidak berubah; "
        "{registered} pendaftaran baru ke acara. {invalid} baris tidak valid.",
    ),
    "import_summary_dry": QT_TRANSLATE_NOOP(
        "Words",
        "{valid} baris akan diimpor: {added} baru, {updated} diperbarui, {unchanged} tidak berubah; "
        "{registered} pendaftaran baru ke acara. {invalid} baris tidak valid.",
    ),
    "import_note": QT_TRANSLATE_NOOP("Words", "Catatan: {text}"),
    "unit_unknown": QT_TRANSLATE_NOOP("Words", "Unit tidak dikenal: {text} ({rows} baris){hint}"),
    "unit_like": QT_TRANSLATE_NOOP("Words", " (mirip {label}?)"),
    "units_not_made": QT_TRANSLATE_NOOP(
        "Words", "Unit itu tidak dibuat; pesertanya disimpan tanpa unit. Tambahkan --create-units untuk membuatnya."
    ),
    "import_row": QT_TRANSLATE_NOOP("Words", "  {sheet} baris {row}: {reason}"),
    "import_more_rows": QT_TRANSLATE_NOOP("Words", "  … dan {count} baris lain (lihat semuanya dengan --json)."),
    "invitations_saved": QT_TRANSLATE_NOOP("Words", "{count} undangan disimpan di {path}"),
    "invitation_images_saved": QT_TRANSLATE_NOOP(
        "Words", "{count} gambar undangan disimpan di folder {path}, dengan daftarnya: {index}"
    ),
    "merged": QT_TRANSLATE_NOOP(
        "Words",
        "Digabungkan dari {path}: acara {events}; {checkins} check-in baru, {earlier} dibuat lebih awal, "
        "{walk_ins} peserta langsung, {responses} umpan balik, {scans} catatan pindai.",
    ),
    "merge_conflict": QT_TRANSLATE_NOOP("Words", "  perhatian: {text}"),
    "office_key_saved": QT_TRANSLATE_NOOP(
        "Words", "Kunci kantor {key} disimpan ke {path}. Simpan berkas ini di tempat aman, di luar laptop."
    ),
    "office_key_restored": QT_TRANSLATE_NOOP("Words", "Kunci kantor {key} dipakai lagi untuk sertifikat."),
    "purged": QT_TRANSLATE_NOOP(
        "Words",
        "Data pribadi acara {event} dihapus: {people} peserta dijadikan anonim, {signatures} tanda tangan, "
        "{answers} jawaban teks. Jumlah hadir, umpan balik anonim dan {certificates} nomor sertifikat tetap ada.",
    ),
    "kept_until": QT_TRANSLATE_NOOP("Words", "Data pribadi acara {event} disimpan sampai {until}."),
    "kept_until_purged": QT_TRANSLATE_NOOP(
        "Words", "Data pribadi acara {event} disimpan sampai {until}; dihapus {purged}."
    ),
    "report_saved_pages": QT_TRANSLATE_NOOP("Words", "Disimpan: {path} ({pages} halaman, {rows} peserta)"),
    "report_saved_rows": QT_TRANSLATE_NOOP("Words", "Disimpan: {path} ({rows} baris)"),
    "restored": QT_TRANSLATE_NOOP(
        "Words", "Dipulihkan: {target} dari {backup} ({events} acara, {registrations} pendaftaran)."
    ),
    "previous_kept": QT_TRANSLATE_NOOP("Words", "Basis data sebelumnya disimpan di {path}"),
    "no_backups": QT_TRANSLATE_NOOP("Words", "Belum ada cadangan untuk {path}."),
    "form_served": QT_TRANSLATE_NOOP("Words", "Formulir “{title}” disajikan. Hentikan dengan Ctrl+C."),
    "server_stopped": QT_TRANSLATE_NOOP("Words", "Server formulir dihentikan."),
}


def cli_text(code: str, /, **params: Any) -> str:
    """A line the command line prints when a command is done (Indonesian, as the table says it)."""
    return _fill(CLI_LINES[code], params)


# Why a database file is damaged or not ours (the {reason} of db_corrupt / db_damaged), by reason code.
DAMAGE_REASONS: Mapping[str, str] = {
    "not_sqlite": QT_TRANSLATE_NOOP("Words", "bukan berkas SQLite"),
    "integrity": QT_TRANSLATE_NOOP("Words", "pemeriksaan keutuhan: {detail}"),
    "not_our_tables": QT_TRANSLATE_NOOP("Words", "isinya bukan tabel Sinar ASN"),
    "other_program": QT_TRANSLATE_NOOP("Words", "isinya tabel program lain"),
    "counts_differ": QT_TRANSLATE_NOOP("Words", "jumlah baris berbeda dari aslinya: {detail}"),
    "unreadable": QT_TRANSLATE_NOOP("Words", "tidak terbaca: {detail}"),
}

# Notes beside an import or a merge (not refusals): keyed by Note.code.
NOTES: Mapping[str, str] = {
    "hidden_sheets": QT_TRANSLATE_NOOP("Words", "Sheet tersembunyi tidak dibaca: {sheets}."),
    "empty_sheet": QT_TRANSLATE_NOOP("Words", "Sheet '{sheet}' kosong."),
    "hidden_rows": QT_TRANSLATE_NOOP(
        "Words",
        "Sheet '{sheet}': {count} baris tersembunyi tidak diimpor (baris {rows}). "
        "Tampilkan barisnya di Excel bila perlu diimpor.",
    ),
    "no_name_column": QT_TRANSLATE_NOOP(
        "Words",
        "Sheet '{sheet}' tidak dibaca: kolom nama tidak ditemukan. Judul kolom yang terbaca: {found}.",
    ),
    "no_headers": QT_TRANSLATE_NOOP("Words", "(tidak ada)"),
    "csv_read_as": QT_TRANSLATE_NOOP("Words", "CSV terbaca sebagai {encoding}, pemisah {delimiter}."),
    "merge_event_only_there": QT_TRANSLATE_NOOP(
        "Words", "Acara {code} ({title}) hanya ada di laptop lain: tidak digabungkan."
    ),
    "merge_event_separate": QT_TRANSLATE_NOOP(
        "Words", "Acara {code} di laptop lain dibuat terpisah (kode undangan berbeda): tidak digabungkan."
    ),
    "merge_form_only_there": QT_TRANSLATE_NOOP(
        "Words", "Formulir umpan balik '{title}' hanya ada di laptop lain: tidak dibawa."
    ),
    "image_missing": QT_TRANSLATE_NOOP("Words", "{what}: berkas {name} tidak ditemukan. Pilih berkasnya lagi."),
    "image_unreadable": QT_TRANSLATE_NOOP(
        "Words", "{what}: berkas {name} bukan gambar yang bisa dibaca ({reason}). Simpan ulang sebagai PNG atau JPG."
    ),
    "image_not_a4": QT_TRANSLATE_NOOP(
        "Words",
        "{what}: ukuran {size} piksel tidak sebanding A4 mendatar (297x210 mm); gambar dipotong di tepinya "
        "agar memenuhi halaman.",
    ),
    "image_low_resolution": QT_TRANSLATE_NOOP(
        "Words",
        "{what}: resolusi {size} piksel rendah; hasil cetak bisa kabur (sebaiknya lebar minimal {limit} piksel).",
    ),
    "svg_missing": QT_TRANSLATE_NOOP("Words", "Logo: berkas {name} tidak ditemukan. Sertifikat dicetak tanpa logo."),
    "svg_unreadable": QT_TRANSLATE_NOOP(
        "Words", "Logo: berkas {name} bukan SVG yang bisa dibaca ({reason}). Sertifikat dicetak tanpa logo."
    ),
    "without_logo": QT_TRANSLATE_NOOP("Words", "{problem} Sertifikat dicetak tanpa logo."),
    "without_signature": QT_TRANSLATE_NOOP("Words", "{problem} Sertifikat dicetak tanpa gambar tanda tangan."),
    "merge_checkin_both": QT_TRANSLATE_NOOP(
        "Words", "{name}: check-in di kedua laptop ({ours}, {theirs}); dipakai yang lebih awal."
    ),
    "merge_feedback_both": QT_TRANSLATE_NOOP(
        "Words", "{name}: mengisi umpan balik di kedua laptop; dipakai yang ada di laptop ini."
    ),
    "merge_certificates_left": QT_TRANSLATE_NOOP(
        "Words",
        "{count} nomor sertifikat acara {code} diterbitkan di laptop lain dan tidak dibawa: nomor sertifikat "
        "hanya diterbitkan di satu laptop. Terbitkan sertifikatnya dari laptop ini.",
    ),
}

# The {what} of an image note: which picture of the certificate it is about.
IMAGE_KINDS: Mapping[str, str] = {
    "background": QT_TRANSLATE_NOOP("Words", "Latar"),
    "signature": QT_TRANSLATE_NOOP("Words", "Tanda tangan"),
    "logo": QT_TRANSLATE_NOOP("Words", "Logo"),
}

# What a certificate code check found, keyed by VerifyStatus value.
VERIFY: Mapping[str, str] = {
    "valid": QT_TRANSLATE_NOOP(
        "Words", "Sertifikat asli: tanda tangan digital cocok dengan kunci kantor penerbit."
    ),
    "forged": QT_TRANSLATE_NOOP(
        "Words",
        "Sertifikat TIDAK SAH: isi kode tidak cocok dengan tanda tangannya (diubah atau dibuat sendiri).",
    ),
    "other_key": QT_TRANSLATE_NOOP(
        "Words",
        "Kode ini ditandatangani kunci lain yang tidak dikenal di sini. Impor kunci publik kantor "
        "penerbitnya, lalu periksa lagi.",
    ),
    "malformed": QT_TRANSLATE_NOOP(
        "Words", "Teks ini bukan kode sertifikat Sinar ASN. Pindai QR pada sertifikat."
    ),
}


def note_text(note: Note, translate: Callable[[str], str] = _as_is) -> str:
    """A note beside an import or a merge, in one sentence."""
    return _fill(translate(NOTES[note.code]), _worded(note.params, translate))


def verify_text(status: str, translate: Callable[[str], str] = _as_is) -> str:
    """What a certificate code check found (``status``: a VerifyStatus value)."""
    return _fill(translate(VERIFY[str(status)]), {})


# What slow work says it is doing (progress dialogs; ``asn_event.progress.Progress.report``).
PROGRESS: Mapping[str, str] = {
    "writing_rows": QT_TRANSLATE_NOOP("Words", "Menulis baris {count}"),
    "done": QT_TRANSLATE_NOOP("Words", "Selesai"),
    "matching_rows": QT_TRANSLATE_NOOP("Words", "Mencocokkan baris {count}"),
    "finishing": QT_TRANSLATE_NOOP("Words", "Menyelesaikan"),
    "saving_people": QT_TRANSLATE_NOOP("Words", "Menyimpan peserta"),
    "checking_rows": QT_TRANSLATE_NOOP("Words", "Memeriksa baris {count} dari {total}"),
    "reading_rows": QT_TRANSLATE_NOOP("Words", "Membaca {name}: baris {count}"),
    "building_rows": QT_TRANSLATE_NOOP("Words", "Menyusun baris {count} dari {total}"),
    "writing_pdf": QT_TRANSLATE_NOOP("Words", "Menulis PDF"),
    "reading_participants": QT_TRANSLATE_NOOP("Words", "Membaca daftar peserta"),
    "counting_summary": QT_TRANSLATE_NOOP("Words", "Menghitung ringkasan acara"),
    "counting_jp": QT_TRANSLATE_NOOP("Words", "Menghitung JP per peserta"),
    "reading_certificates": QT_TRANSLATE_NOOP("Words", "Membaca sertifikat"),
    "reading_scan_log": QT_TRANSLATE_NOOP("Words", "Membaca catatan pindai"),
    "saving_invitation_images": QT_TRANSLATE_NOOP("Words", "Menyimpan gambar undangan"),
    "building_invitations": QT_TRANSLATE_NOOP("Words", "Menyusun undangan"),
    "certificate_for": QT_TRANSLATE_NOOP("Words", "Sertifikat {name}"),
}


def progress_text(step: str, params: Mapping[str, Any], translate: Callable[[str], str] = _as_is) -> str:
    """What a progress dialog says for ``step`` (a code of :data:`PROGRESS`)."""
    return _fill(translate(PROGRESS[step]), _worded(params, translate))


# Whole numbers that are names, not amounts: never grouped ("tahun 2026", "baris 1500", an event id).
_UNGROUPED = frozenset({"year", "id", "row", "nip", "code", "key", "column", "cell", "event", "digits", "port"})


def _worded(params: Mapping[str, Any], translate: Callable[[str], str]) -> dict[str, Any]:
    """Parameters as they appear in a sentence: a nested error or note in words, a text field, an image
    kind and a damage reason named, amounts of 1,000 and more grouped as the language writes them."""
    shown = dict(params)
    for key, value in params.items():
        if isinstance(value, BaseException):
            shown[key] = error_text(value, translate)
        elif isinstance(value, Note):
            shown[key] = note_text(value, translate)
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1000 and key not in _UNGROUPED:
            shown[key] = f"{value:,}".replace(",", translate(DIGIT_GROUP))
    if "field" in params and str(params["field"]) in TEXT_FIELDS:
        shown["field"] = translate(TEXT_FIELDS[str(params["field"])])
    if params.get("what") in IMAGE_KINDS:
        shown["what"] = translate(IMAGE_KINDS[params["what"]])
    if "found" in params and not params["found"]:
        shown["found"] = translate(NOTES["no_headers"])
    reason = params.get("reason")
    if isinstance(reason, str) and reason in DAMAGE_REASONS:
        shown["reason"] = _fill(translate(DAMAGE_REASONS[reason]), {"detail": params.get("detail", "")})
    return shown



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


# Every refusal's words, one lookup: the three tables hold disjoint codes (tests/test_no_sentences.py).
REFUSALS: Mapping[str, str] = ChainMap(ERRORS, FORM_ERRORS, FILE_ERRORS)  # type: ignore[arg-type]
