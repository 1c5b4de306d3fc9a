"""Invitations: cut-out cards on A4 (PDF) and one picture per person (PNG) to send by chat.

Plain data in, bytes or files out; no database. The check-in service gathers the data
(:class:`InvitationEvent`, :class:`Invitation`) and the command line and GUI call these renderers.
"""

from asn_event.invitations.data import Invitation, InvitationEvent, safe_filename, unique_filenames
from asn_event.invitations.pdf import render_pdf, write_pdf
from asn_event.invitations.png import render_png, write_pngs

__all__ = [
    "Invitation",
    "InvitationEvent",
    "render_pdf",
    "render_png",
    "safe_filename",
    "unique_filenames",
    "write_pdf",
    "write_pngs",
]
