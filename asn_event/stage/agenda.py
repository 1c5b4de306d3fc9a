"""The agenda of an event: its segments and the rules a segment must follow.

A :class:`Segment` is one speaker's slot on stage (the mayor's direction, the agency head's report,
the dialog ...). Durations are whole seconds; the editor asks for minutes.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from asn_event.domain.errors import Refused
from asn_event.formatting import duration_mmss

DEFAULT_WARNING_SECONDS = 120
DEFAULT_DANGER_SECONDS = 30
MAX_SEGMENT_MINUTES = 240
MAX_TITLE_LENGTH = 300


# The usual run of a coaching session: every new event starts with it. (title, speaker, minutes)
DEFAULT_AGENDA: tuple[tuple[str, str, int], ...] = (
    ("Pembukaan", "Pembawa acara", 10),
    ("Laporan Kepala BKPSDM", "Kepala BKPSDM Kota Mojokerto", 15),
    ("Pengarahan Wali Kota Mojokerto", "Wali Kota Mojokerto", 30),
    ("Dialog dan tanya jawab", "Wali Kota dan peserta", 45),
    ("Penutupan dan doa", "Pembawa acara", 10),
)


class AgendaError(Refused, ValueError):
    """A segment that cannot be run as written; the code says what to change (``asn_event/words.py``)."""


@dataclass(frozen=True)
class Segment:
    """One segment of the agenda, as the timer sees it.

    ``key`` identifies the segment across edits and restarts (the agenda item's id in the database).
    """

    key: Hashable
    title: str
    planned_seconds: int
    speaker: str = ""
    warning_seconds: int = DEFAULT_WARNING_SECONDS
    danger_seconds: int = DEFAULT_DANGER_SECONDS


def minutes_to_seconds(minutes: float) -> int:
    """Planned minutes as typed (``10`` or ``7.5``) to whole seconds."""
    return round(minutes * 60)


def validate_segment(segment: Segment) -> None:
    """Raise :class:`AgendaError` with a code and parameters if the segment cannot be run."""
    title = segment.title.strip()
    if not title:
        raise AgendaError("segment_title_required")
    if len(title) > MAX_TITLE_LENGTH:
        raise AgendaError("segment_title_too_long", limit=MAX_TITLE_LENGTH)
    if len(segment.speaker) > MAX_TITLE_LENGTH:
        raise AgendaError("segment_speaker_too_long", limit=MAX_TITLE_LENGTH)
    planned = segment.planned_seconds
    if planned <= 0:
        raise AgendaError("segment_duration_zero", title=title)
    if planned > MAX_SEGMENT_MINUTES * 60:
        raise AgendaError(
            "segment_duration_too_long", title=title, minutes=planned // 60, limit=MAX_SEGMENT_MINUTES
        )
    warning, danger = segment.warning_seconds, segment.danger_seconds
    if warning < 0 or danger < 0:
        raise AgendaError("segment_warning_negative", title=title)
    if warning > MAX_SEGMENT_MINUTES * 60:
        raise AgendaError("segment_warning_too_long", title=title, limit=MAX_SEGMENT_MINUTES)
    if danger > warning:
        raise AgendaError(
            "segment_danger_after_warning",
            title=title,
            danger=duration_mmss(danger),
            warning=duration_mmss(warning),
        )


def validate_agenda(segments: Iterable[Segment]) -> list[Segment]:
    """Check every segment and that keys are unique; return the segments as a list."""
    result = list(segments)
    seen: set[Hashable] = set()
    for segment in result:
        validate_segment(segment)
        if segment.key in seen:
            raise AgendaError("segment_twice", title=segment.title)
        seen.add(segment.key)
    return result
