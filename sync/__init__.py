"""Kiosk ↔ headquarters synchronisation: wire protocol, kiosk client, HQ service."""
