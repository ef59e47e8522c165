"""omrane-kiosk: the touch kiosk of Al Omrane expo stands and caravans."""

__version__ = "0.1.0"
