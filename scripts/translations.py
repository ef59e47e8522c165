"""Keep the kiosk's Qt translation files in step with the code.

    .venv/bin/python scripts/translations.py sync

For each visitor area (shell, tools, leads, print) it runs pyside6-lupdate on the area's
modules and rewrites every ``assets/translations/<area>_<lang>.ts``:
the messages the code has now, in the code's order, each keeping its translation; a new message
is added unfinished, a message the code no longer has is dropped. Visitor areas exist in every
visitor language; English keeps only the plural forms of its source texts ("%n result(s)" →
"1 result" / "2 results"). The staff areas (staff, setup) are kept the same way, in every
visitor language too.
Then compile with ``scripts/setup.sh`` (or let the UI tests do it).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sync.contract.vocabulary import LANGUAGE_CODES  # noqa: E402

FOLDER = ROOT / "assets" / "translations"
UI = "kiosk/ui/"
AREAS: dict[str, tuple[str, ...]] = {
    "shell": (
        "aid_text.py",
        "guard.py",
        "idle_overlay.py",
        "screens/compare.py",
        "screens/detail.py",
        "screens/home.py",
        "screens/map.py",
        "screens/programme.py",
        "screens/results.py",
        "screens/unavailable.py",
        "staff_access.py",
        "topbar.py",
        "unit_text.py",
        "widgets/facets.py",
        "widgets/gallery.py",
        "widgets/scenery.py",
        "widgets/takeaway_qr.py",
        "widgets/understood.py",
    ),
    "tools": (
        "screens/aid.py",
        "screens/aid_messages.py",
        "screens/aid_result.py",
        "screens/loan_result.py",
        "screens/simulator.py",
        "screens/simulator_income.py",
        "widgets/keyboard.py",
        "widgets/pinpad.py",
    ),
    "leads": (
        "screens/lead_form.py",
        "screens/lead_form_fields.py",
        "screens/readiness.py",
        "screens/send_selection.py",
        "screens/thanks.py",
    ),
    "print": ("screens/brochure_preview.py",),
}
VISITOR_AREAS = tuple(AREAS)
# Staff screens (set-up, staff console, its tools) follow the language on the kiosk too, so
# they exist in every visitor language as well: an Italian stand's staff read Italian.
STAFF_AREAS: dict[str, tuple[str, ...]] = {
    "staff": (
        "staff/console.py",
        "staff/tools.py",
        "staff/jam.py",
        "staff/sends.py",
        "staff/hub_tab.py",
        "staff/stand_panel.py",
    ),
    "setup": ("screens/first_start.py",),
}
AREAS.update(STAFF_AREAS)
QT_LANGUAGE = {
    "fr": "fr_FR",
    "ar": "ar_MA",
    "en": "en_GB",
    "it": "it_IT",
    "es": "es_ES",
    "nl": "nl_NL",
}
# How many plural forms Qt expects per language (Arabic has six).
NUMERUS_FORMS = {"ar": 6}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    locations: tuple[tuple[str, str], ...]


def ts_path(area: str, lang: str) -> Path:
    return FOLDER / f"{area}_{lang}.ts"


def messages_in_code(area: str) -> list[Message]:
    """What pyside6-lupdate finds in the area's modules now."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(ROOT / UI / name) for name in AREAS[area] if (ROOT / UI / name).exists()]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "area.ts"
        subprocess.run(
            [str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(out)],
            check=True,
            cwd=FOLDER,
        )
        root = ET.parse(out).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            locations = tuple(
                (_relative(loc.get("filename", "")), loc.get("line", ""))
                for loc in message.iter("location")
            )
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.get("numerus") == "yes",
                    locations,
                )
            )
    return found


def _relative(filename: str) -> str:
    return "../../" + filename[filename.index(UI) :] if UI in filename else filename


def messages_in(path: Path) -> dict[tuple[str, str], ET.Element]:
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def write_ts(area: str, lang: str, messages: list[Message]) -> None:
    """Rewrite one file in the layout the repository keeps (so diffs show only the
    messages that changed): a known message is kept as it is, locations included."""
    path = ts_path(area, lang)
    known = messages_in(path)
    root = ET.Element("TS", {"version": "2.1", "language": QT_LANGUAGE[lang]})
    contexts: dict[str, ET.Element] = {}
    # the file's own order first, new messages after: merges with other branches stay small
    position = {key: n for n, key in enumerate(known)}
    messages = sorted(messages, key=lambda m: position.get((m.context, m.source), len(position)))
    for msg in messages:
        if lang == "en" and not msg.numerus:
            continue
        if msg.context not in contexts:
            contexts[msg.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[msg.context], "name").text = msg.context
        old = known.get((msg.context, msg.source))
        contexts[msg.context].append(old if old is not None else _new_message(msg, lang))
    if not contexts:
        path.unlink(missing_ok=True)
        return
    for context in root:
        context.text, context.tail = "\n    ", "\n"
        for child in context:
            child.tail = "\n    "
        context[-1].tail = "\n"
    root.text = "\n"
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    text = "<?xml version='1.0' encoding='utf-8'?>\n" + body
    path.write_text(text.replace('"/>', '" />'), encoding="utf-8")


def _new_message(msg: Message, lang: str) -> ET.Element:
    element = ET.Element("message")
    if msg.numerus:
        element.set("numerus", "yes")
    for filename, line in msg.locations:
        ET.SubElement(element, "location", {"filename": filename, "line": line})
    ET.SubElement(element, "source").text = msg.source
    element.append(_unfinished(msg, lang))
    ET.indent(element, space="    ", level=1)
    return element


def _unfinished(msg: Message, lang: str) -> ET.Element:
    translation = ET.Element("translation", {"type": "unfinished"})
    if msg.numerus:
        for _ in range(NUMERUS_FORMS.get(lang, 2)):
            ET.SubElement(translation, "numerusform")
    return translation


def sync() -> None:
    for area in AREAS:
        messages = messages_in_code(area)
        for lang in LANGUAGE_CODES:
            write_ts(area, lang, messages)


if __name__ == "__main__":
    if sys.argv[1:] != ["sync"]:
        sys.exit(__doc__)
    sync()
