"""Constancias de participación (issue 17, DESIGN.md §10): the signed PDF
(:mod:`.document`) and the use cases that issue, list and check them (:mod:`.cases`).
The console's page is :mod:`oic_server.console.constancias`, the public check
:mod:`oic_server.public`."""
