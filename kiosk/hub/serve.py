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
from kiosk.hub.forward import Forwarder, Relay
from kiosk.hub.pages import Pages
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
    relay: Relay | None = None
    pages: Pages | None = None


def hq_address(paths: Paths, given: str | None) -> str | None:
    """HQ as the hub reaches it: ``--hq``, else this laptop's own enrollment."""
    if given:
        return given
    if not paths.database.is_file():
        return None
    from kiosk.core import enrollment
    from kiosk.core.db import KioskDB

    db = KioskDB(paths.database)
    try:
        link = enrollment.load_link(db)
    finally:
        db.close()
    return link.hq_url if link else None


def build_server(
    paths: Paths, event: EventProfile, *, host: str, port: int, hq_url: str | None = None
) -> HubServer:
    store = open_store(paths)
    store.set_state("hub.port", str(port))  # for the join QR on this laptop's staff console
    certificate = ensure_certificate(hub_folder(paths))
    hq = hq_address(paths, hq_url)
    relay = Relay(store, hq) if hq else None
    context = HubContext(store, list(event.kiosk.desks), certificate.fingerprint, relay, event)
    app = create_hub_app(context)
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
    return HubServer(store, certificate, uvicorn.Server(config), relay, app.state.pages)


def serve(
    paths: Paths,
    event: EventProfile,
    *,
    host: str = "0.0.0.0",
    port: int = DEFAULT_PORT,
    announce: Callable[[HubServer], None] | None = None,
    fd: int | None = None,
    hq_url: str | None = None,
    announce_on: list[str] | None = None,
    mdns: bool = True,
) -> None:
    sock = socket.socket(fileno=fd) if fd is not None else None
    hub = build_server(paths, event, host=host, port=port, hq_url=hq_url)
    forwarder = Forwarder(hub.relay) if hub.relay is not None else None
    if forwarder is not None:
        forwarder.start()
    if announce is not None:
        announce(hub)
    mdns_entry = None
    if mdns:
        from kiosk.hub.discovery import announce as announce_mdns

        mdns_entry = announce_mdns(hub.store.hub_id, port, hub.certificate.fingerprint, announce_on)
    try:
        hub.server.run(sockets=[sock] if sock is not None else None)
    finally:
        if mdns_entry is not None:
            mdns_entry.close()
        if forwarder is not None:
            forwarder.stop()
        hub.store.close()
