"""Command: display [--lang fr|ar] [--print] — the stand's now-serving screen, full screen in
the laptop's Chromium (kiosk mode), from the stand hub this kiosk joined. The browser trusts
exactly the hub certificate pinned at pairing (its public key), nothing more."""

from __future__ import annotations

import argparse
import base64
import hashlib
import shutil
import ssl
import subprocess
import webbrowser
from urllib.parse import urlsplit

from kiosk.cli.base import Context, add_command
from kiosk.uplink import hub_link
from sync.contract.errors import UserError

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    display = add_command(sub, "display", "the now-serving screen, full screen (stand hub)")
    display.add_argument("--lang", choices=("fr", "ar"), default="fr")
    display.add_argument("--print", action="store_true", help="print the address, open nothing")
    display.set_defaults(func=_display)


def _spki_pin(url: str, fingerprint: str) -> str:
    """Chromium's pin (base64 SHA-256 of the public key) of the hub certificate, checked
    against the fingerprint pinned at pairing first."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    parts = urlsplit(url)
    pem = ssl.get_server_certificate((parts.hostname or "", parts.port or 443), timeout=5)
    if hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest() != fingerprint:
        raise hub_link.HubRefused("the hub shows another certificate than at pairing")
    key = x509.load_pem_x509_certificate(pem.encode()).public_key()
    spki = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


def _display(ctx: Context, args: argparse.Namespace) -> int:
    link = hub_link.HubLink.from_settings(ctx.db())
    if link is None:
        raise UserError(
            "not joined to a stand hub: run `omrane-kiosk hub join ADDRESS CODE` first",
            key="error.hub.not_joined",
        )
    try:
        path = link.call("GET", "/display", params={"lang": args.lang})["path"]
    finally:
        link.close()
    url = f"{link.url}{path}"
    if args.print:
        print(url)
        return 0
    browser = next((found for b in BROWSERS if (found := shutil.which(b))), None)
    if browser is None:
        webbrowser.open(url)
        return 0
    pin = _spki_pin(link.url, link.fingerprint)
    subprocess.Popen(
        [browser, "--kiosk", "--noerrdialogs", "--autoplay-policy=no-user-gesture-required",
         f"--ignore-certificate-errors-spki-list={pin}", url],
        start_new_session=True,
    )  # fmt: skip
    print(f"now-serving display opened: {url}")
    return 0
