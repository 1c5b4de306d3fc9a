"""Work on the task pool never calls back into a window that was closed meanwhile (it would raise
"already deleted" on the GUI thread: a crash dialog in the app, a failure in whichever test runs next)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QWidget

from asn_event.ui.shell.tasks import busy, run_task, run_with_dialog, wait_idle


def test_a_closed_window_is_not_called_back(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    window = QWidget()
    label = QLabel("menunggu", window)
    called: list[str] = []

    def slow(_progress: object) -> str:
        release.wait(10)
        return "selesai"

    run_task(slow, on_done=lambda text: (called.append(text), label.setText(text)), owner=window)
    window.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    release.set()
    assert wait_idle(qapp, 10) and not busy()
    assert called == []


def test_an_open_window_gets_its_result_and_a_bound_method_owns_itself(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("menunggu")
    qtbot.addWidget(label)
    run_task(lambda _p: "selesai", on_done=label.setText)
    assert wait_idle(qapp, 10)
    assert label.text() == "selesai"
    gone = QLabel("menunggu")
    release = threading.Event()
    run_task(lambda _p: release.wait(10) and "selesai", on_done=gone.setText)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not _alive(gone))
    release.set()
    assert wait_idle(qapp, 10)  # no "already deleted" raised on the GUI thread


def test_a_dialog_task_stops_calling_once_its_parent_is_gone(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    called: list[object] = []
    release = threading.Event()
    run_with_dialog(parent, "Menyimpan…", lambda _p: release.wait(10), on_done=called.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    assert wait_idle(qapp, 10)
    assert called == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_progress_speaks_the_interface_language(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from asn_event.app import create_application, use_language

    said: list[str] = []

    def work(progress) -> None:  # type: ignore[no-untyped-def]
        progress.report(1, 3, "checking_rows", count=1500, total=3000)
        progress.report(2, 3, "writing_pdf")

    app = create_application(language="en")
    try:
        run_task(work, on_progress=lambda _d, _t, text: said.append(text))
        assert wait_idle(qapp, 10)
    finally:
        use_language(app, "id")
    assert said == ["Checking row 1,500 of 3,000", "Writing the PDF"]
    run_task(work, on_progress=lambda _d, _t, text: said.append(text))
    assert wait_idle(qapp, 10)
    assert said[2:] == ["Memeriksa baris 1.500 dari 3.000", "Menulis PDF"]
