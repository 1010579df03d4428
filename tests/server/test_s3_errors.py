"""oic_server/blobstores/s3_errors.py: which S3 failures pass (the API answers 503 with
Retry-After: the laptop tries again) and which come back the same way (a 500, logged as
an internal error). The API's answers themselves are tested in test_s3_store.py
(``test_a_chunk_s3_fails_is_refused_and_nothing_kept``)."""

import pytest
from botocore import exceptions as botocore

from oic_server.blobstores import s3_errors


def client_error(code: str, status: int) -> botocore.ClientError:
    response = {"Error": {"Code": code}, "ResponseMetadata": {"HTTPStatusCode": status}}
    return botocore.ClientError(response, "PutObject")


@pytest.mark.parametrize(
    ("error", "passes"),
    [
        (client_error("InternalError", 500), True),
        (client_error("ServiceUnavailable", 503), True),
        (client_error("SlowDown", 503), True),
        (client_error("BadDigest", 400), True),  # a body cut on the way: send it again
        (client_error("IncompleteBody", 400), True),
        (client_error("RequestTimeout", 400), True),
        (botocore.EndpointConnectionError(endpoint_url="http://127.0.0.1:9"), True),
        (botocore.ConnectTimeoutError(endpoint_url="http://127.0.0.1:9"), True),
        (botocore.ReadTimeoutError(endpoint_url="http://127.0.0.1:9"), True),
        (client_error("AccessDenied", 403), False),
        (client_error("NoSuchBucket", 404), False),
        (client_error("InvalidAccessKeyId", 403), False),
        (botocore.NoCredentialsError(), False),
        (botocore.ParamValidationError(report="Bucket: falta"), False),
        (ValueError("no es de S3"), False),
    ],
    ids=lambda v: v if isinstance(v, bool) else s3_errors.name(v),
)
def test_what_passes_and_what_comes_back(error, passes):
    assert s3_errors.passes(error) is passes
    assert isinstance(error, s3_errors.ERRORS) or isinstance(error, ValueError)


def test_code_status_and_name():
    denied = client_error("AccessDenied", 403)
    assert (s3_errors.code(denied), s3_errors.status(denied), s3_errors.name(denied)) == (
        "AccessDenied",
        403,
        "AccessDenied",
    )
    unreachable = botocore.EndpointConnectionError(endpoint_url="http://127.0.0.1:9")
    assert (s3_errors.code(unreachable), s3_errors.status(unreachable)) == ("", 0)
    assert s3_errors.name(unreachable) == "EndpointConnectionError"
