"""Compressed bodies: what a stand packs, HQ and the hub open as it was, whatever the threads."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from sync.contract import bodies


def test_batches_packed_on_several_threads_at_once_open_as_they_were() -> None:
    batches = [
        json.dumps({"protocol": 1, "leads": [{"id": f"{n:036d}", "city": "Fès" * n}]}).encode()
        for n in range(64)
    ]
    with ThreadPoolExecutor(max_workers=8) as pool:  # stands (or a hub) sending at once
        packed = list(pool.map(bodies.pack, batches * 4))
    assert [bodies.unpack("zstd", body, 1_000_000) for body in packed] == batches * 4
