"""The feedback form for participants' phones, served over the venue network. Qt-free.

:func:`~asn_event.feedback.web.app.create_app` builds the Flask application (one form, nothing
else: no roster, no results, no admin); :class:`~asn_event.feedback.web.server.FeedbackServer`
serves it with waitress in a background thread until stopped. Answers go through the same
checks and the same one-response rule as the kiosk (:func:`asn_event.feedback.responses.submit`).
"""

from asn_event.feedback.web.app import Limits, create_app
from asn_event.feedback.web.server import FeedbackServer, ServerStartFailed

__all__ = ["FeedbackServer", "Limits", "ServerStartFailed", "create_app"]
