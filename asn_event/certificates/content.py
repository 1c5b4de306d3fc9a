"""What one certificate says, as plain data: built once at issue time and stored, so a reprint is identical."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from asn_event.certificates.signing import signable_text
from asn_event.formatting import date_only, long_date
from asn_event.names import clean_display
from asn_event.nip import clean_nip, format_nip
from asn_event.text_limits import TextField, fit_for_print


def nip_display(nip: str | None) -> str:
    """``19680411 199303 1 009`` for an 18-digit NIP (or NI PPPK); an empty text otherwise."""
    digits = clean_nip(nip or "")
    return format_nip(digits) if len(digits) == 18 and digits.isdigit() else ""


@dataclass(frozen=True, slots=True)
class CertificateContent:
    """Every text printed on one certificate. Built by :func:`build_content`, rendered by the renderer."""

    number: str
    name: str
    nip: str  # display form, or "" (non-ASN)
    nip_label: str  # "NIP" or "NI PPPK"
    position: str
    unit: str
    role: str  # "Peserta"
    event_title: str
    event_theme: str
    event_date: str  # "Senin, 17 November 2025"
    venue: str
    jp: int
    organizer: str
    signing_place_date: str  # "Mojokerto, 17 November 2025"
    signer_title: str
    signer_name: str
    signer_nip: str  # display form or ""
    extra_lines: tuple[str, ...]
    verification_text: str  # what the QR carries
    short_code: str

    def to_payload(self) -> dict[str, Any]:
        """Plain JSON for ``Certificate.payload``."""
        data = asdict(self)
        data["extra_lines"] = list(self.extra_lines)
        return data

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> CertificateContent:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        values["extra_lines"] = tuple(values.get("extra_lines", ()))
        return cls(**values)


def build_content(
    *,
    number: str,
    name: str,
    nip: str | None,
    employment: str,
    position: str,
    unit: str,
    event_title: str,
    event_theme: str,
    event_date: date,
    venue: str,
    jp: int,
    organizer: str,
    city: str,
    signed_on: date,
    signer_title: str,
    signer_name: str,
    signer_nip: str | None,
    extra_lines: tuple[str, ...] = (),
    verification_text: str = "",
    short_code: str = "",
    role: str = "Peserta",
) -> CertificateContent:
    """Clean every text (NFC, single spaces) and format dates and NIPs the Indonesian way."""
    return CertificateContent(
        number=signable_text(number),
        name=signable_text(fit_for_print(name, TextField.NAME)),
        nip=nip_display(nip),
        nip_label="NI PPPK" if employment == "PPPK" else "NIP",
        position=fit_for_print(position, TextField.POSITION),
        unit=fit_for_print(unit, TextField.UNIT),
        role=clean_display(role),
        event_title=clean_display(event_title),
        event_theme=clean_display(event_theme),
        event_date=long_date(event_date),
        venue=clean_display(venue),
        jp=jp,
        organizer=clean_display(organizer),
        signing_place_date=f"{clean_display(city)}, {date_only(signed_on)}" if city else date_only(signed_on),
        signer_title=clean_display(signer_title),
        signer_name=clean_display(signer_name),
        signer_nip=nip_display(signer_nip),
        extra_lines=tuple(clean_display(line) for line in extra_lines if line.strip()),
        verification_text=verification_text,
        short_code=short_code,
    )
