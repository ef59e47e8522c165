"""The hub announces itself on the stand network by mDNS/DNS-SD (``_omrane-hub._tcp``) so
kiosks find it without typing an address; the address typed or scanned from the QR on the
hub's screen stays the fallback. ``interfaces`` limits where it is announced (tests pass
loopback only, so nothing is ever sent to the machine's real network)."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from zeroconf import InterfaceChoice, IPVersion, ServiceInfo, Zeroconf

from sync.contract.hub_wire import MDNS_SERVICE


def _addresses(interfaces: list[str] | None) -> list[bytes]:
    if interfaces:
        return [socket.inet_aton(ip) for ip in interfaces]
    import ifaddr

    found = [
        ip.ip
        for adapter in ifaddr.get_adapters()
        for ip in adapter.ips
        if isinstance(ip.ip, str) and not ip.ip.startswith("127.")
    ]
    return [socket.inet_aton(ip) for ip in found]


def lan_address() -> str:
    """This laptop's address on the stand network as kiosks would type it (its name without
    one)."""
    found = _addresses(None)
    return socket.inet_ntoa(found[0]) if found else socket.gethostname()


@dataclass
class Announcement:
    zeroconf: Zeroconf
    info: ServiceInfo

    def close(self) -> None:
        self.zeroconf.unregister_service(self.info)
        self.zeroconf.close()


def announce(
    hub_id: str, port: int, fingerprint: str, interfaces: list[str] | None = None
) -> Announcement:
    """Announce the hub (its id and certificate fingerprint in the TXT record)."""
    zeroconf = Zeroconf(interfaces=interfaces or InterfaceChoice.All, ip_version=IPVersion.V4Only)
    info = ServiceInfo(
        MDNS_SERVICE,
        f"hub-{hub_id}.{MDNS_SERVICE}",
        addresses=_addresses(interfaces),
        port=port,
        properties={"id": hub_id, "sha256": fingerprint},
        server=f"omrane-hub-{hub_id}.local.",
    )
    zeroconf.register_service(info)
    return Announcement(zeroconf, info)
