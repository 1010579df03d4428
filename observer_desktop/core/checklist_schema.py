"""A checklist's shape: the JSON Schema (``checklist.schema.json``) and its Spanish messages.

jsonschema's own texts are for programmers; :func:`check_schema` reports the most
specific error as a sentence a coordinator understands, at the line it is on.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from observer_desktop.core.checklist_yaml import YamlDoc

__all__ = ["check_schema", "checklist_schema"]

_TYPE_NAMES = {
    "string": "un texto",
    "integer": "un número entero",
    "number": "un número",
    "boolean": "true o false",
    "array": "una lista",
    "object": "un mapa (clave: valor)",
}


@cache
def checklist_schema() -> dict[str, Any]:
    data = resources.files("observer_desktop.core").joinpath("checklist.schema.json")
    return json.loads(data.read_text(encoding="utf-8"))


@cache
def _validator() -> Any:
    import jsonschema  # imported here: commands that never read a checklist start faster

    return jsonschema.Draft202012Validator(checklist_schema())


def check_schema(doc: YamlDoc, data: dict[str, Any]) -> None:
    """Raise the most specific schema error of ``data`` as a :class:`ChecklistError`."""
    errors = sorted(
        _validator().iter_errors(data), key=lambda e: (len(e.path), list(map(str, e.path)))
    )
    if errors:
        err = _most_specific(errors)
        raise doc.error(_schema_message(err), tuple(err.absolute_path))


def _most_specific(errors: list[Any]) -> Any:
    import jsonschema.exceptions

    best = jsonschema.exceptions.best_match(errors)
    # best_match prefers shallow errors; for oneOf on labels descend into context
    while best.context:
        deeper = jsonschema.exceptions.best_match(best.context)
        if deeper is None or _is_label_schema(best.schema):
            break
        best = deeper
    return best


def _schema_message(err: Any) -> str:
    """Turn a jsonschema error into a sentence a coordinator understands."""
    v = err.validator
    if v == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        allowed = ", ".join(sorted(err.schema.get("properties", {})))
        return f"campo desconocido {', '.join(map(repr, extra))}; campos válidos: {allowed}"
    if v == "required":
        missing = [p for p in err.schema["required"] if p not in err.instance]
        return f"falta el campo obligatorio {', '.join(map(repr, missing))}"
    if v == "enum":
        allowed = ", ".join(map(str, err.validator_value))
        if err.path and err.path[-1] == "type":
            return f"tipo de pregunta desconocido {err.instance!r}; tipos válidos: {allowed}"
        return f"valor {err.instance!r} no válido; valores permitidos: {allowed}"
    if v == "pattern":
        return (
            f"identificador {err.instance!r} no válido: use minúsculas, dígitos y guion bajo, "
            "empezando por una letra (máx. 64)"
        )
    if v == "type":
        want = err.validator_value
        want_list = want if isinstance(want, list) else [want]
        wanted = " o ".join(_TYPE_NAMES.get(w, w) for w in want_list)
        return f"se esperaba {wanted}, no {err.instance!r}"
    if v == "oneOf" and err.path and err.schema.get("oneOf") and _is_label_schema(err.schema):
        return "una etiqueta debe ser un texto o un mapa con 'es' (obligatorio) y 'en'"
    if v == "minItems":
        return f"la lista necesita al menos {err.validator_value} elemento(s)"
    if v == "minLength":
        return "el texto no puede estar vacío"
    if v in ("minimum", "maximum"):
        word = "mínimo" if v == "minimum" else "máximo"
        return f"el valor {err.instance!r} está fuera de rango ({word} {err.validator_value})"
    return err.message


def _is_label_schema(schema: dict[str, Any]) -> bool:
    return any(s.get("type") == "string" for s in schema.get("oneOf", []))
