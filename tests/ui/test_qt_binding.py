"""The Qt binding itself: a desk emits signals all day, and must not run down Python's refcounts."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_value = Signal(object)
    sig_plain = Signal()


def test_emitting_signals_leaves_true_false_and_none_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 decremented True's refcount on every emit(); on Python 3.11 the app then
    aborted ("deallocating True or False") after a few thousand signals (see pyproject.toml)."""
    emitter = _Emitter()
    seen: list[object] = []
    emitter.sig_value.connect(seen.append)
    emitter.sig_plain.connect(lambda: None)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(200):
        emitter.sig_value.emit(None)
        emitter.sig_plain.emit()
    assert len(seen) == 200
    seen.clear()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert all(abs(a - b) < 50 for a, b in zip(before, after, strict=True)), (before, after)
