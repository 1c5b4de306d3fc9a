"""An event's certificate settings: declared once (key, type, default), stored in ``Event.certificate_settings``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from asn_event.certificates.numbering import DEFAULT_PATTERN, NumberPattern
from asn_event.domain.errors import Refused

MAX_EXTRA_LINES = 3
MAX_LINE_CHARS = 200


class SettingsRefused(Refused, ValueError):
    """Certificate settings that cannot be saved (``code`` worded by ``asn_event.words``)."""


@dataclass(frozen=True, slots=True)
class CertificateSettings:
    number_pattern: str = DEFAULT_PATTERN
    background: str = ""  # path of the organizer's background image; "" draws the default design
    signature: str = ""  # path of the signature image; "" leaves room for a wet signature
    extra_lines: tuple[str, ...] = field(default_factory=tuple)
    require_feedback: bool = False
    logo: str = ""  # path of the city's or agency's logo (PNG, JPEG or SVG); "" prints none

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> CertificateSettings:
        data = data or {}
        return cls(
            number_pattern=str(data.get("number_pattern") or DEFAULT_PATTERN),
            background=str(data.get("background") or ""),
            signature=str(data.get("signature") or ""),
            extra_lines=tuple(str(line) for line in data.get("extra_lines") or () if str(line).strip()),
            require_feedback=bool(data.get("require_feedback", False)),
            logo=str(data.get("logo") or ""),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "number_pattern": self.number_pattern,
            "background": self.background,
            "signature": self.signature,
            "extra_lines": list(self.extra_lines),
            "require_feedback": self.require_feedback,
            "logo": self.logo,
        }

    def validated(self) -> CertificateSettings:
        """The settings with the pattern checked (:class:`NumberPatternError`) and lines trimmed."""
        pattern = NumberPattern.parse(self.number_pattern).text
        lines = tuple(" ".join(line.split()) for line in self.extra_lines if line.strip())
        if len(lines) > MAX_EXTRA_LINES:
            raise SettingsRefused("cert_extra_lines", limit=MAX_EXTRA_LINES)
        if any(len(line) > MAX_LINE_CHARS for line in lines):
            raise SettingsRefused("cert_extra_line_long", limit=MAX_LINE_CHARS)
        return CertificateSettings(
            pattern, self.background.strip(), self.signature.strip(), lines, self.require_feedback,
            self.logo.strip(),
        )
