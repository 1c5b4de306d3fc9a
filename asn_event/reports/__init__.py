"""Reports filed after an event, Qt-free: the attendance list (Daftar Hadir) and the event report
(Laporan Kegiatan) as PDF, the JP recap and the attendance export as spreadsheets.

Data (``attendance``, ``summary``, ``jp``) is read into frozen dataclasses; renderers
(``attendance_pdf``, ``event_pdf``, ``sheets``) draw plain data; ``files`` ties them into the
actions the GUI and the command line call. reportlab and openpyxl load only when a file is made.
"""
