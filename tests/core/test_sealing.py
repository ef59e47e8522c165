"""The envelope: only the holder of a recipient's private key opens a lead."""

from __future__ import annotations

import base64
import json

import nacl.public
import nacl.secret
import nacl.utils
import pytest

from sync.contract import sealing
from sync.contract.errors import DataError
from sync.contract.sealing import open_envelope, open_stored, reseal_key, seal_pii, wire_sealed

PII = {"first_name": "Salma", "last_name": "DEMO-Tazi", "phone": "+33199000042", "email": "",
       "note": "بعد الظهر"}  # fmt: skip


def keys() -> tuple[nacl.public.PrivateKey, nacl.public.PrivateKey]:
    return nacl.public.PrivateKey.generate(), nacl.public.PrivateKey.generate()


def test_staff_and_hq_each_open_the_same_lead() -> None:
    staff_key, hq_key = keys()
    envelope = seal_pii(PII, staff_key.public_key, hq_key.public_key)
    assert envelope.key_for_hq is not None
    assert open_stored(envelope.box, envelope.key_for_staff, staff_key) == PII
    assert open_envelope(wire_sealed(envelope.key_for_hq, envelope.box), hq_key) == PII


def test_each_lead_has_its_own_key_so_equal_data_looks_different() -> None:
    staff_key, _ = keys()
    first = seal_pii(PII, staff_key.public_key)
    second = seal_pii(PII, staff_key.public_key)
    assert first.box != second.box and first.key_for_staff != second.key_for_staff


def test_before_enrollment_nothing_is_sealed_for_hq_then_reseal_adds_it() -> None:
    staff_key, hq_key = keys()
    envelope = seal_pii(PII, staff_key.public_key)
    assert envelope.key_for_hq is None
    for_hq = reseal_key(envelope.key_for_staff, staff_key, hq_key.public_key)
    assert open_envelope(wire_sealed(for_hq, envelope.box), hq_key) == PII


def test_another_key_cannot_open_a_lead() -> None:
    staff_key, hq_key = keys()
    envelope = seal_pii(PII, staff_key.public_key, hq_key.public_key)
    thief = nacl.public.PrivateKey.generate()
    with pytest.raises(DataError):
        open_stored(envelope.box, envelope.key_for_staff, thief)
    with pytest.raises(DataError):
        open_envelope(wire_sealed(envelope.key_for_hq or "", envelope.box), staff_key)


def test_wire_format_is_base64_json_with_key_and_box() -> None:
    staff_key, hq_key = keys()
    envelope = seal_pii(PII, staff_key.public_key, hq_key.public_key)
    outer = json.loads(base64.b64decode(wire_sealed(envelope.key_for_hq or "", envelope.box)))
    assert set(outer) == {"key", "box"}
    assert len(base64.b64decode(outer["key"])) == 32 + 48  # sealed 32-byte key


DAMAGED = ["", "not base64!", base64.b64encode(b"{}").decode(),
           base64.b64encode(b'{"key": 1, "box": 2}').decode()]  # fmt: skip


@pytest.mark.parametrize("damaged", DAMAGED)
def test_damaged_envelopes_are_data_errors_not_crashes(damaged: str) -> None:
    with pytest.raises(DataError):
        open_envelope(damaged, nacl.public.PrivateKey.generate())


def test_tampered_box_is_detected() -> None:
    staff_key, _ = keys()
    envelope = seal_pii(PII, staff_key.public_key)
    raw = bytearray(base64.b64decode(envelope.box))
    raw[-1] ^= 1
    with pytest.raises(DataError):
        open_stored(base64.b64encode(bytes(raw)).decode(), envelope.key_for_staff, staff_key)


def test_staff_key_copies_share_an_ephemeral_key_only_within_a_short_epoch() -> None:
    staff_key, _ = keys()
    sealed = [
        base64.b64decode(seal_pii(PII, staff_key.public_key).key_for_staff)
        for _ in range(sealing.STAFF_EPOCH_LEADS + 1)
    ]
    ephemeral = [s[1:33] for s in sealed]
    assert len(set(ephemeral[: sealing.STAFF_EPOCH_LEADS])) == 1
    assert ephemeral[-1] != ephemeral[0]  # a new ephemeral key after the epoch
    assert len(set(sealed)) == len(sealed)  # fresh nonce and K every time
    opener = sealing.KeyOpener(staff_key)
    leads = [seal_pii({**PII, "note": str(i)}, staff_key.public_key) for i in range(3)]
    assert [open_stored(e.box, e.key_for_staff, opener)["note"] for e in leads] == ["0", "1", "2"]


def test_a_plain_sealed_box_for_the_staff_key_still_opens() -> None:
    staff_key, _ = keys()
    lead_key = nacl.utils.random(32)
    box = base64.b64encode(bytes(nacl.secret.SecretBox(lead_key).encrypt(b'{"phone": "+1"}')))
    plain = base64.b64encode(nacl.public.SealedBox(staff_key.public_key).encrypt(lead_key))
    assert open_stored(box.decode(), plain.decode(), staff_key) == {"phone": "+1"}
