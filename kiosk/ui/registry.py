"""Screens by name, imported on first use so a missing or broken module never stops the app."""

from __future__ import annotations

import importlib
import logging
from functools import cache

from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# name -> modules tried in order (the first that imports and holds a screen class wins)
SCREEN_MODULES: dict[str, tuple[str, ...]] = {
    "attract": ("kiosk.ui.screens.attract",),
    "language": ("kiosk.ui.screens.language",),
    "home": ("kiosk.ui.screens.home",),
    "results": ("kiosk.ui.screens.results",),
    "map": ("kiosk.ui.screens.map",),
    "programme": ("kiosk.ui.screens.programme",),
    "detail": ("kiosk.ui.screens.detail",),
    "compare": ("kiosk.ui.screens.compare",),
    "unavailable": ("kiosk.ui.screens.unavailable",),
    "aid": ("kiosk.ui.screens.aid",),
    "simulator": ("kiosk.ui.screens.simulator",),
    "lead_form": ("kiosk.ui.screens.lead_form",),
    "thanks": ("kiosk.ui.screens.thanks",),
    "send_selection": ("kiosk.ui.screens.send_selection",),
    "staff": ("kiosk.ui.staff.console", "kiosk.ui.staff", "kiosk.ui.screens.staff"),
    "brochure_preview": ("kiosk.ui.screens.brochure_preview",),
    "first_start": ("kiosk.ui.screens.first_start",),
}


def _screen_class_in(module: object) -> type[QWidget] | None:
    explicit = getattr(module, "SCREEN_CLASS", None)
    if isinstance(explicit, type) and issubclass(explicit, QWidget):
        return explicit
    module_name = getattr(module, "__name__", "")
    own_widgets = [
        (name, value)
        for name, value in vars(module).items()
        if isinstance(value, type)
        and issubclass(value, QWidget)
        and value.__module__ == module_name
    ]
    for name, value in own_widgets:
        if name.endswith("Screen"):
            return value
    for _name, value in own_widgets:  # else a widget that can ask for navigation
        if hasattr(value, "navigate"):
            return value
    return None


@cache
def screen_class(name: str) -> type[QWidget] | None:
    """The class of screen `name`, or None when its module is not there (yet) or broken."""
    for module_name in SCREEN_MODULES.get(name, ()):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue  # the module itself is absent: normal while the feature is not built
            log.exception("screen %s: cannot import %s", name, module_name)
            continue
        except Exception:
            log.exception("screen %s: cannot import %s", name, module_name)
            continue
        found = _screen_class_in(module)
        if found is not None:
            return found
    return None


def is_available(name: str) -> bool:
    """True when screen `name` can be shown; buttons leading to it are disabled otherwise."""
    return screen_class(name) is not None


@cache
def module_available(module_name: str) -> bool:
    """True when an optional UI module (keyboard, PIN pad) imports cleanly."""
    try:
        importlib.import_module(module_name)
    except ImportError:
        return False
    except Exception:
        log.exception("cannot import %s", module_name)
        return False
    return True
