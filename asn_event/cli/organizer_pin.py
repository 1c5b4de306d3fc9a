"""``--pin`` for commands that destroy or export personal data (the rule: :mod:`asn_event.organizer`)."""

from __future__ import annotations

import argparse

from asn_event.db import Database


def add_pin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pin", metavar="PIN", help="PIN penyelenggara, bila diatur (atau variabel ASN_EVENT_PIN)")


def require_export_pin(db: Database, event_id: int | None, pin: str | None) -> None:
    """The event's organizer PIN (every event's, for a report over all of them) when one is set."""
    from asn_event.organizer import pin_hashes, require_pin

    require_pin(pin_hashes(db, [event_id] if event_id is not None else None), pin)
