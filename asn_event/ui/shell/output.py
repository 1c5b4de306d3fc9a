"""The save dialogs' half of the output rule (see :mod:`asn_event.safe_output`).

A path chosen in a save dialog is checked before any work starts: the database and its backups are
refused with a message; an existing file the dialog did not already ask about (a suffix added
after the dialog closed, a folder that holds files) gets the usual overwrite question.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from asn_event.safe_output import OutputProblem, OutputRefused, check_output
from asn_event.ui.shell.errors import error_text


def confirm_output(parent: QWidget, chosen: str | Path, *, asked: bool, folder: bool = False) -> Path | None:
    """The path to write to, or None when it is refused or the user does not want it overwritten.

    ``asked``: the save dialog already asked about overwriting this exact path.
    """
    try:
        return check_output(chosen, force=asked, folder=folder)
    except OutputRefused as refused:
        if refused.problem is not OutputProblem.EXISTS:
            QMessageBox.warning(parent, QCoreApplication.translate("OutputChoice", "Tidak disimpan"), error_text(refused))
            return None
    question = (
        QCoreApplication.translate("OutputChoice", "Folder {path} sudah berisi berkas. Timpa berkas yang bernama sama?")
        if folder
        else QCoreApplication.translate("OutputChoice", "Berkas {path} sudah ada. Timpa?")
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("OutputChoice", "Timpa berkas?"),
        question.format(path=chosen),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        return check_output(chosen, force=True, folder=folder)
    except OutputRefused as refused:
        QMessageBox.warning(parent, QCoreApplication.translate("OutputChoice", "Tidak disimpan"), error_text(refused))
        return None
