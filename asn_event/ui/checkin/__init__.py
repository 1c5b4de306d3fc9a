"""The check-in desk: scan field, banner, counts, dialogs, camera and the self check-in kiosk."""
