"""The stage timer: control page, agenda editor and the full-screen stage display."""
