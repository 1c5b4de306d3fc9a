"""The "Undangan QR" button: save the invitation cards (PDF) or one picture per person (PNG folder)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from asn_event.context import AppContext
from asn_event.invitations import write_pdf, write_pngs
from asn_event.invitations.collect import collect_invitations
from asn_event.ui.shell import theme
from asn_event.ui.shell.fit import CompactButton
from asn_event.ui.shell.output import confirm_output
from asn_event.ui.shell.tasks import run_with_dialog


def invitations_button(
    parent: QWidget, ctx: AppContext, event_id: Callable[[], int | None], status: Callable[[str], None]
) -> QPushButton:
    button = CompactButton(theme.icon("qr-code"), QCoreApplication.translate("InvitationExport", "Undangan QR"))
    menu = QMenu(button)
    menu.addAction(
        QCoreApplication.translate("InvitationExport", "Kartu untuk dicetak (PDF) …"),
        lambda: export(parent, ctx, event_id(), True, status),
    )
    menu.addAction(
        QCoreApplication.translate("InvitationExport", "Gambar per peserta (PNG) …"),
        lambda: export(parent, ctx, event_id(), False, status),
    )
    button.setMenu(menu)
    return button


def export(
    parent: QWidget, ctx: AppContext, event_id: int | None, pdf: bool, status: Callable[[str], None]
) -> None:
    """Ask where, then render off the GUI thread with progress and cancel."""
    if event_id is None:
        return
    if pdf:
        target, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("InvitationExport", "Simpan kartu undangan"),
            "undangan.pdf",
            QCoreApplication.translate("InvitationExport", "PDF (*.pdf)"),
        )
    else:
        target = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("InvitationExport", "Folder untuk gambar undangan")
        )
    checked = confirm_output(parent, target, asked=pdf, folder=not pdf) if target else None
    if checked is None:
        return
    db, out = ctx.db, checked

    def work(progress):  # type: ignore[no-untyped-def]
        event, invitations = collect_invitations(db, event_id)
        if pdf:
            write_pdf(out, event, invitations, progress=progress)
        else:
            write_pngs(event, invitations, out, progress=progress)
        return len(invitations)

    run_with_dialog(
        parent,
        QCoreApplication.translate("InvitationExport", "Menyusun undangan …"),
        work,
        on_done=lambda n: status(
            QCoreApplication.translate("InvitationExport", "%n undangan disimpan di %1", "", n).replace(
                "%1", str(out)
            )
        ),
        on_failed=lambda message: QMessageBox.warning(
            parent, QCoreApplication.translate("InvitationExport", "Undangan QR"), message
        ),
    )
