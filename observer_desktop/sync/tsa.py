"""The OIC's time-stamping authority as a pyHanko ``TimeStamper`` (PAdES B-T signatures).

pyHanko builds the RFC 3161 query and reads the token (nonce, imprint); the
query goes through :meth:`ProtocolClient.timestamp`, so it trusts exactly what
the sync client trusts (the public authorities and the OIC CA pinned at login)
and reads the answer with a size limit. Nothing here writes ASN.1 by hand.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from observer_desktop.sync.errors import SyncError

__all__ = ["oic_timestamper"]


def oic_timestamper(client_factory: Callable[[], Any]) -> Any:
    """A pyHanko ``TimeStamper`` asking the OIC's TSA (``POST /api/v1/tsa``) through a
    :class:`~observer_desktop.sync.client.ProtocolClient` made by ``client_factory`` (one
    per request, closed after it). A refusal or a network failure raises pyHanko's
    ``TimestampRequestError``."""
    from asn1crypto import tsp
    from pyhanko.sign.timestamps.api import TimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    def ask(query: bytes) -> bytes:
        try:
            with client_factory() as client:
                return client.timestamp(query)
        except SyncError as exc:
            raise TimestampRequestError(f"El sello de tiempo del OIC no llegó: {exc}") from None

    class OICTimeStamper(TimeStamper):
        async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
            answer = await asyncio.to_thread(ask, req.dump())
            try:
                response = tsp.TimeStampResp.load(answer)
                status = response["status"]["status"].native
            except (ValueError, TypeError, KeyError):
                # asn1crypto cannot read every rejection (no token): it is one all the same
                raise TimestampRequestError(
                    "La autoridad de sellos de tiempo del OIC rechazó la solicitud."
                ) from None
            if status not in ("granted", "granted_with_mods"):
                raise TimestampRequestError(
                    f"La autoridad de sellos de tiempo del OIC rechazó la solicitud ({status})."
                )
            return response

    return OICTimeStamper()
