"""The main window, theme, settings, the task pool and the page frame."""
