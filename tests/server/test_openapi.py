"""docs/openapi.json is the app's own OpenAPI document, and documents every route and error."""

from __future__ import annotations

import json
from pathlib import Path

from oic_server.api import API_PREFIX, ROUTERS, create_app, openapi_document
from oic_server.openapi import render

DOC = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_document_matches_the_app():
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/openapi.json is out of date: run "
        "`.venv/bin/python -m oic_server.openapi docs/openapi.json` and commit it"
    )


def test_every_route_is_in_the_document_with_json_errors():
    doc = json.loads(DOC.read_text(encoding="utf-8"))
    create_app(None)  # includes every router
    routes = {
        (method.lower(), API_PREFIX + route.path)
        for module in ROUTERS
        for route in module.router.routes
        for method in route.methods
    }
    documented = {(m, p) for p, ops in doc["paths"].items() for m in ops}
    assert routes == documented
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            public = ("/api/v1/meta", "/api/v1/auth/login", "/api/v1/auth/password")
            if path not in (*public, "/api/v1/tsa", "/api/v1/crl"):  # no session needed
                assert op.get("security") == [{"HTTPBearer": []}], (method, path)
                assert "401" in op["responses"], (method, path)
            for status, response in op["responses"].items():
                if status >= "400":
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/ErrorResponse"}
    assert "HTTPValidationError" not in json.dumps(doc)


def test_the_server_serves_the_same_document(server):
    with server.client() as c:
        assert c.get("/openapi.json").json() == openapi_document()


def test_the_guards_refusals_are_documented_on_every_route_they_apply_to():
    """Schema-valid requests can still be refused by the guard (body too slow, too large,
    expanding to too much) or by an unavailable database: the document says so."""
    doc = json.loads(DOC.read_text(encoding="utf-8"))
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            assert "503" in op["responses"], (method, path)
            if "requestBody" in op:
                assert {"400", "408", "413"} <= set(op["responses"]), (method, path)
