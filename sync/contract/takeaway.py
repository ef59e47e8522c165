"""The take-away link: what the visitor carries home on their phone, in the link itself.

A stand builds it (screens, brochures, ``omrane-kiosk takeaway``) and HQ's public page reads
it, so it works even if the stand never went online. Its content — unit refs, simulation
inputs, aid estimate, language, expiry — is packed in a few bytes, signed with the stand's
take-away key (HMAC-SHA256, truncated), and written in base32 so the whole code is in the QR
alphanumeric character set (5.5 bits per character instead of 8)::

    https://hq.example.ma/t/KRSXG5BAMFXGI...   (path upper-case, the QR's cheapest mode)

Layout (version 1): version, key id (3 bytes), expiry (days since 2020-01-01, 2 bytes),
language index, aid (varint MAD), simulation flag [price, own contribution, rate in basis
points, years], number of refs, each ref as length + ASCII, then the 12-byte signature of
everything before it. HQ derives each stand's key from its own secret and the key id, so it
stores no per-stand secret (:func:`derive_key`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from sync.contract.errors import ValidationError
from sync.contract.vocabulary import LANGUAGES

VERSION = 1
EPOCH = date(2020, 1, 1)
MAC_BYTES = 12  # 96 bits: forging needs one HQ request per try
KEY_ID_MAX = 2**24 - 1
MAX_REFS = 10
REF_MAX = 40
PATH = "/t/"  # HQ's public page: {base}/t/{code}
_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
# A language travels as its index in the vocabulary, where languages are only ever appended
# (reordering them would change what old links say).
LINK_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)


class LinkError(ValidationError):
    """A take-away code that is malformed or whose signature does not match."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, key="takeaway.error.invalid")


@dataclass(frozen=True)
class LoanInputs:
    price_mad: int
    own_contribution_mad: int
    rate_bp: int  # annual rate in basis points: 4.75 % -> 475
    years: int


@dataclass(frozen=True)
class Takeaway:
    """What the link carries (no personal data)."""

    refs: tuple[str, ...]
    language: str
    expires: date
    aid_mad: int = 0  # Daam Sakane estimate, 0 when none was computed
    loan: LoanInputs | None = None
    key_id: int = field(default=0, compare=False)

    def expired(self, today: date) -> bool:
        return today > self.expires


def derive_key(hq_secret: bytes, key_id: int) -> bytes:
    """The take-away key of stand ``key_id``: HQ gives it at enrollment and recomputes it."""
    return hmac.new(hq_secret, b"omrane-takeaway/1/%d" % key_id, hashlib.sha256).digest()


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _check(link: Takeaway) -> None:
    if link.language not in LINK_LANGUAGES or not 0 <= link.key_id <= KEY_ID_MAX:
        raise ValueError("language or key id out of range")
    if not 0 < len(link.refs) <= MAX_REFS:
        raise ValueError(f"a take-away link carries 1 to {MAX_REFS} units")
    if any(len(r) > REF_MAX or not r.isascii() or not _REF.match(r) for r in link.refs):
        raise ValueError("unit references are short ASCII codes")
    if not 0 <= (link.expires - EPOCH).days < 2**16:
        raise ValueError("expiry out of range")


def pack(link: Takeaway, key: bytes) -> str:
    """The signed code of ``link`` (base32, upper case, no padding)."""
    _check(link)
    body = bytearray([VERSION])
    body += link.key_id.to_bytes(3, "big")
    body += (link.expires - EPOCH).days.to_bytes(2, "big")
    body.append(LINK_LANGUAGES.index(link.language))
    body += _varint(max(0, link.aid_mad))
    if link.loan is None:
        body.append(0)
    else:
        loan = link.loan
        body.append(1)
        for value in (loan.price_mad, loan.own_contribution_mad, loan.rate_bp, loan.years):
            body += _varint(max(0, value))
    body.append(len(link.refs))
    for ref in link.refs:
        body.append(len(ref))
        body += ref.encode("ascii")
    body += hmac.new(key, bytes(body), hashlib.sha256).digest()[:MAC_BYTES]
    return base64.b32encode(bytes(body)).decode("ascii").rstrip("=")


def link_url(base_url: str, code: str) -> str:
    return base_url.rstrip("/") + PATH + code


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, n: int) -> bytes:
        if self.at + n > len(self.data):
            raise LinkError("code too short")
        chunk = self.data[self.at : self.at + n]
        self.at += n
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def varint(self) -> int:
        value = shift = 0
        while True:
            byte = self.byte()
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value
            shift += 7
            if shift > 35:
                raise LinkError("number too long")


def _decode(code: str) -> bytes:
    text = code.strip().upper()
    if not 16 <= len(text) <= 400 or not re.fullmatch(r"[A-Z2-7]+", text):
        raise LinkError("not a take-away code")
    try:
        data = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError as exc:
        raise LinkError("not base32") from exc
    # the last character may carry unused bits: only the one spelling of the bytes is valid
    if base64.b32encode(data).decode("ascii").rstrip("=") != text:
        raise LinkError("not the canonical spelling")
    return data


def key_id_of(code: str) -> int:
    """The stand key the code claims, to pick the key before :func:`unpack` checks it."""
    data = _decode(code)
    if len(data) < 4 + MAC_BYTES or data[0] != VERSION:
        raise LinkError("unknown link version")
    return int.from_bytes(data[1:4], "big")


def unpack(code: str, key: bytes) -> Takeaway:
    """The link's content; LinkError when the code was changed or is not one."""
    data = _decode(code)
    body, mac = data[:-MAC_BYTES], data[-MAC_BYTES:]
    expected = hmac.new(key, body, hashlib.sha256).digest()[:MAC_BYTES]
    if len(data) <= MAC_BYTES or not hmac.compare_digest(mac, expected):
        raise LinkError("signature does not match")
    read = _Reader(body)
    if read.byte() != VERSION:
        raise LinkError("unknown link version")
    key_id = int.from_bytes(read.take(3), "big")
    expires = EPOCH + timedelta(days=int.from_bytes(read.take(2), "big"))
    lang_index = read.byte()
    if lang_index >= len(LINK_LANGUAGES):
        raise LinkError("unknown language")
    aid = read.varint()
    loan = None
    if read.byte():
        price, own, rate, years = (read.varint() for _ in range(4))
        loan = LoanInputs(price, own, rate, years)
    refs = tuple(read.take(read.byte()).decode("ascii", "replace") for _ in range(read.byte()))
    if read.at != len(body):
        raise LinkError("trailing bytes")
    language = LINK_LANGUAGES[lang_index]
    return Takeaway(refs, language if language in LANGUAGES else "fr", expires, aid, loan, key_id)
