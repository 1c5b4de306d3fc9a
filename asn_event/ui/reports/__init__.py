"""Reports: the Laporan page and its report cards."""
