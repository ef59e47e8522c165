"""Find stand hubs announced on the stand network (mDNS/DNS-SD, ``_omrane-hub._tcp``).

What is found is only a hint: joining still needs the pairing code, and the hub proves it
knows it for the certificate the kiosk sees (``hub_link.join``)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from zeroconf import InterfaceChoice, IPVersion, ServiceBrowser, ServiceListener, Zeroconf

from sync.contract.hub_wire import MDNS_SERVICE


@dataclass(frozen=True)
class FoundHub:
    hub_id: str
    address: str  # host:port, as `hub join` takes it
    fingerprint: str


class _Listener(ServiceListener):
    def __init__(self) -> None:
        self.names: list[str] = []
        self.seen = threading.Event()

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.names.append(name)
        self.seen.set()

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        return None

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        return None


def _text(value: bytes | None) -> str:
    return value.decode("utf-8", "replace") if value else ""


def find_hubs(timeout_s: float = 3.0, interfaces: list[str] | None = None) -> list[FoundHub]:
    """The hubs answering within ``timeout_s`` (on ``interfaces`` only, when given)."""
    zeroconf = Zeroconf(interfaces=interfaces or InterfaceChoice.All, ip_version=IPVersion.V4Only)
    listener = _Listener()
    browser = ServiceBrowser(zeroconf, MDNS_SERVICE, listener)
    try:
        listener.seen.wait(timeout_s)
        time.sleep(min(1.0, timeout_s))  # other hubs answer within a moment of the first
        found = []
        for name in dict.fromkeys(listener.names):
            info = zeroconf.get_service_info(MDNS_SERVICE, name, timeout=int(timeout_s * 1000))
            if info is None or not info.parsed_addresses():
                continue
            props = info.properties
            found.append(
                FoundHub(
                    _text(props.get(b"id")),
                    f"{info.parsed_addresses()[0]}:{info.port}",
                    _text(props.get(b"sha256")),
                )
            )
        return found
    finally:
        browser.cancel()
        zeroconf.close()
