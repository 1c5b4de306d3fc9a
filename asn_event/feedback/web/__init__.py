"""The feedback form for participants' phones, served over the venue network. Qt-free.

:func:`asn_event.feedback.web.app.create_app` builds the Flask application (one form, nothing
else: no roster, no results, no admin); :class:`asn_event.feedback.web.server.FeedbackServer`
serves it with waitress in a background thread until stopped. Answers go through the same
checks and the same one-response rule as the kiosk (:func:`asn_event.feedback.responses.submit`).

This package file imports nothing heavy, so the GUI loads Flask only when the form is started.
"""

DEFAULT_HOST = "127.0.0.1"  # this laptop only; a venue address is always picked explicitly
DEFAULT_PORT = 8765
