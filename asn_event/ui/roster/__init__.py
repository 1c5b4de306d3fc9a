"""The roster: participants table, person dialog, import and QR invitations."""
