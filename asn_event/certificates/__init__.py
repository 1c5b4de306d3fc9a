"""Certificates of participation: content, numbering, signed verification codes and the PDF renderer.

Qt-free and database-free; the service that issues and stores certificates builds on these.
"""

from asn_event.certificates.content import CertificateContent, build_content, nip_display
from asn_event.certificates.design import ImageCheck, ImageStatus, check_image
from asn_event.certificates.layout import DEFAULT_LAYOUT, Layout
from asn_event.certificates.numbering import DEFAULT_PATTERN, NumberPattern, NumberPatternError
from asn_event.certificates.render import Design, RenderReport, render_certificates
from asn_event.certificates.signing import (
    KeyFormatError,
    KeyPair,
    SignedFields,
    Verification,
    VerifyStatus,
    load_public_key,
    new_key_pair,
    public_key_pem,
    short_code,
    sign,
    verify,
)

__all__ = [
    "DEFAULT_LAYOUT",
    "DEFAULT_PATTERN",
    "CertificateContent",
    "Design",
    "ImageCheck",
    "ImageStatus",
    "KeyFormatError",
    "KeyPair",
    "Layout",
    "NumberPattern",
    "NumberPatternError",
    "RenderReport",
    "SignedFields",
    "Verification",
    "VerifyStatus",
    "build_content",
    "check_image",
    "load_public_key",
    "new_key_pair",
    "nip_display",
    "public_key_pem",
    "render_certificates",
    "short_code",
    "sign",
    "verify",
]
