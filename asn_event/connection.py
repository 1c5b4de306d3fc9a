"""The shared PostgreSQL server this laptop's desk uses: where it is, its password, and a test.

The address (server, port, database, user) is a setting of the laptop; the password never is. It
goes to the system keyring through the ``keyring`` package (Windows Credential Manager, macOS
Keychain, Secret Service on Linux). Where no keyring works, the password is asked at start and
kept in memory only.

:func:`check_server` answers "can this desk work with that server?" with a code the UI turns into
words: reachable, wrong password, no such database, a database of another program ... Qt-free.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Sinar ASN Event Desk"
DEFAULT_PORT = 5432
CHECK_TIMEOUT_S = 5


@dataclass(frozen=True, slots=True)
class ServerAddress:
    host: str
    port: int = DEFAULT_PORT
    database: str = "asn_event"
    user: str = "asn_desk"

    @property
    def complete(self) -> bool:
        return bool(self.host.strip() and self.database.strip() and self.user.strip()) and 0 < self.port < 65536

    @property
    def key(self) -> str:
        """The keyring's name for this address's password: user@host:port/database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user.strip(),
            password=password or None,
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip(),
        )


class ServerCheck(enum.StrEnum):
    OK = "ok"  # reachable, password right, the schema of this program (or an empty database)
    INCOMPLETE = "incomplete"  # a field is empty
    UNREACHABLE = "unreachable"  # no answer: wrong address, network, server stopped
    LOGIN = "login"  # user or password refused
    NO_DATABASE = "no_database"
    OTHER_PROGRAM = "other_program"  # tables, but not ours
    NO_DRIVER = "no_driver"  # psycopg is not installed


def check_server(address: ServerAddress, password: str | None) -> ServerCheck:
    """Connect once (a few seconds at most) and say what came of it. Never writes."""
    if not address.complete:
        return ServerCheck.INCOMPLETE
    try:
        import psycopg
    except ImportError:
        return ServerCheck.NO_DRIVER
    try:
        conn = psycopg.connect(
            host=address.host.strip(),
            port=address.port,
            dbname=address.database.strip(),
            user=address.user.strip(),
            password=password or None,
            connect_timeout=CHECK_TIMEOUT_S,
        )
    except psycopg.OperationalError as exc:
        text = str(exc).lower()
        if "password" in text or "authentication" in text or ("role" in text and "does not exist" in text):
            return ServerCheck.LOGIN
        if "database" in text and "does not exist" in text:
            return ServerCheck.NO_DATABASE
        return ServerCheck.UNREACHABLE
    try:
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            )
        }
    finally:
        conn.close()
    if tables and "alembic_version" not in tables:
        return ServerCheck.OTHER_PROGRAM
    return ServerCheck.OK


def save_password(address: ServerAddress, password: str) -> bool:
    """Put the password in the system keyring; False when this laptop has no usable keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, address.key, password)
    except (KeyringError, RuntimeError) as exc:  # no backend: the caller asks at start instead
        log.info("no keyring for the server password: %s", exc)
        return False
    return True


def load_password(address: ServerAddress) -> str | None:
    """The stored password, or None (never stored, or no keyring): then ask the person."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, address.key)
    except (KeyringError, RuntimeError) as exc:
        log.info("no keyring for the server password: %s", exc)
        return None
