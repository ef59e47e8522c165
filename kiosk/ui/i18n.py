"""Languages of the kiosk: Qt translators, layout direction, bundled fonts, number formats.

Every `assets/translations/*_<lang>.qm` (one per area: shell, tools, leads, print) is loaded,
plus Qt's own translations for standard dialogs. Arabic turns the whole app right-to-left.
Qt widgets get the language's QLocale (ar_MA for Arabic, Western digits as in Morocco); the
numbers the kiosk writes itself come from kiosk.core.formatting (Babel), one way per language.
Which languages read right to left comes from the shared vocabulary, loaded on first use: the
attract loop's first frame takes its words and directions from its boot copy instead.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.core import resources

log = logging.getLogger(__name__)

# By name: Qt's language and country enums are slow to load at start-up.
_LOCALES = {
    "fr": "fr_FR",
    "ar": "ar_MA",
    "en": "en_GB",
    "it": "it_IT",
    "es": "es_ES",
    "nl": "nl_NL",
}
# Font families tried in order; Qt falls back glyph by glyph along the list.
LATIN_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"
UI_FONTS = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)

LANGUAGE_CHANGE_HOPS = 3
_installed: list[QTranslator] = []
_SYSTEM_LOCALE = QLocale()
_current_language = "en"
_current_rtl = False


def locale_for(language: str) -> QLocale:
    return QLocale(_LOCALES.get(language, _LOCALES["en"]))


def is_rtl(language: str) -> bool:
    from sync.contract.vocabulary import RTL_LANGUAGES

    return language in RTL_LANGUAGES


def current_is_rtl() -> bool:
    """True while the app is right to left (Arabic); known without the vocabulary."""
    return _current_rtl


def current_language() -> str:
    return _current_language


def desk_name(desk: str) -> str:
    """An advisor desk's name in the current language (from the shared vocabulary)."""
    from sync.contract.vocabulary import DESKS

    label = DESKS.get(desk)
    return label.get(_current_language) if label else desk


@cache
def load_fonts() -> tuple[str, ...]:
    """Register the bundled TTFs the screens use, so shaping does not depend on the laptop's
    fonts (Noto Naskh Arabic is the brochures' font, embedded in the PDFs: not needed here)."""
    families: list[str] = []
    for name in UI_FONTS:
        path = resources.assets() / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font not loaded: %s", path.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def app_font(language: str, pixel_size: int | None = None, *, rtl: bool | None = None) -> QFont:
    """The kiosk font for a language: Arabic letters from Noto Arabic, the rest Noto Sans
    (`rtl` when the caller knows the direction already: the attract loop's first frame)."""
    load_fonts()
    font = QFont()
    arabic_first = is_rtl(language) if rtl is None else rtl
    order = [ARABIC_FAMILY, LATIN_FAMILY] if arabic_first else [LATIN_FAMILY, ARABIC_FAMILY]
    font.setFamilies(order)
    if pixel_size:
        font.setPixelSize(pixel_size)
    return font


def _translators_for(language: str) -> list[QTranslator]:
    found: list[QTranslator] = []
    folder = resources.assets() / "translations"
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator()
        if translator.load(str(qm)):
            found.append(translator)
        else:
            log.warning("translation not loaded: %s", qm.name)
    from PySide6.QtCore import QLibraryInfo  # Qt's own translations: not for the first frame

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator()
    if language != "en" and qt_translator.load(f"qtbase_{language}", qt_dir):
        found.append(qt_translator)
    return found


def apply_language(language: str) -> None:
    """Switch the whole app: translators, direction, default locale and font."""
    global _current_language, _current_rtl
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a QApplication")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    # English too: its .qm holds the plural forms of the English source texts.
    for translator in _translators_for(language):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    _current_language = language
    _current_rtl = is_rtl(language)
    QLocale.setDefault(locale_for(language))
    # Retranslate every screen now, not at the next turn of the event loop.
    # (the application forwards it to each window, each window to its widgets).
    for _hop in range(LANGUAGE_CHANGE_HOPS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    if isinstance(app, QGuiApplication):
        from PySide6.QtCore import Qt  # not at import: its enums cost ~25 ms before the first frame

        direction = (
            Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        )
        QGuiApplication.setLayoutDirection(direction)
        QGuiApplication.setFont(app_font(language))


def reset() -> None:
    """Back to the untranslated source strings, left to right (tests, shutdown)."""
    global _current_language, _current_rtl
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current_language = "en"
    _current_rtl = False
    QLocale.setDefault(_SYSTEM_LOCALE)
    from PySide6.QtCore import Qt

    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for _hop in range(LANGUAGE_CHANGE_HOPS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


RLM = "\u200f"  # RIGHT-TO-LEFT MARK


def directional(text: str, language: str | None = None) -> str:
    """Text that sits on the reading side even when it has no letters ("—", "81 m²")."""
    return RLM + text if is_rtl(language or _current_language) and text else text
