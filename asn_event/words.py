"""The one table of words for the codes services return: Indonesian source text, keyed by code.

Services raise and return codes with parameters (``asn_event.domain``); this table holds the
sentence for each. The command line prints it as it is (Indonesian); the UI passes every template
through Qt's translation system (context ``Words``, see ``asn_event/ui/shell/words.py``), so the
English UI reads English. ``QT_TRANSLATE_NOOP`` only marks the strings for ``lupdate``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from asn_event.domain.enums import ScanStatus
from asn_event.domain.errors import DomainError, NotFound


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
