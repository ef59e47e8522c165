"""The photos, plans and places of a catalog file's rows, checked and stored, ready to be
written in the same transaction as the units they belong to.

Columns (data/catalog-format.md): ``photos`` and ``programme_photos`` (file names separated
by ``|``, a list in JSON), ``plan`` and ``programme_plan`` (one file name), ``latitude`` /
``longitude`` and ``programme_latitude`` / ``programme_longitude``, ``illustration`` (yes when
the row's pictures are drawings). A name is a path in the media folder or ZIP beside the file,
or ``sha256:<hex>`` for a file the store already holds (what HQ publishes).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.core.catalog_values import FALSE_WORDS, TRUE_WORDS, parse_number
from kiosk.core.media.checks import MediaRefused
from kiosk.core.media.reader import HASH_PREFIX, MediaFile, MediaReader
from kiosk.core.media.store import MediaStore

if TYPE_CHECKING:
    from kiosk.core.catalog_import import Progress

MEDIA_COLUMNS = (
    "photos",
    "plan",
    "latitude",
    "longitude",
    "programme_photos",
    "programme_plan",
    "programme_latitude",
    "programme_longitude",
    "illustration",
)
MAX_PHOTOS = 12
# Morocco from Lagouira to Saïdia and Tanger, with a margin
LATITUDES, LONGITUDES = (20.5, 36.2), (-17.3, -0.9)

Problem = tuple[int, str, str]  # row, column, reason


@dataclass
class CatalogMedia:
    """Media rows of a whole catalog: files, who shows them, and places on the map."""

    files: dict[str, MediaFile] = field(default_factory=dict)
    units: list[tuple[str, str, int, str]] = field(default_factory=list)  # ref, role, pos, sha
    programmes: dict[str, list[tuple[str, int, str]]] = field(default_factory=dict)
    places: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)

    def referenced(self) -> set[str]:
        return set(self.files)

    def drop_units(self, refs: set[str]) -> None:
        """Forget the pictures and places of units left out of the import."""
        self.units = [entry for entry in self.units if entry[0] not in refs]
        self.places = {
            k: v for k, v in self.places.items() if not (k[0] == "unit" and k[1] in refs)
        }

    def write(self, conn: sqlite3.Connection) -> None:
        """Inside the catalog's transaction: the old media rows go, these come."""
        for table in ("unit_media", "programme_media", "places", "media"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608
        self.add(conn)

    def add(self, conn: sqlite3.Connection) -> None:
        """Insert these rows; a file already named stays, a unit's or programme's picture at
        the same place and a place of the same owner are replaced."""
        conn.executemany(
            "INSERT OR IGNORE INTO media (sha256, mime, width, height, illustration)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (f.sha256, f.mime, f.width, f.height, int(f.illustration))
                for f in self.files.values()
            ],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO unit_media (ref, role, position, sha256) VALUES (?, ?, ?, ?)",
            self.units,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO programme_media (programme_id, role, position, sha256)"
            " VALUES (?, ?, ?, ?)",
            [(pid, *entry) for pid, entries in self.programmes.items() for entry in entries],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO places (kind, id, latitude, longitude) VALUES (?, ?, ?, ?)",
            [(kind, id_, lat, lon) for (kind, id_), (lat, lon) in self.places.items()],
        )


def collect(
    rows: Iterable[tuple[int, dict[str, Any]]],
    known: dict[str, str],
    reader: MediaReader,
    progress: Progress | None = None,
) -> tuple[CatalogMedia, list[Problem]]:
    """Media of the rows whose unit was accepted (``known``: unit ref → programme id)."""
    media, problems = CatalogMedia(), []
    programme_rows: dict[str, int] = {}
    rows = [(n, raw) for n, raw in rows if str(raw.get("ref") or "").strip() in known]
    reader.prefetch(_named_files(raw for _n, raw in rows), progress)
    for n, raw in rows:
        ref = str(raw.get("ref") or "").strip()
        if ref not in known or not any(raw.get(c) not in (None, "") for c in MEDIA_COLUMNS):
            continue

        def bad(column: str, reason: str, n: int = n) -> None:
            problems.append((n, column, reason))

        illustration = _yes_no(raw.get("illustration"), bad)
        _pictures(media, raw, reader, illustration, bad, ("unit", ref))
        _place(media, raw, ("latitude", "longitude"), ("unit", ref), bad)
        programme = known[ref]
        if any(raw.get(c) not in (None, "") for c in MEDIA_COLUMNS[4:8]):
            if programme in programme_rows:
                continue  # the first row that describes a programme's pictures is the one
            programme_rows[programme] = n
            _pictures(media, raw, reader, illustration, bad, ("programme", programme))
            _place(
                media,
                raw,
                ("programme_latitude", "programme_longitude"),
                ("programme", programme),
                bad,
            )
    return media, problems


def _named_files(rows: Iterable[dict[str, Any]]) -> Iterable[tuple[str, str]]:
    """(name, role) of every file the rows name, in the order the rows name them."""
    for raw in rows:
        for prefix in ("", "programme_"):
            for name in _names(raw.get(f"{prefix}photos"))[:MAX_PHOTOS]:
                yield name, "photo"
            for name in _names(raw.get(f"{prefix}plan"))[:1]:
                yield name, "plan"


def _pictures(
    media: CatalogMedia,
    raw: dict[str, Any],
    reader: MediaReader,
    illustration: bool,
    bad: Callable[[str, str], None],
    owner: tuple[str, str],
) -> None:
    prefix = "" if owner[0] == "unit" else "programme_"
    entries: list[tuple[str, int, str]] = []
    photos = _names(raw.get(f"{prefix}photos"))
    if len(photos) > MAX_PHOTOS:
        bad(f"{prefix}photos", f"{len(photos)} photos; at most {MAX_PHOTOS}")
        photos = photos[:MAX_PHOTOS]
    plan = _names(raw.get(f"{prefix}plan"))[:1]
    for role, names in (("photo", photos), ("plan", plan)):
        for position, name in enumerate(names):
            try:
                found = reader.get(name, role, illustration)
            except MediaRefused as refused:
                column = f"{prefix}photos" if role == "photo" else f"{prefix}plan"
                bad(column, f"{name}: {refused.reason}")
                continue
            media.files.setdefault(found.sha256, found)
            entries.append((role, position, found.sha256))
    if owner[0] == "unit":
        media.units.extend((owner[1], role, pos, sha) for role, pos, sha in entries)
    elif entries:
        media.programmes[owner[1]] = entries


def _names(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    items = value if isinstance(value, list | tuple) else str(value).split("|")
    return [str(item).strip() for item in items if str(item).strip()]


def _place(
    media: CatalogMedia,
    raw: dict[str, Any],
    columns: tuple[str, str],
    owner: tuple[str, str],
    bad: Callable[[str, str], None],
) -> None:
    lat_raw, lon_raw = (raw.get(c) for c in columns)
    if lat_raw in (None, "") and lon_raw in (None, ""):
        return
    coords = []
    for column, value, (low, high) in zip(
        columns, (lat_raw, lon_raw), (LATITUDES, LONGITUDES), strict=True
    ):
        if value in (None, ""):
            bad(column, "needs both latitude and longitude, as decimal degrees (34.0209)")
            return
        number = parse_number(value, float)
        if number is None:
            bad(column, f"{value!r} is not a number")
            return
        if not low <= number <= high:
            bad(column, f"{number} is outside Morocco ({low} to {high})")
            return
        coords.append(float(number))
    media.places[owner] = (coords[0], coords[1])


def _yes_no(value: Any, bad: Callable[[str, str], None]) -> bool:
    if value in (None, ""):
        return False
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word not in FALSE_WORDS:
        bad("illustration", "expected yes/no (1/0, oui/non, true/false)")
    return False


@dataclass(frozen=True)
class Picture:
    sha256: str
    role: str  # photo | plan
    illustration: bool


def pictures_of(conn: sqlite3.Connection, ref: str) -> list[Picture]:
    """A unit's photos then its plan; a unit without photos shows its programme's."""
    rows = conn.execute(
        "SELECT um.sha256, um.role, m.illustration FROM unit_media um"
        " JOIN media m USING (sha256) WHERE um.ref = ? ORDER BY um.role = 'plan', um.position",
        (ref,),
    ).fetchall()
    pictures = [Picture(str(sha), str(role), bool(drawn)) for sha, role, drawn in rows]
    if not any(p.role == "photo" for p in pictures):
        pictures = programme_pictures(conn, ref) + pictures
    return pictures


def programme_pictures(conn: sqlite3.Connection, ref: str) -> list[Picture]:
    rows = conn.execute(
        "SELECT pm.sha256, pm.role, m.illustration FROM units u"
        " JOIN programme_media pm ON pm.programme_id = u.programme_id"
        " JOIN media m USING (sha256) WHERE u.ref = ? AND pm.role = 'photo'"
        " ORDER BY pm.position",
        (ref,),
    ).fetchall()
    return [Picture(str(sha), str(role), bool(drawn)) for sha, role, drawn in rows]


def card_photos(conn: sqlite3.Connection, refs: list[str]) -> dict[str, Picture]:
    """The picture of each unit's result card, in one query: its first photo; for a plot
    without one, its layout (a plot is chosen by its shape, not by its programme's
    buildings); otherwise its programme's first photo."""
    if not refs:
        return {}
    marks = ", ".join("?" for _ in refs)
    chosen = "coalesce(own.sha256, layout.sha256, prog.sha256)"
    rows = conn.execute(
        f"SELECT u.ref, {chosen} AS sha, m.illustration"  # noqa: S608
        f" FROM units u"
        f" LEFT JOIN unit_media own ON own.ref = u.ref AND own.role = 'photo' AND own.position = 0"
        f" LEFT JOIN unit_media layout ON u.category = 'terrain' AND layout.ref = u.ref"
        f"  AND layout.role = 'plan' AND layout.position = 0"
        f" LEFT JOIN programme_media prog ON prog.programme_id = u.programme_id"
        f"  AND prog.role = 'photo' AND prog.position = 0"
        f" JOIN media m ON m.sha256 = {chosen}"
        f" WHERE u.ref IN ({marks})",
        refs,
    ).fetchall()
    return {str(ref): Picture(str(sha), "photo", bool(drawn)) for ref, sha, drawn in rows}


def place_of(conn: sqlite3.Connection, kind: str, id_: str) -> tuple[float, float] | None:
    row = conn.execute(
        "SELECT latitude, longitude FROM places WHERE kind = ? AND id = ?", (kind, id_)
    ).fetchone()
    return None if row is None else (float(row[0]), float(row[1]))


class _NoFiles:
    """The source of records that name files by hash only (what HQ publishes)."""

    def read(self, name: str) -> bytes:
        raise MediaRefused("only sha256: names come from HQ")

    def close(self) -> None:
        pass


def media_refs(records: Iterable[dict[str, Any]]) -> set[str]:
    """Every file HQ's records name (hashes), to fetch before the records are applied."""
    found: set[str] = set()
    for record in records:
        for column in ("photos", "plan", "programme_photos", "programme_plan"):
            found.update(
                name[len(HASH_PREFIX) :].lower()
                for name in _names(record.get(column))
                if name.startswith(HASH_PREFIX)
            )
    return found


def apply_published(
    conn: sqlite3.Connection,
    upserts: list[dict[str, Any]],
    deletions: list[str],
    store: MediaStore,
) -> list[Problem]:
    """Inside the catalog delta's transaction: the pictures and places HQ's records carry
    replace those of the same units and programmes (their files are in the store)."""
    gone = [*deletions, *(str(r["ref"]) for r in upserts)]
    conn.executemany("DELETE FROM unit_media WHERE ref = ?", ((ref,) for ref in gone))
    conn.executemany("DELETE FROM places WHERE kind = 'unit' AND id = ?", ((ref,) for ref in gone))
    known = {str(r["ref"]): str(r["programme_id"]) for r in upserts}
    rows = [(n, r) for n, r in enumerate(upserts, start=1)]
    media, problems = collect(rows, known, MediaReader(_NoFiles(), store))
    conn.executemany(
        "DELETE FROM programme_media WHERE programme_id = ?", ((p,) for p in media.programmes)
    )
    media.add(conn)
    return problems


def published_columns(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """The picture and place columns of each unit, files named by hash: what HQ adds to the
    records it publishes (the same columns an import file has)."""
    out: dict[str, dict[str, Any]] = {}

    def entry(ref: str) -> dict[str, Any]:
        return out.setdefault(ref, {})

    for ref, role, sha, drawn in conn.execute(
        "SELECT um.ref, um.role, um.sha256, m.illustration FROM unit_media um"
        " JOIN media m USING (sha256) ORDER BY um.ref, um.role, um.position"
    ):
        column = "photos" if role == "photo" else "plan"
        record = entry(ref)
        if column == "photos":
            record.setdefault("photos", []).append(HASH_PREFIX + sha)
        else:
            record["plan"] = HASH_PREFIX + sha
        record["illustration"] = bool(record.get("illustration")) or bool(drawn)
    first_unit = dict(
        conn.execute("SELECT programme_id, min(ref) FROM units GROUP BY programme_id").fetchall()
    )
    for programme, role, sha, drawn in conn.execute(
        "SELECT pm.programme_id, pm.role, pm.sha256, m.illustration FROM programme_media pm"
        " JOIN media m USING (sha256) ORDER BY pm.programme_id, pm.role, pm.position"
    ):
        if programme not in first_unit:
            continue
        record = entry(first_unit[programme])
        if role == "photo":
            record.setdefault("programme_photos", []).append(HASH_PREFIX + sha)
        else:
            record["programme_plan"] = HASH_PREFIX + sha
        record["illustration"] = bool(record.get("illustration")) or bool(drawn)
    for kind, id_, lat, lon in conn.execute("SELECT kind, id, latitude, longitude FROM places"):
        if kind == "unit":
            entry(id_).update(latitude=lat, longitude=lon)
        elif id_ in first_unit:
            entry(first_unit[id_]).update(programme_latitude=lat, programme_longitude=lon)
    return out
