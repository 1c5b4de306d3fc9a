"""Feedback: form editor, kiosk, paper entry and results."""
