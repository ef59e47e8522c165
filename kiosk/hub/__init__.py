"""The stand hub: one laptop of the stand serves the shared desk queue, pairing, store and
forward to HQ, and the desk and display pages to the stand's kiosks and browsers (plain
Python and HTTP; no Qt)."""
