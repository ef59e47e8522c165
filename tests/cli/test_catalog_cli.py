"""The catalog and search commands other tools script against."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.cli import main
from kiosk.core.config import Paths
from kiosk.core.resources import data

EXAMPLES = data() / "examples"
CLI_PAGE = 10  # `omrane-kiosk search` shows 10 results unless --limit
RESULT_KEYS = {
    "ref", "type", "title_fr", "title_ar", "city_fr", "city_ar",
    "price_mad", "surface_m2", "rooms", "status",
}  # fmt: skip


@pytest.fixture
def demo_home(home: Paths, capsys: pytest.CaptureFixture[str]) -> Paths:
    assert main(["catalog", "demo", "--units", "1500", "--seed", "9"]) == 0
    capsys.readouterr()
    return home


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_then_stats(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "demo", "--units", "900", "--seed", "2"]) == 0
    assert "900 units" in capsys.readouterr().out
    stats = run_json(["catalog", "stats", "--json"], capsys)
    assert stats["units"] == 900 and stats["programmes"] and stats["cities"]
    assert main(["catalog", "stats"]) == 0
    assert "900 units in" in capsys.readouterr().out


def test_search_json_has_total_and_results(
    demo_home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_json(["search", "casa", "--json", "--limit", "5"], capsys)
    results = out["results"]
    assert isinstance(results, list) and 0 < len(results) <= 5
    assert isinstance(out["total"], int) and out["total"] >= len(results)
    for r in results:
        assert set(r) >= RESULT_KEYS
        assert r["city_fr"] == "Casablanca"


@pytest.mark.parametrize("city", ["casablanca", "Casablanca", "casa", "الدار البيضاء"])
def test_city_option_takes_an_id_a_name_or_an_alias(
    demo_home: Paths, capsys: pytest.CaptureFixture[str], city: str
) -> None:
    out = run_json(["search", "--city", city, "--json"], capsys)
    assert out["total"] and {r["city_ar"] for r in out["results"]} == {"الدار البيضاء"}


def test_search_filters(demo_home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(
        [
            "search", "--type", "appartement", "--rooms", "3", "--min-price", "300000",
            "--max-price", "700000", "--status", "disponible", "--limit", "50", "--json",
        ],
        capsys,
    )  # fmt: skip
    assert out["total"]
    for r in out["results"]:
        assert (r["type"], r["rooms"], r["status"]) == ("appartement", 3, "disponible")
        assert 300_000 <= r["price_mad"] <= 700_000


def test_search_human_output_is_friendly(
    demo_home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "فاس", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "units match" in out and "MAD" in out and "فاس" in out
    assert main(["search", "zzzzqqq"]) == 0
    assert "no unit matches" in capsys.readouterr().out


def test_hostile_search_text_is_not_an_error(
    demo_home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    # Nothing searchable: every unit; words that match nothing: no unit. Never an error.
    expected = {'"': 1500, "*": 1500, "😀": 1500, "NEAR(": 0, "'; DROP TABLE units; --": 0}
    for text, total in expected.items():
        out = run_json(["search", text, "--json"], capsys)
        assert out["total"] == total, text
        assert len(out["results"]) == min(total, CLI_PAGE), text


def test_unknown_city_or_type_is_a_clear_error(
    demo_home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "--city", "atlantis"]) == 2
    assert "unknown city" in capsys.readouterr().err
    assert main(["search", "--type", "chateau"]) == 2
    assert "unknown type" in capsys.readouterr().err


def test_import_reports_bad_rows_and_imports_nothing(
    demo_home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["catalog", "import", str(EXAMPLES / "catalog-with-errors.csv")])
    err = capsys.readouterr().err
    assert code == 2
    assert "row 3: surface_m2:" in err and "row 5: ref: duplicate of row 2" in err
    assert "nothing imported" in err
    assert run_json(["catalog", "stats", "--json"], capsys)["units"] == 1500


def test_import_skip_invalid(demo_home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "catalog-with-errors.csv")
    assert main(["catalog", "import", path, "--skip-invalid"]) == 0
    captured = capsys.readouterr()
    assert "imported 1 of 6 units" in captured.out
    assert "skipped 5 bad row(s)" in captured.err
    assert run_json(["catalog", "stats", "--json"], capsys)["units"] == 1


def test_import_of_the_examples(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("catalog-small.csv", "catalog-small.json"):
        assert main(["catalog", "import", str(EXAMPLES / name)]) == 0
        assert "imported 12 of 12 units" in capsys.readouterr().out


def test_import_of_a_missing_file(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "import", "/nonexistent/catalog.csv"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_commands_run_as_a_real_program(demo_home: Paths) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "search", "tamesna", "--json", "--limit", "1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    out = json.loads(done.stdout)
    assert out["results"][0]["city_fr"] == "Tamesna"


def test_help_lists_the_documented_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    text = capsys.readouterr().out
    for option in (
        "--city",
        "--type",
        "--min-price",
        "--max-price",
        "--rooms",
        "--status",
        "--limit",
        "--json",
    ):
        assert option in text


def test_searching_an_empty_catalog_says_how_to_load_one(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "casa"]) == 0
    captured = capsys.readouterr()
    assert "catalog is empty" in captured.err
    assert "no unit matches" in captured.out


@pytest.mark.parametrize("name", ["export.csv", "export.json"])
def test_export_then_import_gives_the_same_catalog(
    demo_home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    before = run_json(["search", "--json", "--limit", "500", "--sort", "price_asc"], capsys)
    path = tmp_path / name
    assert main(["catalog", "export", str(path)]) == 0
    assert "exported 1500 units" in capsys.readouterr().out
    assert main(["catalog", "import", str(path)]) == 0
    capsys.readouterr()
    after = run_json(["search", "--json", "--limit", "500", "--sort", "price_asc"], capsys)
    assert after == before
