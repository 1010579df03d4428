"""Request and response bodies of protocol v1 (docs/protocol.md), as pydantic models.

Requests are strict: no type coercion ("1" is not 1), no unknown fields, so a
client bug is a clear ``400 bad_request`` instead of a silent guess. The
responses are documented here for the OpenAPI document (docs/openapi.json).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

__all__ = [
    "AgendaEvent",
    "AgendaFeed",
    "BlobEntry",
    "CommitResponse",
    "EnrollRequest",
    "EnrollResponse",
    "ErrorResponse",
    "FormList",
    "LoginRequest",
    "LoginResponse",
    "Manifest",
    "Meta",
    "ReviewList",
    "SessionBody",
    "SessionDeleted",
    "SessionFeed",
    "SessionState",
    "SignupBody",
    "SignupFeed",
    "SignupState",
    "SubmissionInfo",
    "SubmissionList",
    "SubmissionState",
]

SHA256_PATTERN = r"^[0-9a-f]{64}$"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
FORM_ID_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"


def _plain_text(value: str) -> str:
    """No control characters and valid UTF-8 (no lone surrogates): safe for any database."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("contiene caracteres que no son UTF-8 válido") from None
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ValueError("contiene caracteres de control")
    return value


def _utf8(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("contiene caracteres que no son UTF-8 válido") from None
    if "\x00" in value:
        raise ValueError("contiene el carácter nulo")
    return value


PlainText = AfterValidator(_plain_text)
Utf8 = AfterValidator(_utf8)
Sha256 = Annotated[str, StringConstraints(pattern=SHA256_PATTERN)]
Uuid = Annotated[str, StringConstraints(pattern=UUID_PATTERN)]
Version = Annotated[int, Field(ge=1, le=1_000_000)]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class LoginRequest(_Request):
    code: Annotated[str, StringConstraints(min_length=1, max_length=64), PlainText]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024), Utf8]
    device: Annotated[str, StringConstraints(max_length=200), PlainText] = ""


class PasswordChangeRequest(_Request):
    code: Annotated[str, StringConstraints(min_length=1, max_length=64), PlainText]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024), Utf8] = Field(
        description="the current password: the OIC's one-time one, or the observer's own"
    )
    new_password: Annotated[str, StringConstraints(min_length=1, max_length=1024), Utf8]
    device: Annotated[str, StringConstraints(max_length=200), PlainText] = ""


class ObserverInfo(BaseModel):
    code: str
    name: str


class LoginResponse(BaseModel):
    token: str
    observer: ObserverInfo


class EnrollRequest(_Request):
    csr: Annotated[str, StringConstraints(min_length=1, max_length=16384), Utf8] = Field(
        description="PKCS#10 request in PEM, signed by the observer's P-256 key"
    )


class EnrollResponse(BaseModel):
    certificate: str
    chain: list[str]
    ca_fingerprint_sha256: str


class FormInfo(BaseModel):
    id: str
    version: int
    sha256: str
    title: str


class FormList(BaseModel):
    forms: list[FormInfo]


class BlobEntry(_Request):
    sha256: Sha256
    size: Annotated[int, Field(ge=1)]
    role: Literal["audit", "report", "evidence"]
    name: Annotated[str, StringConstraints(max_length=255), PlainText] | None = None


class Manifest(_Request):
    audit_id: Uuid
    audit_version: Version
    form_id: Annotated[str, StringConstraints(pattern=FORM_ID_PATTERN)]
    form_version: Version
    audit_sha256: Sha256
    report_sha256: Sha256
    blobs: Annotated[list[BlobEntry], Field(min_length=2)]


class MissingBlob(BaseModel):
    sha256: str
    size: int
    offset: int


class SubmissionState(BaseModel):
    submission_id: str
    state: Literal["open", "committed"]
    missing: list[MissingBlob]


class Receipt(BaseModel):
    submission_id: str
    audit_id: str
    audit_version: int
    observer: str
    manifest_sha256: str
    report_sha256: str
    # schema 10 on (absent from receipts given before: a receipt is returned as signed)
    record_sha256: str | None = Field(
        default=None,
        description="SHA-256 of the copy of record (GET /submissions/{id}/record): the report "
        "with the OIC's document time-stamp, validation data and archive time-stamp",
    )
    timestamped_at: str | None = Field(
        default=None, description="the OIC's document time-stamp in the copy of record (UTC)"
    )
    received_at: str
    server: str


class CommitResponse(BaseModel):
    receipt: Receipt
    signature: str = Field(description="base64 ECDSA P-256/SHA-256 over the canonical JSON")
    key_fingerprint_sha256: str


class QuestionComment(BaseModel):
    question: str = Field(description="the checklist question's id")
    item: int | None = Field(description="repeat index inside a repeatable section, else null")
    text: str


class Review(BaseModel):
    state: Literal["received", "approved", "returned"]
    comment: str
    comments: list[QuestionComment] = Field(
        default_factory=list, description="a return's comments on specific questions"
    )
    at: str


class SubmissionInfo(BaseModel):
    submission_id: str
    audit_id: str
    audit_version: int
    state: Literal["open", "committed"]
    review: Review | None


class SubmissionList(BaseModel):
    submissions: list[SubmissionInfo]


class ReviewEvent(BaseModel):
    submission_id: str
    audit_id: str
    audit_version: int
    state: Literal["received", "approved", "returned"]
    comment: str
    comments: list[QuestionComment] = Field(
        default_factory=list, description="a return's comments on specific questions"
    )
    at: str
    cursor: int


class ReviewList(BaseModel):
    reviews: list[ReviewEvent]
    cursor: int


def _note_text(value: str) -> str:
    """Like :func:`_plain_text`, but a note may hold line breaks and tabs."""
    _plain_text(value.replace("\r", " ").replace("\n", " ").replace("\t", " "))
    return value


NoteText = AfterValidator(_note_text)
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"


class SessionBody(_Request):
    """A participation session as the laptop holds it (issue 17)."""

    event: Annotated[str, StringConstraints(min_length=1, max_length=500), PlainText]
    date: Annotated[str, StringConstraints(pattern=DATE_PATTERN)] = Field(
        description="YYYY-MM-DD, the day of the session"
    )
    start: Annotated[str, StringConstraints(pattern=TIME_PATTERN)] = Field(description="HH:MM")
    end: Annotated[str, StringConstraints(pattern=TIME_PATTERN)] = Field(description="HH:MM")
    place: Annotated[str, StringConstraints(max_length=500), PlainText] = ""
    notes: Annotated[str, StringConstraints(max_length=5000), NoteText] = ""
    audit: Uuid | None = Field(default=None, description="the laptop's audit id, or null")
    institution: Annotated[str, StringConstraints(max_length=200), PlainText] | None = Field(
        default=None, description="the observer's institution (academic hours), or null"
    )


class SessionState(BaseModel):
    session: str = Field(description="the client's session id")
    state: Literal["received", "validated", "disputed"]
    reason: str | None = Field(description="why the OIC disputed it (null otherwise)")
    decided_at: str | None
    seq: int = Field(description="the session's position in the caller's feed")


class SessionDeleted(BaseModel):
    session: str
    deleted: bool


class SessionFeed(BaseModel):
    sessions: list[SessionState]
    next: int = Field(description="give it as `since` next time")


EVENT_KINDS = ("junta_aclaraciones", "apertura_proposiciones", "fallo", "visita_obra", "otro")
SIGNUP_STATES = ("requested", "confirmed", "declined", "withdrawn")
UTC_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$"


class AgendaEvent(BaseModel):
    """An event of the OIC's agenda (issue 17), as laptops receive it."""

    event: int = Field(description="the server's event id")
    kind: Literal[EVENT_KINDS]  # type: ignore[valid-type]
    title: str
    date: str = Field(description="YYYY-MM-DD")
    start: str = Field(description="HH:MM")
    place: str
    procedure_number: str
    convening_unit: str
    seats: int
    seats_taken: int = Field(description="confirmed sign-ups")
    notes: str
    cancelled: bool
    seq: int = Field(description="the event's position in the agenda feed")


class AgendaFeed(BaseModel):
    events: list[AgendaEvent]
    declaration: str = Field(description="the conflict-of-interest text a sign-up accepts")
    next: int = Field(description="give it as `since` next time")


DeclarationText = Annotated[str, StringConstraints(min_length=1, max_length=5000), NoteText]


class SignupBody(_Request):
    """The observer's sign-up to an event, with the conflict-of-interest declaration."""

    event: int = Field(ge=1, le=2**62, description="the server's event id")
    declaration: DeclarationText = Field(
        description="the conflict-of-interest text exactly as the laptop showed it"
    )
    declared_at: Annotated[str, StringConstraints(pattern=UTC_PATTERN)] = Field(
        description="when the observer answered, ISO-8601 UTC (YYYY-MM-DDTHH:MM:SSZ)"
    )
    no_conflict: bool = Field(description="the observer declares no conflict of interest")


class SignupState(BaseModel):
    signup: str = Field(description="the client's sign-up id")
    event: int
    state: Literal[SIGNUP_STATES]  # type: ignore[valid-type]
    reason: str | None = Field(description="why the OIC declined it (null otherwise)")
    seq: int = Field(description="the sign-up's position in the caller's feed")


class SignupFeed(BaseModel):
    signups: list[SignupState]
    next: int = Field(description="give it as `since` next time")


class ProtocolRange(BaseModel):
    min: int
    max: int


class MetaLimits(BaseModel):
    max_blob_bytes: int
    chunk_bytes: int
    max_manifest_bytes: int
    max_blobs_per_submission: int


class MetaCa(BaseModel):
    fingerprint_sha256: str
    certificate: str


class MetaReceiptKey(BaseModel):
    fingerprint_sha256: str
    public_key: str


class Meta(BaseModel):
    protocol: ProtocolRange
    server_time: str
    limits: MetaLimits
    ca: MetaCa
    receipt_key: MetaReceiptKey


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="allow")

    code: str = Field(description="stable machine code (docs/protocol.md)")
    message: str = Field(description="what is wrong and what to do, in Spanish")


class ErrorResponse(BaseModel):
    error: ErrorDetail
