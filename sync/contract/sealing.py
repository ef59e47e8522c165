"""Envelope encryption of a lead's personal fields (PyNaCl).

Each lead gets a fresh random 32-byte key K. The personal fields (JSON) are encrypted with
``SecretBox(K)``; K itself is sealed (``SealedBox``, anonymous sender) to the stand's staff
public key and, once the kiosk is enrolled, to the HQ public key. The kiosk only ever needs
public keys to save a lead: opening needs a private key (the staff one is wrapped under the
staff PIN, see :mod:`kiosk.core.staff`; the HQ one never leaves HQ).

Sealing K to the staff key: a sealed box costs one X25519 per lead to open, so exporting
100,000 leads spent most of its time there. K is therefore encrypted with ``Box(ephemeral,
staff_pub)`` where the ephemeral key pair is shared by at most ``STAFF_EPOCH_LEADS`` leads
(and ``STAFF_EPOCH_SECONDS``), lives only in the kiosk's memory and is then dropped; opening
costs one X25519 per epoch. Stored form: ``0x02 || ephemeral public (32) || nonce || box``.
Plain sealed boxes (80 bytes) still open. The HQ copy stays a per-lead sealed box.

Wire form for HQ (``sealed`` in a lead record):
``base64(json({"key": base64(SealedBox(hq_pub)(K)), "box": base64(SecretBox(K)(pii))}))``.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
from dataclasses import dataclass
from typing import Any

import nacl.exceptions
import nacl.public
import nacl.secret
import nacl.utils

from sync.contract.errors import DataError

STAFF_EPOCH_LEADS = 64
STAFF_EPOCH_SECONDS = 600.0
_EPOCH_TAG = b"\x02"
_EPOCH_LENGTH = 1 + 32 + 24 + 16 + 32  # tag, ephemeral public key, nonce, MAC, K


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return binascii.a2b_base64(text.encode("ascii"), strict_mode=True)
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


@dataclass
class _StaffEpoch:
    recipient: bytes
    box: nacl.public.Box  # holds the precomputed shared key
    ephemeral_public: bytes
    started: float
    uses: int = 0


_epoch: _StaffEpoch | None = None
_epoch_lock = threading.Lock()


def _seal_for_staff(lead_key: bytes, staff_public: nacl.public.PublicKey) -> bytes:
    global _epoch
    with _epoch_lock:
        epoch = _epoch
        if (
            epoch is None
            or epoch.recipient != bytes(staff_public)
            or epoch.uses >= STAFF_EPOCH_LEADS
            or time.monotonic() - epoch.started > STAFF_EPOCH_SECONDS
        ):
            ephemeral = nacl.public.PrivateKey.generate()
            epoch = _StaffEpoch(
                recipient=bytes(staff_public),
                box=nacl.public.Box(ephemeral, staff_public),
                ephemeral_public=bytes(ephemeral.public_key),
                started=time.monotonic(),
            )
            _epoch = epoch
        epoch.uses += 1
    return _EPOCH_TAG + epoch.ephemeral_public + bytes(epoch.box.encrypt(lead_key))


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
        key_for_staff=b64(_seal_for_staff(lead_key, staff_public)),
        key_for_hq=None
        if hq_public is None
        else b64(nacl.public.SealedBox(hq_public).encrypt(lead_key)),
    )


class KeyOpener:
    """Opens lead keys with one private key, remembering each epoch's shared key. Create one
    per listing/export and let it go with it (it holds key material)."""

    def __init__(self, private_key: nacl.public.PrivateKey) -> None:
        self.private_key = private_key
        self._boxes: dict[bytes, nacl.public.Box] = {}

    def open(self, sealed_key: str) -> bytes:
        raw = unb64(sealed_key)
        try:
            if len(raw) == _EPOCH_LENGTH and raw[:1] == _EPOCH_TAG:
                ephemeral = raw[1:33]
                box = self._boxes.get(ephemeral)
                if box is None:
                    box = nacl.public.Box(self.private_key, nacl.public.PublicKey(ephemeral))
                    self._boxes[ephemeral] = box
                return box.decrypt(raw[33:])
            return nacl.public.SealedBox(self.private_key).decrypt(raw)
        except nacl.exceptions.CryptoError as exc:
            raise DataError(
                "this lead was not sealed for this key", key="error.sealing.wrong_key"
            ) from exc


Opener = nacl.public.PrivateKey | KeyOpener


def _opener(key: Opener) -> KeyOpener:
    return key if isinstance(key, KeyOpener) else KeyOpener(key)


def open_key(sealed_key: str, private_key: Opener) -> bytes:
    return _opener(private_key).open(sealed_key)


def open_box(box: str, lead_key: bytes) -> dict[str, Any]:
    try:
        plaintext = nacl.secret.SecretBox(lead_key).decrypt(unb64(box))
        data = json.loads(plaintext.decode("utf-8"))
    except (nacl.exceptions.CryptoError, UnicodeDecodeError, ValueError) as exc:
        raise DataError("sealed data is damaged", key="error.sealing.damaged") from exc
    if not isinstance(data, dict):
        raise DataError("sealed data is damaged", key="error.sealing.damaged")
    return data


def open_stored(box: str, sealed_key: str, private_key: Opener) -> dict[str, Any]:
    """Open a stored lead with the staff private key (or a ``KeyOpener`` of it)."""
    return open_box(box, open_key(sealed_key, private_key))


def reseal_key(sealed_key: str, private_key: Opener, recipient: nacl.public.PublicKey) -> str:
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


def seal_text(text: str, recipient: nacl.public.PublicKey) -> str:
    """A short text (an erased phone number) sealed to one recipient, e.g. HQ."""
    return b64(nacl.public.SealedBox(recipient).encrypt(text.encode("utf-8")))


def open_text(sealed: str, private_key: nacl.public.PrivateKey) -> str:
    try:
        return nacl.public.SealedBox(private_key).decrypt(unb64(sealed)).decode("utf-8")
    except (nacl.exceptions.CryptoError, UnicodeDecodeError) as exc:
        raise DataError("sealed text cannot be opened", key="error.sealing.wrong_key") from exc
