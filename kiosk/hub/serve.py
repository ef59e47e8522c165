"""Run the stand hub: its database and certificate under the kiosk home's ``hub/`` folder,
uvicorn over TLS on the stand network."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from kiosk.core.config import EventProfile, Paths
from kiosk.hub.app import HubContext, create_hub_app
from kiosk.hub.store import HubStore
from kiosk.hub.tls import HubCertificate, ensure_certificate

DEFAULT_PORT = 8443


def hub_folder(paths: Paths) -> Path:
    return paths.home / "hub"


def open_store(paths: Paths) -> HubStore:
    return HubStore(hub_folder(paths) / "hub.db")


@dataclass
class HubServer:
    store: HubStore
    certificate: HubCertificate
    server: uvicorn.Server


def build_server(paths: Paths, event: EventProfile, *, host: str, port: int) -> HubServer:
    store = open_store(paths)
    certificate = ensure_certificate(hub_folder(paths))
    app = create_hub_app(HubContext(store, list(event.kiosk.desks), certificate.fingerprint))
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        lifespan="off",
        ssl_certfile=str(certificate.cert),
        ssl_keyfile=str(certificate.key),
        proxy_headers=False,
    )
    return HubServer(store, certificate, uvicorn.Server(config))


def serve(
    paths: Paths,
    event: EventProfile,
    *,
    host: str = "0.0.0.0",
    port: int = DEFAULT_PORT,
    announce: Callable[[HubServer], None] | None = None,
    fd: int | None = None,
) -> None:
    sock = socket.socket(fileno=fd) if fd is not None else None
    hub = build_server(paths, event, host=host, port=port)
    if announce is not None:
        announce(hub)
    try:
        hub.server.run(sockets=[sock] if sock is not None else None)
    finally:
        hub.store.close()
