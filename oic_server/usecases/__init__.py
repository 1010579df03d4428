"""The server's use cases, one module each, mixed into :class:`oic_server.service.OICServer`:
``auth``, ``enrollment``, ``submissions``, ``uploads``, ``reviews``, ``admin``; what they
share in ``base``."""
