"""Where things live: the user data folder and the bundled resources."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from platformdirs import user_data_dir

from asn_event import APP_SLUG, ORGANIZATION

DB_FILENAME = "sinar-asn.sqlite"

# Names another folder for everything the app keeps (database, settings, logs): the self-test uses
# it to stay clear of the user's data, and it runs the program from a USB stick ("portable").
DATA_DIR_ENV = "ASN_EVENT_DATA_DIR"


def data_dir() -> Path:
    """The per-user folder that holds the database, backups and exports (created on demand)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(user_data_dir(APP_SLUG, ORGANIZATION.split()[0]))
    path.mkdir(parents=True, exist_ok=True)
    owner_only(path)
    return path


def owner_only(folder: Path) -> None:
    """Make a folder of ours readable by its owner only (0700) where the system has modes: it holds
    civil servants' personal data (UU 27/2022). Silently kept as it is where modes do not apply."""
    if os.name != "posix":
        return
    try:
        if folder.stat().st_mode & 0o077:
            os.chmod(folder, 0o700)
    except OSError:
        return  # a folder we cannot change (another owner, a FAT stick): use it as it is


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def settings_file() -> Path | None:
    """The settings file when ``ASN_EVENT_DATA_DIR`` is set; None means the system's own place
    (the registry on Windows, ~/.config on Linux), as Qt chooses."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) / "settings.ini" if override else None


@cache
def resources_dir() -> Path:
    """The resources folder: in a PyInstaller bundle, as installed package data, or in a checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    try:
        import asn_event.resources as package

        installed = Path(next(iter(package.__path__)))
        if (installed / "fonts").is_dir():
            return installed
    except ImportError:
        pass
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file in the resources folder, e.g. ``resource("fonts", "NotoSans-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)
