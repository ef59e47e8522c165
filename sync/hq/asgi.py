"""ASGI entry for `uvicorn --factory --no-proxy-headers sync.hq.asgi:build` (several workers,
one database). `--no-proxy-headers`: the app believes X-Forwarded-For only from the proxies
in $OMRANE_HQ_TRUSTED_PROXIES, while uvicorn would believe any local peer.

Reads the same environment as the command line: $OMRANE_HQ_HOME, $OMRANE_HQ_DB,
$OMRANE_HQ_PUBLIC_URL, $OMRANE_HQ_TRUSTED_PROXIES (comma-separated addresses or networks),
$OMRANE_HQ_RATE_LIMIT (requests per minute per kiosk), $OMRANE_HQ_DIGEST_AT (HH:MM) and
$OMRANE_HQ_DIGEST_TZ for the morning digest, $OMRANE_HQ_SMTP.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from sync.hq import digest
from sync.hq.app import create_app
from sync.hq.settings import HQSettings, default_db_url, hq_home, trusted_proxies_from_env
from sync.hq.store import Store

PUBLIC_URL_ENV = "OMRANE_HQ_PUBLIC_URL"
RATE_LIMIT_ENV = "OMRANE_HQ_RATE_LIMIT"  # requests per minute per kiosk


def build() -> FastAPI:
    home = hq_home()
    store = Store(default_db_url(home))
    store.migrate()
    settings = HQSettings(
        home,
        public_url=os.environ.get(PUBLIC_URL_ENV, HQSettings.public_url),
        trusted_proxies=trusted_proxies_from_env(),
        rate_limit_per_minute=int(
            os.environ.get(RATE_LIMIT_ENV, "") or HQSettings.rate_limit_per_minute
        ),
        digest_at=os.environ.get(digest.AT_ENV, ""),
        digest_zone=os.environ.get(digest.ZONE_ENV, "") or HQSettings.digest_zone,
    )
    return create_app(store, settings)
