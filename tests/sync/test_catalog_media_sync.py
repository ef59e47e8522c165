"""Photos and plans travel with the catalog: HQ checks and stores them once, a stand
downloads the versions it lacks (resuming cut downloads), checks each hash, and only then
shows the new catalog."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import requests
from PIL import Image

from kiosk.core.catalog import Catalog
from kiosk.core.catalog_records import RECORD_FIELDS
from kiosk.core.media.catalog_media import MEDIA_COLUMNS
from kiosk.core.media.store import MediaStore
from kiosk.core.resources import data
from kiosk.uplink.client import KioskSync
from kiosk.uplink.media_pull import MediaMissingAtHQ
from sync.hq import catalog as hq_catalog
from sync.hq import catalog_source
from sync.hq.media import media_store
from tests.sync.conftest import HQ
from tests.sync.stands import enrolled_stand


def photo(rgb: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1400, 900), rgb).save(out, "JPEG", quality=95)
    return out.getvalue()


def publish_with_pictures(hq: HQ, folder: Path) -> list[dict[str, object]]:
    """A regional office's file: two units with photos, one programme photo, a place."""
    media = folder / "offre-media"
    media.mkdir(parents=True)
    (media / "facade.jpg").write_bytes(photo((190, 120, 70)))
    (media / "salon.jpg").write_bytes(photo((60, 110, 180)))
    with (data() / "examples" / "catalog-small.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    rows[0].update(photos="facade.jpg|salon.jpg", latitude="32.33", longitude="-6.35")
    rows[3].update(programme_photos="facade.jpg")
    path = folder / "offre.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[*RECORD_FIELDS, *MEDIA_COLUMNS])
        writer.writeheader()
        writer.writerows(rows)
    root = media_store(hq.settings.home).root
    records = catalog_source.catalog_records_from(path, media_root=root)
    hq_catalog.publish_catalog(hq.store, records)
    return records


def statuses(session: requests.Session) -> list[tuple[str, int]]:
    seen: list[tuple[str, int]] = []
    session.hooks["response"].append(
        lambda response, *args, **kwargs: seen.append((response.url, response.status_code))
    )
    return seen


def test_a_stand_gets_the_pictures_before_it_shows_the_units(hq_server: HQ, tmp_path: Path) -> None:
    records = publish_with_pictures(hq_server, tmp_path / "office")
    first = next(r for r in records if r.get("photos"))
    assert all(str(name).startswith("sha256:") for name in first["photos"])  # type: ignore[union-attr]
    db, _ids = enrolled_stand(tmp_path / "stand", hq_server, 0)
    KioskSync(db).sync_once()
    catalog = Catalog(db)
    shown = catalog.pictures(str(first["ref"]))
    assert [p.role for p in shown] == ["photo", "photo"]
    hq_files = media_store(hq_server.settings.home)
    for picture in shown:
        for version in ("thumb", "screen"):
            local = catalog.media.path(picture.sha256, version).read_bytes()
            assert local == hq_files.path(picture.sha256, version).read_bytes()
        assert not catalog.media.path(picture.sha256).exists(), "originals stay at HQ"
    programme = next(r for r in records if r.get("programme_photos"))["programme_id"]
    its_units = [str(r["ref"]) for r in records if r["programme_id"] == programme]
    assert set(catalog.card_photos(its_units)) == set(its_units), "the programme's photo"


def test_a_cut_download_resumes_and_a_damaged_one_is_refused(hq_server: HQ, tmp_path: Path) -> None:
    records = publish_with_pictures(hq_server, tmp_path / "office")
    db, _ids = enrolled_stand(tmp_path / "stand", hq_server, 0)
    store = Catalog(db).media
    hq_files = media_store(hq_server.settings.home)
    sha = str(next(r for r in records if r.get("photos"))["photos"][0])[len("sha256:") :]  # type: ignore[index]
    whole = hq_files.path(sha, "screen").read_bytes()
    part = store.partial(sha, "screen")
    part.parent.mkdir(parents=True)
    part.write_bytes(whole[: len(whole) // 3])  # what a dropped link left
    session = requests.Session()
    seen = statuses(session)
    KioskSync(db, session=session).sync_once()
    assert (f"{hq_server.url}/api/v1/media/{sha}/screen", 206) in seen
    assert store.path(sha, "screen").read_bytes() == whole
    assert Catalog(db).version == 1

    hq_catalog.publish_catalog(hq_server.store, [dict(r, status="reserve") for r in records])
    other = str(next(r for r in records if r.get("photos"))["photos"][1])[len("sha256:") :]  # type: ignore[index]
    for version in ("thumb", "screen"):
        store.path(other, version).unlink()
    thumb_size = len(hq_files.path(other, "thumb").read_bytes())
    part = store.partial(other, "thumb")
    part.write_bytes(b"\0" * thumb_size)  # whole length, wrong content
    with pytest.raises(Exception, match="does not match its hash"):
        KioskSync(db).sync_once()
    assert Catalog(db).version == 1, "the change waits for its pictures"
    assert not part.exists()
    KioskSync(db).sync_once()
    assert Catalog(db).version == 2 and store.has(other)


def test_a_catalog_naming_a_file_hq_lost_waits(hq_server: HQ, tmp_path: Path) -> None:
    records = publish_with_pictures(hq_server, tmp_path / "office")
    sha = str(next(r for r in records if r.get("photos"))["photos"][0])[len("sha256:") :]  # type: ignore[index]
    hq_files: MediaStore = media_store(hq_server.settings.home)
    hq_files.path(sha, "thumb").unlink()
    db, _ids = enrolled_stand(tmp_path / "stand", hq_server, 0)
    with pytest.raises(MediaMissingAtHQ):
        KioskSync(db).sync_once()
    assert Catalog(db).version == 0
