"""What the stand and HQ share: the lead contract, the vocabulary, the wire models, sealing,
the clock and the error tree. Imports nothing from ``kiosk`` or ``sync.hq`` (a test enforces it)."""
