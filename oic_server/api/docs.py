"""The OpenAPI document as this server answers (docs/openapi.json): 400 rather than
FastAPI's 422 for validation, and every refusal a route can give documented on it."""

from typing import Any

__all__ = ["clean_openapi"]

_ERROR_CONTENT = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
# answers any route may give whatever its body (docs/server.md, "Limits")
_ANY_ROUTE = {"503": "Service Unavailable (base de datos o disco no disponibles)"}
_WITH_BODY = {
    "400": "Bad Request",
    "408": "Request Timeout (el cuerpo dejó de llegar)",
    "413": "Content Too Large (cuerpo o JSON demasiado grandes)",
}
_WITH_SESSION = {"401": "Unauthorized"}


def clean_openapi(doc: dict[str, Any]) -> dict[str, Any]:
    """FastAPI documents its own 422 for validation; this server answers 400 bad_request.
    Every refusal the guard or the server can give a route is documented on it."""
    for path in doc.get("paths", {}).values():
        for operation in path.values():
            responses = operation.get("responses", {})
            if "422" in responses and "HTTPValidationError" in str(responses["422"]):
                del responses["422"]
                responses.setdefault("400", {"description": "Bad Request"})
            extra = dict(_ANY_ROUTE)
            if "requestBody" in operation:
                extra |= _WITH_BODY
            if operation.get("security"):
                extra |= _WITH_SESSION
            for status, description in extra.items():
                responses.setdefault(status, {"description": description})
            for status, response in responses.items():
                if status[0] in "45" and "content" not in response:
                    response["content"] = _ERROR_CONTENT
    schemas = doc.get("components", {}).get("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    doc["info"]["x-protocol"] = {"min": 1, "max": 1}
    return doc
