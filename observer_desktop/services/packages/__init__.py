"""Portable audit packages: one audit, its checklist, custody log and evidence in a zip.

Layout (format ``observador.package/1``)::

    manifest.json        format, audit id, sha256 and size of every other member
    audit.json           the audit's canonical JSON document
    custody.json         the audit's custody-log entries, in order
    checklist.yaml       the exact checklist version the audit pinned
    evidence/<sha256>    one member per evidence file, named by its hash

Import trusts nothing: member names must be exactly those above (no paths
outside the folder, no links, no extras), every member is size-limited while
it is read (so a lying header or a zip bomb cannot exhaust memory or disk),
every hash is checked, the JSON is validated against the checklist and the
custody chain is re-verified. Only then is anything written, in one
transaction; evidence files it added are removed again if that fails.

One module per job: ``layout`` (the format's names, ``PackageError``),
``export``, ``container`` (the zip, its members and manifest), ``document``
(audit.json against its checklist), ``custody`` (the chain and the finalized
content), ``writer`` (evidence files and the one transaction) and ``importer``
(the import, step by step).
"""

from observer_desktop.services.packages.export import export_package, package_file_name
from observer_desktop.services.packages.importer import import_package
from observer_desktop.services.packages.layout import PACKAGE_FORMAT, PACKAGE_SUFFIX, PackageError

__all__ = [
    "PACKAGE_FORMAT",
    "PACKAGE_SUFFIX",
    "PackageError",
    "export_package",
    "import_package",
    "package_file_name",
]
