"""The hub's own TLS certificate: made once on the hub laptop, pinned by kiosks at pairing
(by its SHA-256 fingerprint), trusted once by desk browsers."""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

VALID_DAYS = 3 * 365


@dataclass(frozen=True)
class HubCertificate:
    cert: Path
    key: Path
    fingerprint: str  # SHA-256 of the DER certificate, hex


def fingerprint_of(pem: bytes) -> str:
    der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def _names() -> list[x509.GeneralName]:
    host = socket.gethostname()
    names: list[x509.GeneralName] = [x509.DNSName("localhost"), x509.DNSName(host)]
    names.append(x509.DNSName(f"{host}.local"))
    names.append(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
    return names


def _make(cert_path: Path, key_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Omrane stand hub")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(_names()), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_bytes = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key_bytes)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def ensure_certificate(folder: Path) -> HubCertificate:
    """The hub's certificate and key in ``folder``, made on first use."""
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "hub-cert.pem", folder / "hub-key.pem"
    if not (cert_path.is_file() and key_path.is_file()):
        _make(cert_path, key_path)
    return HubCertificate(cert_path, key_path, fingerprint_of(cert_path.read_bytes()))
