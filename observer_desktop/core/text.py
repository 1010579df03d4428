"""Text helpers shared by storage and services."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

__all__ = [
    "MONEY_UNITS",
    "count_text",
    "fingerprint_text",
    "fold",
    "number_text",
    "observer_code",
]

MONEY_UNITS = frozenset({"MXN", "$", "pesos"})  # a checklist unit that names an amount


def fold(text: str) -> str:
    """Lowercase without accents, for searching: 'Pavimentación' and 'pavimentacion' match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def number_text(value: int | float, *, unit: str | None = None, with_unit: bool = True) -> str:
    """A number as the observer entered it, for a signed record: every digit kept (a
    float's shortest exact form, never rounded, never in exponent notation), thousands
    grouped with commas as in Mexico (4,850,000), the unit after it; an amount (unit
    MXN) with at least two decimals: 4,850,000.00 MXN. ``with_unit=False``: the number
    alone, for a field that shows its unit beside it (the editor).
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if isinstance(value, float) and exact == exact.to_integral_value():
        exact = exact.quantize(Decimal(1))  # 4850000.0 was typed as 4850000
    if exact.is_zero():
        exact = Decimal(0)  # never "-0"
    money = unit is not None and unit.strip() in MONEY_UNITS
    if money and exact.as_tuple().exponent > -2:  # type: ignore[operator]
        exact = exact.quantize(Decimal("0.01"))
    text = f"{exact:,f}"
    return f"{text} {unit}" if unit and with_unit else text


_THOUSANDS = re.compile(r"-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")


def without_thousands(text: str) -> str:
    """A number as written in Mexico (the point for decimals, the comma only between
    groups of three digits: 1,500.25) without its commas; ``ValueError`` for a comma
    anywhere else ("113,14" is read neither as 11314 nor as 113.14)."""
    if _THOUSANDS.fullmatch(text):
        return text.replace(",", "")
    if "," in text:
        raise ValueError(f"a comma that does not separate thousands in {text!r}")
    return text


def fingerprint_text(hex_digest: str) -> str:
    """A certificate's SHA-256 as people compare it, read aloud over the phone between
    the OIC and an observer: ``AB:CD:…``, upper case, in pairs. The laptop's login and
    ``oic-server init`` print it the same way; the protocol's JSON keeps plain hex."""
    h = hex_digest.replace(":", "").strip().upper()
    return ":".join(h[i : i + 2] for i in range(0, len(h), 2))


def observer_code(code: str) -> str:
    """An observer's code in its one written form, as the OIC issues it: "obs-014 " typed
    in the assistant is OBS-014 in the profile, the report, the certificate and the login
    (the server keeps codes the same way)."""
    return code.strip().upper()


def count_text(n: int, one: str, many: str) -> str:
    """A count in Spanish, its words agreeing: "1 evidencia", "3 evidencias",
    "1 ya estaba recibido" (never "1 evidencia(s)")."""
    return f"{n} {one if n == 1 else many}"
