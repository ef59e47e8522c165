"""Fixed texts of brochures and tickets: the message keys ``brochure.<name>`` of the gettext
catalogs (``sync/contract/locale``), in French, Arabic and English."""

from __future__ import annotations

from sync.contract.messages import message

PREFIX = "brochure."


def text(key: str, lang: str, **values: object) -> str:
    return message(PREFIX + key, lang, **values)
