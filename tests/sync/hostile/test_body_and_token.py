"""Item 7: the body limit holds for chunked uploads, and stands show their token first."""

from __future__ import annotations

from pathlib import Path

import psutil
import pytest

from tests.sync.hostile.chunked import chunked_upload
from tests.sync.hostile.hq_process import HQProcess, hq_process

MB = 1024 * 1024


@pytest.fixture
def hq(tmp_path: Path) -> HQProcess:
    with hq_process(tmp_path / "hq") as running:
        yield running  # type: ignore[misc]


def test_a_chunked_150_mb_upload_without_token_is_refused_quickly_in_little_memory(
    hq: HQProcess,
) -> None:
    process = psutil.Process(hq.pid)
    baseline = process.memory_info().rss
    peaks = [baseline]
    upload = chunked_upload(
        hq.url,
        "/api/v1/leads:batch",
        150 * MB,
        {"Content-Type": "application/json"},
        every_mb=lambda: peaks.append(process.memory_info().rss),
    )
    peaks.append(process.memory_info().rss)
    assert upload.status == 401
    assert upload.seconds < 5
    assert upload.sent < 150 * MB  # refused before the upload was over
    assert max(peaks) - baseline < 100 * MB


def test_a_chunked_body_over_the_limit_with_a_valid_token_gets_413(hq: HQProcess) -> None:
    process = psutil.Process(hq.pid)
    baseline = process.memory_info().rss
    peaks = [baseline]
    upload = chunked_upload(
        hq.url,
        "/api/v1/leads:batch",
        150 * MB,
        {"Authorization": f"Bearer {hq.token}", "Content-Type": "application/json"},
        every_mb=lambda: peaks.append(process.memory_info().rss),
    )
    assert upload.status == 413
    assert upload.sent < 20 * MB  # the limit is 8 MB: refused soon after it
    assert max(peaks) - baseline < 100 * MB


@pytest.mark.parametrize("path", ["/api/v1/heartbeat", "/api/v1/analytics", "/api/v1/erasures"])
def test_every_stand_endpoint_refuses_a_missing_token_before_reading(
    hq: HQProcess, path: str
) -> None:
    upload = chunked_upload(hq.url, path, 30 * MB, {"Content-Type": "application/json"})
    assert upload.status == 401
    assert upload.sent < 30 * MB
