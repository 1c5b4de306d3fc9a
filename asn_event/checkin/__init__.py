"""The check-in desk, Qt-free: typed scan results, tolerant search and (with the database) the service."""

from asn_event.checkin.result import DeskAction, ScanResult, ScanStatus, Tone, describe

__all__ = ["DeskAction", "ScanResult", "ScanStatus", "Tone", "describe"]
