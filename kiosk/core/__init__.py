"""Pure-Python core of the kiosk. Nothing here imports Qt (a test enforces it)."""
