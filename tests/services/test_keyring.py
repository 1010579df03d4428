"""What counts as "the system keyring": a file is no keyring (DESIGN §8).

keyrings.alt is never needed: the backends here only look like its file backends
(same module and class names, same priority) and keep what they are given in a dict,
so a test can see whether a secret would have gone to a file.
"""

from __future__ import annotations

import typing

import pytest

from observer_desktop.core.errors import PassphraseError
from observer_desktop.services import keys, tokens

URL = "https://oic.example"


class _DictBackend:
    """Mixed into every fake backend: remembers what it was given."""

    store: typing.ClassVar[dict]

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def _backend(name: str, module: str, priority: float):
    import keyring.backend

    cls = type(name, (_DictBackend, keyring.backend.KeyringBackend), {"priority": priority})
    cls.__module__ = module
    backend = cls()
    backend.store = {}
    return backend


def plaintext_like():
    """keyrings.alt.file.PlaintextKeyring: base64 in ~/.local/share/python_keyring."""
    return _backend("PlaintextKeyring", "keyrings.alt.file", 0.5)


def file_like_high_priority():
    """A file backend that claims a good priority: its name gives it away."""
    return _backend("CryptFileKeyring", "some_vendor.backends", 5)


def low_priority():
    return _backend("SomeFallbackKeyring", "some_vendor.backends", 0.5)


def real_like():
    return _backend("Keyring", "keyring.backends.SecretService", 5)


def chainer_of(*backends):
    from keyring.backends.chainer import ChainerBackend

    cls = type("Chained", (ChainerBackend,), {"backends": list(backends)})
    return cls()


def _fail():
    from keyring.backends import fail

    return fail.Keyring()


def _null():
    from keyring.backends import null

    return null.Keyring()


NOT_KEYRINGS = {
    "plaintext file": plaintext_like,
    "file backend with a high priority": file_like_high_priority,
    "priority below 1": low_priority,
    "fail": _fail,
    "null": _null,
    "chainer of file backends only": lambda: chainer_of(plaintext_like(), low_priority()),
}


@pytest.fixture(params=sorted(NOT_KEYRINGS))
def not_a_keyring(request):
    import keyring

    backend = NOT_KEYRINGS[request.param]()
    keyring.set_keyring(backend)
    return backend


def _written(backend) -> dict:
    if hasattr(backend, "backends"):
        return {k: v for b in backend.backends for k, v in getattr(b, "store", {}).items()}
    return dict(getattr(backend, "store", {}))


def test_the_tests_memory_keyring_is_a_real_keyring(memory_keyring):
    assert keys.keyring_usable() and keys.system_keyring() is memory_keyring


def test_a_file_or_fallback_backend_is_no_keyring(app, not_a_keyring, monkeypatch):
    monkeypatch.delenv("OBSERVER_PASSPHRASE", raising=False)
    assert not keys.keyring_usable() and keys.system_keyring() is None
    # the session token is not kept there: the caller seals it in sync-token.enc instead
    assert tokens.store_in_keyring(app, URL, "token-secreto") is False
    assert tokens.keyring_token(app, URL) is None
    # a new key asks for the passphrase, exactly as without a keyring
    with pytest.raises(PassphraseError, match="No hay llavero"):
        keys.ensure_identity(app, ask=None)
    typed = iter(["mi frase secreta", "mi frase secreta"])
    ident = keys.ensure_identity(app, ask=lambda prompt: next(typed))
    with pytest.raises(PassphraseError, match="no está guardada"):
        keys.passphrase_for(app, ident, ask=None)
    assert keys.passphrase_for(app, ident, ask=lambda p: "mi frase secreta") == b"mi frase secreta"
    assert keys.passphrase_in_keyring(app) is False
    assert _written(not_a_keyring) == {}


def test_the_wizards_passphrase_does_not_go_to_a_file(app, not_a_keyring):
    ident, in_keyring = keys.create_key(app, "mi frase secreta")
    assert ident is not None and in_keyring is False
    assert _written(not_a_keyring) == {}


def test_a_passphrase_left_in_a_file_backend_is_not_read(app, monkeypatch):
    import keyring

    monkeypatch.delenv("OBSERVER_PASSPHRASE", raising=False)
    ident, _ = keys.create_key(app, "mi frase secreta")
    plain = plaintext_like()
    plain.set_password(keys.KEYRING_SERVICE, f"firma:{app.data_dir}", "mi frase secreta")
    keyring.set_keyring(plain)
    with pytest.raises(PassphraseError):
        keys.passphrase_for(app, ident, ask=None)


def test_a_chainer_keeps_secrets_only_in_its_real_keyring(app, monkeypatch):
    import keyring

    monkeypatch.delenv("OBSERVER_PASSPHRASE", raising=False)
    plain, real = plaintext_like(), real_like()
    keyring.set_keyring(chainer_of(real, plain))
    assert keys.system_keyring() is real
    assert tokens.store_in_keyring(app, URL, "token-secreto")
    keys.ensure_identity(app, ask=None)  # a random passphrase, kept in the keyring
    assert keys.passphrase_in_keyring(app)
    assert plain.store == {} and len(real.store) == 2
    tokens.delete(app, URL)
    assert tokens.keyring_token(app, URL) is None and len(real.store) == 1
