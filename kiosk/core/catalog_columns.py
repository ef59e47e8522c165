"""Which columns of a catalog row go together, for the row checks (``catalog_checks``)."""

from __future__ import annotations

from kiosk.core.catalog_communes import COLUMN as COMMUNE_COLUMN
from kiosk.core.catalog_files import REQUIRED
from kiosk.core.catalog_records import RECORD_FIELDS

# Names needed the first time an id appears (later rows may leave them empty).
NAMED_BY_ID = {
    "programme_id": ("programme_fr", "programme_ar"),
    "city_id": ("city_fr", "city_ar"),
    "region_id": ("region_fr", "region_ar"),
}
KIND_FIELDS = ("type", "category", "status", "first_sale")
# Always text, even when a JSON file gives a number or an object: every column but the
# numbers, the yes/no and the alias list.
NOT_TEXT_FIELDS = frozenset(
    {"surface_m2", "rooms", "floor", "price_mad", "price_per_m2_mad", "first_sale", "city_aliases"}
)
TEXT_FIELDS = tuple(name for name in RECORD_FIELDS if name not in NOT_TEXT_FIELDS)
PLACE_FIELDS = (
    "programme_id",
    "programme_fr",
    "programme_ar",
    "programme_kind",
    "subsidiary",
    "desk",
    "city_id",
    "city_fr",
    "city_ar",
    "city_aliases",
    "province",
    "region_id",
    "region_fr",
    "region_ar",
)
LIMITED_FIELDS = ("title_fr", "title_ar", "district", "programme_fr", "programme_ar")
# The columns shared by the units of a programme (type and status, place): the same few
# hundred combinations come back on every row. As a cache key they go with what else makes
# a row's place (a commune) or its problems (a value too many in the row).
SHARED_FIELDS = KIND_FIELDS + PLACE_FIELDS
SHARED_KEY_FIELDS = (*SHARED_FIELDS, COMMUNE_COLUMN, "__extra__")
# A unit's own columns: reference, titles, district, numbers, dates.
OWN_FIELDS = tuple(name for name in RECORD_FIELDS if name not in SHARED_FIELDS)
OWN_REQUIRED = tuple(name for name in REQUIRED if name in OWN_FIELDS)
