"""Events: the Acara page."""
