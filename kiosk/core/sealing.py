"""Envelope encryption of a lead's personal fields (PyNaCl).

Each lead gets a fresh random 32-byte key K. The personal fields (JSON) are encrypted with
``SecretBox(K)``; K itself is sealed (``SealedBox``, anonymous sender) to the stand's staff
public key and, once the kiosk is enrolled, to the HQ public key. The kiosk only ever needs
public keys to save a lead: opening needs a private key (the staff one is wrapped under the
staff PIN, see :mod:`kiosk.core.staff`; the HQ one never leaves HQ).

Wire form for HQ (``sealed`` in a lead record):
``base64(json({"key": base64(SealedBox(hq_pub)(K)), "box": base64(SecretBox(K)(pii))}))``.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

import nacl.exceptions
import nacl.public
import nacl.secret
import nacl.utils

from kiosk.core.errors import DataError

PII_FIELDS = ("first_name", "last_name", "phone", "email", "note")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise DataError("sealed data is not valid base64", key="error.sealing.format") from exc


def public_key_from(value: bytes | str | nacl.public.PublicKey) -> nacl.public.PublicKey:
    """Accept a PublicKey, its 32 raw bytes or their base64 text."""
    if isinstance(value, nacl.public.PublicKey):
        return value
    raw = unb64(value) if isinstance(value, str) else value
    if len(raw) != nacl.public.PublicKey.SIZE:
        raise DataError("a public key has 32 bytes", key="error.sealing.key")
    return nacl.public.PublicKey(raw)


@dataclass(frozen=True)
class Envelope:
    """A sealed lead as stored: ciphertext plus K sealed to each recipient (base64 text)."""

    box: str
    key_for_staff: str
    key_for_hq: str | None


def seal_pii(
    pii: dict[str, Any],
    staff_public: nacl.public.PublicKey,
    hq_public: nacl.public.PublicKey | None = None,
) -> Envelope:
    lead_key = nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE)
    plaintext = json.dumps(pii, ensure_ascii=False, sort_keys=True).encode("utf-8")
    box = nacl.secret.SecretBox(lead_key).encrypt(plaintext)
    return Envelope(
        box=b64(bytes(box)),
        key_for_staff=b64(nacl.public.SealedBox(staff_public).encrypt(lead_key)),
        key_for_hq=None
        if hq_public is None
        else b64(nacl.public.SealedBox(hq_public).encrypt(lead_key)),
    )


def open_key(sealed_key: str, private_key: nacl.public.PrivateKey) -> bytes:
    try:
        return nacl.public.SealedBox(private_key).decrypt(unb64(sealed_key))
    except nacl.exceptions.CryptoError as exc:
        raise DataError(
            "this lead was not sealed for this key", key="error.sealing.wrong_key"
        ) from exc


def open_box(box: str, lead_key: bytes) -> dict[str, Any]:
    try:
        plaintext = nacl.secret.SecretBox(lead_key).decrypt(unb64(box))
        data = json.loads(plaintext.decode("utf-8"))
    except (nacl.exceptions.CryptoError, UnicodeDecodeError, ValueError) as exc:
        raise DataError("sealed data is damaged", key="error.sealing.damaged") from exc
    if not isinstance(data, dict):
        raise DataError("sealed data is damaged", key="error.sealing.damaged")
    return data


def open_stored(box: str, sealed_key: str, private_key: nacl.public.PrivateKey) -> dict[str, Any]:
    """Open a stored lead with the staff private key (or any key it was sealed to)."""
    return open_box(box, open_key(sealed_key, private_key))


def reseal_key(
    sealed_key: str, private_key: nacl.public.PrivateKey, recipient: nacl.public.PublicKey
) -> str:
    """Seal an existing lead's K to one more recipient (e.g. HQ after enrollment)."""
    return b64(nacl.public.SealedBox(recipient).encrypt(open_key(sealed_key, private_key)))


def wire_sealed(key_for_hq: str, box: str) -> str:
    """The ``sealed`` field sent to HQ."""
    payload = json.dumps({"key": key_for_hq, "box": box}, separators=(",", ":"))
    return b64(payload.encode("ascii"))


def open_envelope(sealed: str, private_key: nacl.public.PrivateKey) -> dict[str, Any]:
    """HQ side: open a wire ``sealed`` value with the HQ private key → personal fields."""
    try:
        outer = json.loads(unb64(sealed).decode("ascii"))
        key, box = outer["key"], outer["box"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise DataError("sealed data is damaged", key="error.sealing.damaged") from exc
    if not isinstance(key, str) or not isinstance(box, str):
        raise DataError("sealed data is damaged", key="error.sealing.damaged")
    return open_stored(box, key, private_key)
