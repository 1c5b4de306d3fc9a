"""Storage: typed models, engine and session factory, migrations, backup."""

from asn_event.db.engine import Database, open_database
from asn_event.db.errors import DatabaseError

__all__ = ["Database", "DatabaseError", "open_database"]
