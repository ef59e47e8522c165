"""End-to-end tests reuse the real HQ server fixture of the sync tests."""

from tests.sync.conftest import hq_server  # noqa: F401
