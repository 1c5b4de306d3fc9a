"""The Qt shell: widgets, item models, background workers. No SQL and no business rules here."""
