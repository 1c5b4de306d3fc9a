"""Certificates: design, recipients, printing and verification."""
