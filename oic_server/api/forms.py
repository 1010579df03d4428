"""``/forms``: the checklists this server distributes."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from oic_server.api.deps import Me, Server, errors
from oic_server.models import FORM_ID_PATTERN, FormList

router = APIRouter(prefix="/forms", tags=["forms"])


@router.get("", response_model=FormList, responses=errors(401, 403))
def forms(me: Me, server: Server) -> dict[str, Any]:
    """The checklists this server distributes."""
    return server.forms_list()


@router.get(
    "/{form_id}/{version}",
    responses={200: {"content": {"application/yaml": {}}}} | errors(400, 401, 403, 404),
    response_class=Response,
)
def form(
    form_id: Annotated[str, Path(pattern=FORM_ID_PATTERN)],
    version: Annotated[int, Path(ge=1, le=1_000_000)],
    me: Me,
    server: Server,
) -> Response:
    """One checklist: its YAML text, SHA-256 as listed."""
    data, digest = server.form(form_id, version)
    return Response(
        data,
        media_type="application/yaml; charset=utf-8",
        headers={"ETag": f'"{digest}"'},
    )
