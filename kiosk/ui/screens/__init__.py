"""Kiosk screens. Each lives in its own module and follows `kiosk.ui.screens.base.Screen`.

A screen module is found by name in `kiosk.ui.registry.SCREEN_MODULES`; the class used is the
module's `SCREEN_CLASS` attribute if it has one, else the first QWidget subclass defined in the
module whose name ends with "Screen", else the first one with a `navigate` signal.
"""
