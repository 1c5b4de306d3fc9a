"""The office's certificate signing key: backed up by the organizer, restored, never silently replaced.

Certificates carry a QR code signed with the office's Ed25519 key; anyone holding the public key
verifies them offline. If the key were lost and a new one made, every certificate already printed
would read "signed by another key". So:

- :func:`backup_private_key` writes the private key (PKCS#8 PEM) to a new file the organizer names,
  owner-only, written to a temporary file and renamed; it is a secret, kept off the laptop;
- :func:`restore_private_key` brings a backed-up key back (the certificates keep verifying);
- the certificate service refuses to make a new key while certificates exist and no key is there
  (:func:`check_key_not_lost`), and says how to restore it.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_event.db import Database
from asn_event.db.backup import make_private, temporary_sibling
from asn_event.db.errors import DatabaseError
from asn_event.db.models import Certificate, OfficeKey


class KeyProblem(DatabaseError):
    """The signing key cannot be backed up, restored or used as asked (one line, what to do)."""


def check_key_not_lost(session: Session) -> None:
    """Raise :class:`KeyProblem` when certificates were issued but no signing key is left."""
    issued = session.scalar(select(func.count()).select_from(Certificate))
    if issued:
        raise KeyProblem("key_lost", issued=issued)


def backup_private_key(db: Database, path: Path, *, force: bool = False) -> str:
    """Write the active private key to ``path`` (PEM, 0600); returns its key id."""
    from asn_event.certificates.signing import key_id

    with db.readers() as session:
        row = session.scalars(select(OfficeKey).where(OfficeKey.active.is_(True)).order_by(OfficeKey.id.desc())).first()
        if row is None:
            raise KeyProblem("key_none")
        seed, public = bytes(row.private_key), bytes(row.public_key)
    if path.exists() and not force:
        raise KeyProblem("key_file_exists", path=str(path))
    if not path.parent.is_dir():
        raise KeyProblem("key_no_folder", path=str(path.parent))
    pem = Ed25519PrivateKey.from_private_bytes(seed).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with temporary_sibling(path) as partial:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        make_private(partial)
        os.replace(partial, path)
    return key_id(public)


def restore_private_key(db: Database, path: Path, now: datetime) -> str:
    """Make the key in ``path`` the active signing key again; returns its key id."""
    from asn_event.certificates.signing import key_id

    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise KeyProblem("key_not_backup", path=str(path)) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem("key_wrong_kind", path=str(path))
    seed = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    with db.sessions() as session, session.begin():
        for row in session.scalars(select(OfficeKey)):
            row.active = bytes(row.public_key) == public
        if session.scalar(select(OfficeKey.id).where(OfficeKey.public_key == public)) is None:
            session.add(OfficeKey(name="Kunci kantor (dipulihkan)", private_key=seed, public_key=public, created_at=now))
    return key_id(public)
