"""Caravan links: compressed bodies both ways within the gate's limits, and a catalog pull cut
by a weak link that resumes where it stopped (through the shaping proxy, a real TCP hop)."""

from __future__ import annotations

import gzip
import io
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
import zstandard

from kiosk.core.catalog import Catalog
from kiosk.core.config import Paths
from kiosk.core.db import KioskDB
from kiosk.uplink.catalog_pull import CatalogPull
from kiosk.uplink.transport import HQClient, HQUnavailable
from sync.hq import catalog as hq_catalog
from sync.hq import catalog_source
from tests.support.shaping_proxy import ShapingProxy
from tests.sync.conftest import HQ
from tests.sync.stands import FaultyTransport, faulty_session

TIMEOUT = 30
UNITS = 600
PAGE = 100


def _post_packed(hq: HQ, body: bytes, encoding: str) -> requests.Response:
    return requests.post(
        f"{hq.url}/api/v1/leads:batch",
        data=body,
        headers={
            "Authorization": f"Bearer {hq.token}",
            "Content-Type": "application/json",
            "Content-Encoding": encoding,
        },
        timeout=TIMEOUT,
    )


def _zstd_streamed(raw: bytes) -> bytes:
    """As a streaming packer writes it: the opened size is not stated in the frame."""
    out = io.BytesIO()
    with zstandard.ZstdCompressor(level=19).stream_writer(out, closefd=False) as writer:
        writer.write(raw)
    return out.getvalue()


PACKERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": lambda raw: gzip.compress(raw, compresslevel=9),
    "zstd": zstandard.ZstdCompressor(level=19).compress,  # the opened size stated
}


@pytest.mark.parametrize("packer", list(PACKERS))
def test_a_compressed_bomb_is_refused_and_a_damaged_one_too(hq_server: HQ, packer: str) -> None:
    pack, encoding = PACKERS[packer], packer.split("-")[0]
    limit = hq_server.settings.max_body_bytes
    bomb = pack(b" " * (limit * 3))
    assert len(bomb) < limit // 100  # small on the wire, three times the limit once opened
    assert _post_packed(hq_server, bomb, encoding).status_code == 413
    empty = pack(json.dumps({"protocol": 1, "leads": []}).encode())
    assert _post_packed(hq_server, empty[: len(empty) // 2], encoding).status_code == 400
    assert _post_packed(hq_server, empty, encoding).json() == {"protocol": 1, "results": []}


def test_a_body_hq_cannot_open_safely_is_refused_with_its_reason(hq_server: HQ) -> None:
    reply = _post_packed(hq_server, b"\x00" * 64, "br")
    assert (reply.status_code, reply.json()["detail"]) == (
        415,
        "only zstd or gzip request bodies are accepted",
    )
    unsized = _zstd_streamed(b" " * (hq_server.settings.max_body_bytes * 3))
    reply = _post_packed(hq_server, unsized, "zstd")  # its size known only once opened
    assert (reply.status_code, reply.json()["detail"]) == (
        400,
        "a zstd body must state its opened size",
    )


def test_catalog_answers_are_gzipped_for_a_stand_that_asks(hq_server: HQ) -> None:
    records = catalog_source.catalog_records_from(None, demo_units=50)
    hq_catalog.publish_catalog(hq_server.store, records)
    reply = requests.get(
        f"{hq_server.url}/api/v1/catalog/changes?since=0",
        headers={"Authorization": f"Bearer {hq_server.token}", "Accept-Encoding": "gzip"},
        timeout=TIMEOUT,
        stream=True,
    )
    wire = reply.raw.read(decode_content=False)
    assert reply.headers["Content-Encoding"] == "gzip"
    assert len(wire) * 3 < len(gzip.decompress(wire))


def _catalog(home: Path) -> Catalog:
    paths = Paths(home).ensure()
    return Catalog(KioskDB(paths.database))


def test_a_catalog_pull_cut_by_the_link_resumes_where_it_stopped(
    hq_server: HQ, tmp_path: Path
) -> None:
    records = catalog_source.catalog_records_from(None, demo_units=UNITS, seed=7)
    hq_catalog.publish_catalog(hq_server.store, records)
    with ShapingProxy(int(hq_server.url.rsplit(":", 1)[1])) as clean:
        client = HQClient(clean.url, hq_server.token)
        CatalogPull(_catalog(tmp_path / "whole"), tmp_path / "whole-pull", PAGE).run(client)
        client.close()
        whole = clean.bytes_down
    # the link dies half way through the pull
    with ShapingProxy(int(hq_server.url.rsplit(":", 1)[1]), drop_after_down=whole // 2) as weak:
        catalog = _catalog(tmp_path / "stand")
        client = HQClient(weak.url, hq_server.token)
        first = CatalogPull(catalog, tmp_path / "pull", PAGE)
        with pytest.raises(HQUnavailable):
            first.run(client)
        assert catalog.version == 0 and catalog.is_empty()  # nothing half applied
        assert 0 < first.fetched_pages < UNITS // PAGE

        again = CatalogPull(catalog, tmp_path / "pull", PAGE)
        assert again.run(client) == 1
        client.close()
    assert again.resumed_pages == first.fetched_pages
    assert again.resumed_pages + again.fetched_pages == UNITS // PAGE
    assert sorted(r["ref"] for r in catalog.iter_unit_records()) == sorted(
        r["ref"] for r in records
    )
    assert not (tmp_path / "pull").exists()


class _OnePageHQ(FaultyTransport):
    """An HQ that answers one page per request (it ignores ``stream``), as before streams."""

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
        request.url = str(request.url).replace("&stream=true", "")
        return super().send(request, *args, **kwargs)


@pytest.mark.parametrize("hq_kind", [FaultyTransport, _OnePageHQ])
def test_a_catalog_pull_of_many_pages_is_one_request(
    hq_server: HQ, tmp_path: Path, hq_kind: type[FaultyTransport]
) -> None:
    records = catalog_source.catalog_records_from(None, demo_units=UNITS, seed=8)
    hq_catalog.publish_catalog(hq_server.store, records)
    transport = hq_kind()
    client = HQClient(hq_server.url, hq_server.token, faulty_session(transport))
    catalog = _catalog(tmp_path / "stand")
    pull = CatalogPull(catalog, tmp_path / "pull", PAGE)
    assert pull.run(client) == 1
    client.close()
    asked = [path for path, _fault in transport.seen if "/catalog/changes" in path]
    # one round trip for the whole pull; an HQ answering page by page is asked page by page
    assert len(asked) == (1 if hq_kind is FaultyTransport else UNITS // PAGE)
    assert pull.fetched_pages == UNITS // PAGE
    # the index words computed while pages came are those an apply computes by itself
    reference = _catalog(tmp_path / "reference")
    reference.apply_changes(records, [], 1)
    assert _search_texts(catalog) == _search_texts(reference)
    assert len(_search_texts(catalog)) == UNITS


def _search_texts(catalog: Catalog) -> dict[str, str]:
    rows = catalog.db.conn.execute("SELECT ref, search_text FROM units")
    return {str(ref): str(text) for ref, text in rows}


def test_the_proxy_adds_latency_and_caps_bandwidth(hq_server: HQ) -> None:
    records = catalog_source.catalog_records_from(None, demo_units=200)
    hq_catalog.publish_catalog(hq_server.store, records)
    port = int(hq_server.url.rsplit(":", 1)[1])
    with ShapingProxy(port, latency_s=0.1, bandwidth_bps=2_000_000) as proxy:
        started = time.monotonic()
        assert requests.get(f"{proxy.url}/health", timeout=TIMEOUT).ok
        assert time.monotonic() - started >= 0.2  # one round trip
        started = time.monotonic()
        reply = requests.get(
            f"{proxy.url}/api/v1/catalog/changes?since=0",
            headers={"Authorization": f"Bearer {hq_server.token}", "Accept-Encoding": "identity"},
            timeout=TIMEOUT,
        )
        took = time.monotonic() - started
    assert reply.ok
    assert took >= len(reply.content) * 8 / 2_000_000  # no faster than the link
