"""Settings of this laptop, declared once (key, type, default) over QSettings.

Widgets read ``settings.desk_name`` etc., never raw keys. Per-event settings live in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QSettings

from asn_event import APP_SLUG, ORGANIZATION

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type[T]
    default: T

    def __get__(self, instance: Settings | None, owner: type) -> Any:
        if instance is None:
            return self
        value = instance.store.value(self.key, self.default)
        if self.type is bool and isinstance(value, str):  # INI files give strings back
            return value.lower() in ("1", "true", "yes")
        try:
            return self.type(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def __set__(self, instance: Settings, value: T) -> None:
        instance.store.setValue(self.key, value)


class Store(Protocol):
    """What ``Settings`` needs of its store: QSettings, or ``MemoryStore`` for a scratch copy."""

    def value(self, key: str, defaultValue: Any = None) -> Any: ...
    def setValue(self, key: str, value: Any) -> None: ...
    def allKeys(self) -> list[str]: ...
    def fileName(self) -> str: ...
    def sync(self) -> None: ...


class MemoryStore:
    """Settings held in memory only, never written anywhere: a screenshot's scratch copy of this
    laptop's settings. (A QSettings on a temporary file writes that file again when it is destroyed,
    after the folder is gone: Qt has no in-memory QSettings format that PySide6 can register.)"""

    def __init__(self, values: dict[str, Any], file_name: str = "") -> None:
        self._values = dict(values)
        self._file_name = file_name  # the file these values came from, for the About dialog

    @classmethod
    def copy_of(cls, store: Store) -> MemoryStore:
        return cls({key: store.value(key) for key in store.allKeys()}, store.fileName())

    def value(self, key: str, defaultValue: Any = None) -> Any:
        return self._values.get(key, defaultValue)

    def setValue(self, key: str, value: Any) -> None:
        self._values[key] = value

    def allKeys(self) -> list[str]:
        return list(self._values)

    def fileName(self) -> str:
        return self._file_name

    def sync(self) -> None:
        """Nothing to write: the values live as long as this object."""


class Settings:
    language = Option("ui/language", str, "id")
    desk_name = Option("desk/name", str, "Meja 1")
    staff_name = Option("desk/staff", str, "")
    sound_muted = Option("desk/sound_muted", bool, False)
    last_event_id = Option("app/last_event_id", int, 0)
    stage_screen = Option("timer/stage_screen", str, "")
    window_geometry = Option("window/geometry", str, "")  # QWidget.saveGeometry(), base64; "" = maximized
    # The shared PostgreSQL server (empty host: the SQLite file on this laptop). No password here:
    # it lives in the system keyring (asn_event.connection) or is asked at start.
    server_host = Option("server/host", str, "")
    server_port = Option("server/port", int, 5432)
    server_database = Option("server/database", str, "asn_event")
    server_user = Option("server/user", str, "asn_desk")
    backup_mirror = Option("backup/mirror_folder", str, "")  # a second folder (USB stick) for backups

    def __init__(self, store: Store | None = None) -> None:
        self.store: Store = store or default_store()


def default_store() -> QSettings:
    """This laptop's settings: the system's place, or an INI file in ASN_EVENT_DATA_DIR when set."""
    from asn_event.paths import settings_file

    path = settings_file()
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION.split()[0], APP_SLUG)
