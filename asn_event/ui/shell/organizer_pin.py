"""The organizer PIN asked before a destructive or sensitive action (restore, merge, purge, export of
personal data), when one is set; the rule itself is :mod:`asn_event.organizer`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from asn_event.context import AppContext
from asn_event.ui.shell.errors import error_text


def ask_organizer_pin(
    parent: QWidget, ctx: AppContext, title: str, event_ids: list[int] | None = None, pin: str | None = None
) -> bool:
    """True when no organizer PIN is set (for ``event_ids``, else for any event), or the right one is
    typed; ``pin`` given: checked without asking (tests, scripts)."""
    from asn_event.organizer import PinRefused, pin_hashes, require_pin

    hashes = pin_hashes(ctx.db, event_ids)
    if not hashes:
        return True
    if pin is not None:
        try:
            require_pin(hashes, pin)
        except PinRefused as exc:
            QMessageBox.warning(parent, title, error_text(exc))
            return False
        return True
    from asn_event.ui.checkin.dialogs import PinDialog

    prompt = QCoreApplication.translate("OrganizerPin", "Ketik PIN penyelenggara untuk melanjutkan.")
    dialog = PinDialog(title, prompt, parent=parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            require_pin(hashes, dialog.pin.text())
        except PinRefused as exc:
            dialog.show_error(error_text(exc))
            continue
        return True
    return False
