"""A catalog file with photos, plans and places, as a regional office exports it: the
pictures are checked before anything changes and shown by hash afterwards."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from kiosk.core.catalog import Catalog
from kiosk.core.catalog_import import import_file
from kiosk.core.catalog_records import RECORD_FIELDS
from kiosk.core.db import KioskDB
from kiosk.core.media import illustrations
from kiosk.core.media.catalog_media import MEDIA_COLUMNS
from kiosk.core.media.store import sha256_of
from kiosk.core.resources import data
from sync.contract.errors import ValidationError
from tests.core.test_catalog_import import RecordingProgress

EXAMPLES = data() / "examples"


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[Catalog]:
    db = KioskDB(tmp_path / "kiosk" / "kiosk.db")
    yield Catalog(db)
    db.close()


def photo(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (800, 600), colour).save(out, "JPEG")
    return out.getvalue()


def rows_with(media: dict[int, dict[str, str]]) -> list[dict[str, str]]:
    with (EXAMPLES / "catalog-small.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for index, columns in media.items():
        rows[index].update(columns)
    return rows


def write(folder: Path, rows: list[dict[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "offre.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[*RECORD_FIELDS, *MEDIA_COLUMNS], delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_photos_plans_and_places_are_imported_from_the_folder_beside_the_file(
    catalog: Catalog, tmp_path: Path
) -> None:
    media = tmp_path / "export" / "offre-media"
    (media / "bml").mkdir(parents=True)
    (media / "bml" / "facade.jpg").write_bytes(photo("#C08040"))
    (media / "bml" / "salon.jpg").write_bytes(photo("#4080C0"))
    (media / "plan-t3.png").write_bytes(illustrations.floor_plan(1, rooms=3))
    (media / "programme.jpg").write_bytes(photo("#80C040"))
    rows = rows_with(
        {
            0: {
                "photos": "bml/facade.jpg | bml/salon.jpg",
                "plan": "plan-t3.png",
                "latitude": "32,3373",
                "longitude": "-6.3498",
                "programme_photos": "programme.jpg",
                "programme_latitude": "32.34",
                "programme_longitude": "-6.35",
            },
            1: {"plan": "plan-t3.png"},  # the same plan again: stored once
        }
    )
    progress = RecordingProgress()
    report = import_file(catalog, write(tmp_path / "export", rows), progress=progress)
    assert report.imported == 12 and not report.problems
    assert progress.stages["photos"] == [4, 4], "each file once: the shared plan too"
    first, second = rows[0]["ref"], rows[1]["ref"]
    shown = catalog.pictures(first)
    assert [p.role for p in shown] == ["photo", "photo", "plan"]
    assert shown[0].sha256 == sha256_of((media / "bml" / "facade.jpg").read_bytes())
    assert all(catalog.media.has(p.sha256) for p in shown)
    assert catalog.pictures(second)[-1].sha256 == shown[-1].sha256
    cards = catalog.card_photos([first, second, rows[2]["ref"]])
    assert cards[first].sha256 == shown[0].sha256
    assert second not in cards  # its programme has no photo and neither has it
    with catalog.db.transaction() as conn:
        found = conn.execute("SELECT kind, id, latitude FROM places ORDER BY kind")
        places = [tuple(row) for row in found]
    assert places == [("programme", rows[0]["programme_id"], 32.34), ("unit", first, 32.3373)]


def test_bad_pictures_are_reported_by_row_and_nothing_changes(
    catalog: Catalog, tmp_path: Path
) -> None:
    import_file(catalog, EXAMPLES / "catalog-small.csv")
    with zipfile.ZipFile(tmp_path / "media.zip", "w") as z:
        z.writestr("ok.jpg", photo("#808080"))
        z.writestr("notes.jpg", b"visite le samedi")
        z.writestr("cut.jpg", illustrations.facade(1)[:2000])
    rows = rows_with(
        {
            2: {"photos": "ok.jpg|notes.jpg"},
            4: {"plan": "../../etc/passwd"},
            5: {"photos": "cut.jpg", "latitude": "48.85", "longitude": "2.35"},
            6: {"latitude": "33.5"},
        }
    )
    with pytest.raises(ValidationError) as refused:
        import_file(catalog, write(tmp_path, rows))
    found = sorted(str(p) for p in refused.value.problems)
    assert found == [
        "row 4: photos: notes.jpg: not an image (JPEG, PNG or WebP) nor a PDF",
        "row 6: plan: ../../etc/passwd: not a relative file name inside the media folder",
        "row 7: latitude: 48.85 is outside Morocco (20.5 to 36.2)",
        "row 7: photos: cut.jpg: cannot be decoded: the file is damaged or cut short",
        "row 8: longitude: needs both latitude and longitude, as decimal degrees (34.0209)",
    ]
    assert catalog.stats()["source"] == "catalog-small.csv"
    report = import_file(catalog, write(tmp_path, rows), skip_invalid=True)
    assert report.imported == 8 and report.bad_rows == 4
    assert catalog.pictures(rows[2]["ref"]) == []  # its row was skipped


def test_a_catalog_without_pictures_clears_the_old_ones_and_the_budget_evicts_them(
    catalog: Catalog, tmp_path: Path
) -> None:
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "a.jpg").write_bytes(photo("#AA5500"))
    import_file(catalog, write(tmp_path, rows_with({0: {"photos": "a.jpg"}})))
    kept = catalog.pictures(rows_with({})[0]["ref"])[0].sha256
    again = rows_with({1: {"photos": f"sha256:{kept}"}})  # what HQ publishes: a known hash
    import_file(catalog, write(tmp_path, again))
    assert catalog.pictures(again[1]["ref"])[0].sha256 == kept
    catalog.evict_media(budget_mb=50)
    assert catalog.media.has(kept)
    import_file(catalog, EXAMPLES / "catalog-small.csv")
    assert catalog.card_photos([r["ref"] for r in again]) == {}
    catalog.media.evict(keep=set(), budget_bytes=0)
    assert not catalog.media.has(kept)


def test_the_demo_catalog_shows_marked_illustrations_for_every_programme(
    catalog: Catalog,
) -> None:
    from kiosk.core import demo_catalog
    from kiosk.core.media.demo import demo_media

    data = demo_catalog.generate(600, seed=4)
    catalog.replace_all(data, media=demo_media(data, catalog.media))
    refs = [u["ref"] for u in data.units]
    cards = catalog.card_photos(refs)
    assert set(cards) == set(refs), "every unit shows its programme's picture at least"
    assert all(p.illustration for p in cards.values())
    flat = next(u for u in data.units if u["type"] == "appartement" and u["rooms"])
    assert catalog.pictures(flat["ref"])[-1].role == "plan"
    assert cards[flat["ref"]].sha256 != catalog.pictures(flat["ref"])[-1].sha256
    # a plot beside blocks of flats shows its own layout, not the programme's façade
    plot = next(u for u in data.units if u["category"] == "terrain")
    assert cards[plot["ref"]].sha256 == catalog.pictures(plot["ref"])[-1].sha256
    again = demo_media(data, catalog.media)
    assert again.referenced() == {p.sha256 for p in cards.values()} | {
        sha for _ref, _role, _pos, sha in again.units
    }
