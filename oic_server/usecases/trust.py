"""The OIC's trust services as the routes and the other use cases reach them: the
time-stamping authority (:mod:`oic_server.tsa`) and revocation with the CA's CRL
(:mod:`oic_server.crl`)."""

from __future__ import annotations

import datetime as _dt
from functools import cached_property

from oic_server.crl import Revocation, current_crl, is_revoked
from oic_server.errors import ApiError
from oic_server.tsa import REQUESTS_PER_MINUTE, RequestRate, TimeStampAuthority
from oic_server.usecases.base import ServerParts

__all__ = ["TrustCases"]


class TrustCases(ServerParts):
    """``server.tsa`` (the authority), ``server.crl()``, ``server.is_revoked(serial)``."""

    @cached_property
    def tsa(self) -> TimeStampAuthority:
        """The OIC's time-stamping authority (key ``<data>/keys/tsa.pem``)."""
        if self.keys.tsa is None:  # ServerKeys.load/create always make it
            raise ApiError("unavailable", "La llave de sellos de tiempo no está cargada.")
        return TimeStampAuthority(self.db, self.keys.tsa)

    @cached_property
    def tsa_rate(self) -> RequestRate:
        """How many ``POST /tsa`` one client address may send a minute (this process)."""
        return RequestRate(REQUESTS_PER_MINUTE)

    def timestamp_reply(
        self, query_der: bytes, *, requester: str | None = None, address: str | None = None
    ) -> bytes:
        """The DER ``TimeStampResp`` for a DER ``TimeStampReq`` (see :mod:`.tsa`)."""
        return self.tsa.respond(query_der, requester=requester, address=address)

    def crl(self, *, now: _dt.datetime | None = None) -> bytes:
        """The CA's current CRL, DER (a new one when it nears its nextUpdate)."""
        return current_crl(self.db, self.keys, now=now)

    def is_revoked(self, serial: int | str) -> Revocation | None:
        """When and why the OIC revoked the certificate ``serial`` (int or hex); None
        when it did not."""
        return is_revoked(self.db, serial)
