"""The phone page's words, Indonesian first and English second: one table, looked up by key.

The page is served without Qt, so it cannot use the Qt catalogue; these few lines are kept here.
"""

from __future__ import annotations

from asn_event.feedback.responses import CodeStatus

LANGUAGES = ("id", "en")

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "lang_name": "Bahasa Indonesia",
        "switch": "English",
        "who_label": "Kode undangan atau NIP",
        "who_hint": "Isi agar jawaban Anda dihitung untuk sertifikat. Boleh dikosongkan.",
        "who_hint_anonymous": "Formulir ini anonim: nama Anda tidak disimpan. Kode atau NIP hanya "
        "mencegah pengisian ganda dan mencatat bahwa Anda sudah mengisi.",
        "required": "wajib",
        "choose_many": "Boleh pilih lebih dari satu.",
        "send": "Kirim jawaban",
        "problems": "Ada jawaban yang perlu diperbaiki (bertanda merah). Belum ada yang tersimpan.",
        "thanks_title": "Terima kasih!",
        "thanks_text": "Jawaban Anda sudah tersimpan. Halaman ini boleh ditutup.",
        "expired": "Halaman formulir ini sudah kedaluwarsa atau tidak sah; belum ada yang tersimpan. "
        "Periksa jawaban Anda lalu tekan Kirim lagi.",
        "too_many": "Terlalu banyak permintaan dari perangkat ini. Tunggu satu menit lalu coba lagi.",
        "too_large": "Kiriman terlalu besar. Ringkas jawaban Anda lalu kirim lagi.",
        "not_found": "Halaman ini tidak ada. Buka formulir dari kode QR di layar.",
        "busy": "Server sedang sibuk. Tunggu sebentar lalu tekan Kirim lagi; jawaban Anda belum tersimpan.",
        "failed": "Terjadi kesalahan; jawaban belum tersimpan. Coba lagi atau isi di kios/kertas.",
        "no_form": "Formulir umpan balik tidak ditemukan. Minta bantuan panitia.",
        "back": "Buka formulir",
        "problem_title": "Belum bisa",
        "lowest": "terendah",
        "highest": "tertinggi",
    },
    "en": {
        "lang_name": "English",
        "switch": "Bahasa Indonesia",
        "who_label": "Invitation code or NIP",
        "who_hint": "Fill it in so your answers count for your certificate. You may leave it empty.",
        "who_hint_anonymous": "This form is anonymous: your name is not stored. The code or NIP only "
        "prevents answering twice and records that you have answered.",
        "required": "required",
        "choose_many": "You may choose more than one.",
        "send": "Send answers",
        "problems": "Some answers need fixing (marked red). Nothing has been stored yet.",
        "thanks_title": "Thank you!",
        "thanks_text": "Your answers have been stored. You may close this page.",
        "expired": "This form page has expired or is not valid; nothing has been stored. "
        "Check your answers and press Send again.",
        "too_many": "Too many requests from this device. Wait one minute and try again.",
        "too_large": "What you sent is too large. Shorten your answers and send again.",
        "not_found": "This page does not exist. Open the form from the QR code on the screen.",
        "busy": "The server is busy. Wait a moment and press Send again; your answers are not stored yet.",
        "failed": "Something went wrong; your answers are not stored. Try again, or use the kiosk or paper.",
        "no_form": "The feedback form was not found. Ask the organizers for help.",
        "back": "Open the form",
        "problem_title": "Not yet",
        "lowest": "lowest",
        "highest": "highest",
    },
}

# What a code or NIP typed on the phone turned out to be (CodeStatus.READY needs no words).
CODE_WORDS: dict[str, dict[CodeStatus, str]] = {
    "id": {
        CodeStatus.ALREADY: "Anda sudah mengisi formulir ini. Terima kasih, satu kali saja cukup.",
        CodeStatus.NOT_A_CODE: "Ini bukan kode undangan atau NIP. Periksa lagi, atau kosongkan kolomnya.",
        CodeStatus.FORGED: "Kode undangan tidak sah. Periksa lagi huruf dan angkanya.",
        CodeStatus.WRONG_EVENT: "Kode ini untuk acara lain. Periksa undangan Anda.",
        CodeStatus.UNKNOWN: "Kode tidak terdaftar di acara ini. Minta bantuan panitia.",
        CodeStatus.NIP_UNKNOWN: "NIP ini tidak terdaftar di acara ini. Periksa angkanya atau ketik kode undangan.",
    },
    "en": {
        CodeStatus.ALREADY: "You have already answered this form. Thank you, once is enough.",
        CodeStatus.NOT_A_CODE: "This is not an invitation code or NIP. Check it, or leave the field empty.",
        CodeStatus.FORGED: "The invitation code is not valid. Check its letters and digits.",
        CodeStatus.WRONG_EVENT: "This code is for another event. Check your invitation.",
        CodeStatus.UNKNOWN: "This code is not registered for this event. Ask the organizers for help.",
        CodeStatus.NIP_UNKNOWN: "This NIP is not registered for this event. Check the digits or type the invitation code.",
    },
}


def language(requested: str | None) -> str:
    return requested if requested in LANGUAGES else "id"
