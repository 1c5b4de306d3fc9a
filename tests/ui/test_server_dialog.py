"""Pengaturan > Server basis data: the address is saved per laptop, the password never in settings."""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import keyring.backend
import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

from asn_event.connection import KEYRING_SERVICE, ServerAddress
from asn_event.ui.shell.server_dialog import ServerDialog

SECRET = "Rahasia-Meja-2025"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in memory, standing in for Windows Credential Manager / Secret Service."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def _dialog(qtbot, settings, host: str = "192.168.1.10", port: int = 5432) -> ServerDialog:  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    dialog.use_server.setChecked(True)
    dialog.host_edit.setText(host)
    dialog.port_edit.setValue(port)
    dialog.database_edit.setText("asn_event")
    dialog.user_edit.setText("asn_desk")
    qtbot.keyClicks(dialog.password_edit, SECRET)
    return dialog


def _settings_file_text(settings) -> str:  # type: ignore[no-untyped-def]
    settings.store.sync()
    with open(settings.store.fileName(), encoding="utf-8") as handle:
        return handle.read()


def test_saved_address_in_settings_password_only_in_the_keyring(qtbot, settings, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    from asn_event.app import server_target

    dialog = _dialog(qtbot, settings)
    dialog.accept()
    text = _settings_file_text(settings)
    assert "192.168.1.10" in text and "asn_desk" in text
    assert SECRET not in text and "password" not in text.lower()
    assert dialog.password_kept
    assert memory_keyring.stored == {(KEYRING_SERVICE, "asn_desk@192.168.1.10:5432/asn_event"): SECRET}
    url = server_target(settings)  # at the next start: no question, the keyring answers
    assert url.host == "192.168.1.10" and url.password == SECRET and url.database == "asn_event"


def test_without_a_keyring_the_password_is_asked_at_start_and_never_written(qtbot, settings, no_keyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from asn_event.app import server_target

    dialog = _dialog(qtbot, settings)
    dialog.accept()
    assert not dialog.password_kept
    assert SECRET not in _settings_file_text(settings)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append(a[2]) or (SECRET, True)))
    url = server_target(settings)
    assert asked and "asn_desk@192.168.1.10" in asked[0]
    assert url.password == SECRET
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert server_target(settings) is None  # cancelled: the file on this laptop
    assert SECRET not in _settings_file_text(settings)


def test_uji_koneksi_to_a_closed_port_answers_in_plain_words(qtbot, settings, no_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, settings, host="127.0.0.1", port=1)
    with qtbot.waitSignal(dialog.sig_checked, timeout=15000) as signal:
        dialog.check_button.click()
    assert signal.args == ["unreachable"]
    assert dialog.answer.text().startswith("Server tidak menjawab")


def test_uji_koneksi_to_a_real_server_says_it_works(qtbot, settings, no_keyring, pg_db_url) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, settings, host=pg_db_url.query["host"])
    dialog.database_edit.setText(pg_db_url.database)
    dialog.user_edit.setText(pg_db_url.username)
    with qtbot.waitSignal(dialog.sig_checked, timeout=15000) as signal:
        dialog.check_button.click()
    assert signal.args == ["ok"], dialog.answer.text()
    assert dialog.answer.text().startswith("Berhasil")
    dialog.user_edit.setText("nobody_here")
    with qtbot.waitSignal(dialog.sig_checked, timeout=15000) as signal:
        dialog.check_button.click()
    assert signal.args == ["login"] and "ditolak" in dialog.answer.text()


def test_empty_fields_are_refused_with_a_sentence(qtbot, settings, no_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, settings, host="")
    dialog.accept()
    assert dialog.result() != ServerDialog.DialogCode.Accepted
    assert "Isi server" in dialog.answer.text()
    assert settings.server_host == ""
    assert ServerAddress("", 5432, "x", "y").complete is False


@pytest.fixture
def pg_db_url():  # type: ignore[no-untyped-def]
    value = os.environ.get("ASN_EVENT_TEST_PG_URL", "").strip()
    if not value:
        pytest.skip("needs ASN_EVENT_TEST_PG_URL (tools/pg_test_server.sh start DIR)")
    return make_url(value)


def _server_down_settings(settings):  # type: ignore[no-untyped-def]
    settings.server_host = "127.0.0.1"
    settings.server_port = 1  # nothing listens: refused at once
    settings.server_database = "asn_event"
    settings.server_user = "asn_desk"
    return settings


def test_a_server_down_at_start_offers_retry_then_this_laptops_file(qtbot, settings, memory_keyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from asn_event import app as app_module
    from asn_event.connection import ServerAddress, save_password
    from asn_event.ui.shell import server_dialog

    _server_down_settings(settings)
    save_password(ServerAddress("127.0.0.1", 1, "asn_event", "asn_desk"), SECRET)
    asked: list[str] = []
    answers = iter(["retry", "local"])
    monkeypatch.setattr(server_dialog, "ask_when_server_down", lambda message: asked.append(message) or next(answers))
    db, _fresh = app_module.open_server_or_file(None, settings)
    try:
        assert len(asked) == 2 and "127.0.0.1" in asked[0] and SECRET not in asked[0]
        assert db.is_sqlite  # this run on the laptop's file; the setting stays
        assert settings.server_host == "127.0.0.1"
    finally:
        db.dispose()


def test_closing_at_a_server_down_ends_with_its_message(qtbot, settings, memory_keyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from asn_event import app as app_module
    from asn_event.domain.errors import ConnectionLost
    from asn_event.ui.shell import server_dialog

    _server_down_settings(settings)
    asked: list[str] = []
    monkeypatch.setattr(server_dialog, "ask_when_server_down", lambda message: asked.append(message) or "close")
    monkeypatch.setattr(app_module, "server_target", lambda s: ServerAddress("127.0.0.1", 1).url("x"))
    with pytest.raises(ConnectionLost):  # run_gui words it and ends
        app_module.open_server_or_file(None, settings)
    assert len(asked) == 1 and "127.0.0.1" in asked[0] and "connection_lost" not in asked[0]
