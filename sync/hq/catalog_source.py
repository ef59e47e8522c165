"""The unit records HQ publishes, read from an import file or made by the demo generator,
checked by the stand's own catalog import."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from kiosk.core.catalog import Catalog
from kiosk.core.catalog_import import Progress, import_file
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from kiosk.core.media.catalog_media import published_columns
from kiosk.core.media.demo import demo_media


def catalog_records_from(
    source: Path | None,
    *,
    demo_units: int = 0,
    seed: int = 1,
    media_root: Path | None = None,
    media: Path | None = None,
    progress: Progress | None = None,
) -> list[dict[str, Any]]:
    """Canonical unit records from an import file or the demo generator (kiosk validation).

    With ``media_root`` (HQ's media store) the photos and plans the file names (read from
    ``media`` or the folder beside it; the illustrations for the demo) are checked and stored
    there, and the records name them by hash, as kiosks receive them."""
    with tempfile.TemporaryDirectory(prefix="omrane-hq-catalog-") as tmp:
        db = KioskDB(Path(tmp) / "catalog.db")
        try:
            catalog = Catalog(db, media_root=media_root or Path(tmp) / "media")
            if source is not None:
                import_file(catalog, source, media=media, progress=progress)
            else:
                data = generate(demo_units, seed)
                pictures = demo_media(data, catalog.media) if media_root else None
                catalog.replace_all(data, media=pictures)
            records = list(catalog.iter_unit_records())
            if media_root is not None:
                columns = published_columns(db.conn)
                for record in records:
                    record.update(columns.get(str(record["ref"]), {}))
            return records
        finally:
            db.close()
