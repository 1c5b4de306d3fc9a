"""Sinar ASN Event Desk: run a civil-service coaching event from one laptop, offline."""

__version__ = "0.1.0"
APP_NAME = "Sinar ASN Event Desk"
APP_SLUG = "asn-event"
ORGANIZATION = "BKPSDM Kota Mojokerto"
