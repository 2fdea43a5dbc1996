"""The quality gate: the extractor's measured scores never fall below ``quality/floors.json``.

Floors only rise: ``scripts/evaluate.py --raise-floors`` lifts them, and the last test checks that
no commit (nor the working tree) ever lowered one.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
FLOORS = REPO / "quality" / "floors.json"
DIGESTS = REPO / "quality" / "eval_digests.json"
FLOORS_IN_GIT = "quality/floors.json"


def _load_evaluate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lossledger_evaluate", REPO / "scripts" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


evaluate = _load_evaluate()


def _floors() -> dict[str, dict[str, float]]:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def _gated() -> list[tuple[str, str, float]]:
    return [(name, metric, floor) for name, metrics in sorted(_floors().items())
            for metric, floor in sorted(metrics.items())]


def test_evaluation_inputs_are_the_pinned_ones() -> None:
    """The gate measures the sets it was set on: a changed or missing file fails here, never skips."""
    pinned = json.loads(DIGESTS.read_text(encoding="utf-8"))
    assert evaluate.input_digests(SHARED) == pinned, (
        f"the evaluation inputs in {SHARED} differ from quality/eval_digests.json; if the sets were "
        "updated on purpose, re-pin with `scripts/evaluate.py --pin-digests` and re-check the floors"
    )


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    assert (SHARED / "eval" / "score.py").is_file(), f"{SHARED} is absent: no evaluation sets to gate on"
    out = tmp_path_factory.mktemp("predictions")
    return evaluate.evaluate(evaluate.SET_NAMES, shared=SHARED, out_dir=out)


def test_floors_file_is_well_formed() -> None:
    floors = _floors()
    assert set(floors) <= set(evaluate.SET_NAMES)
    for name, metrics in floors.items():
        assert metrics, f"{name} gates no metric"
        for metric, floor in metrics.items():
            assert isinstance(floor, int | float) and 0.0 <= floor <= 1.0, f"{name}.{metric} = {floor!r}"


@pytest.mark.parametrize(("set_name", "metric", "floor"), _gated(), ids=lambda x: str(x))
def test_metric_is_not_below_its_floor(
    measured: dict[str, Any], set_name: str, metric: str, floor: float
) -> None:
    result = measured[set_name]
    assert metric in result.metrics, f"{set_name} does not measure {metric}"
    value = result.metrics[metric]
    assert value >= floor, (
        f"{set_name}.{metric} = {value:.4f} is below its floor {floor}; "
        f"see `.venv/bin/python scripts/evaluate.py --set {set_name} -v`"
    )


def test_evaluation_read_every_input(measured: dict[str, Any]) -> None:
    """No document was skipped or crashed the extractor: a gate on partial input proves nothing."""
    for name, result in measured.items():
        assert not result.failures, f"{name}: {result.failures[:5]}"
        assert result.documents > 0
    assert measured["bulletins"].documents == 651
    assert measured["bulletins"].details["cells"] > 8000


def test_raised_floors_never_lower_and_round_down() -> None:
    floors = {"dev": {"core_f1": 0.5, "strict_f1": 0.4}, "seeds": {"core_f1": 0.9}}
    measured = {
        "dev": {"core_f1": 0.41, "strict_f1": 0.45678, "unrelated": 0.9},
        "seeds": {"core_f1": 0.99999},
    }
    lifted = evaluate.raised_floors(floors, measured)
    assert lifted == {"dev": {"core_f1": 0.5, "strict_f1": 0.456}, "seeds": {"core_f1": 0.999}}
    assert floors["dev"]["strict_f1"] == 0.4, "the input must not be modified"
    assert evaluate.floor3(0.29) == 0.29 and evaluate.floor3(1.0) == 1.0


def test_below_floors_names_each_failing_metric() -> None:
    floors = {"dev": {"core_f1": 0.5, "strict_f1": 0.4}}
    problems = evaluate.below_floors(floors, {"dev": {"core_f1": 0.6, "strict_f1": 0.39}})
    assert problems == ["dev.strict_f1: 0.3900 is below the floor 0.4"]
    assert evaluate.below_floors(floors, {"seeds": {"core_f1": 0.0}}) == []


Floors = dict[str, dict[str, float]]


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)


def committed_floors(repo: Path) -> list[tuple[str, Floors]]:
    """Every committed version of floors.json, oldest first (empty when git or the file is absent)."""
    if shutil.which("git") is None or _git(repo, "rev-parse", "--git-dir").returncode != 0:
        return []
    log = _git(repo, "log", "--format=%H", "--", FLOORS_IN_GIT)
    versions = []
    for commit in reversed(log.stdout.split()):
        shown = _git(repo, "show", f"{commit}:{FLOORS_IN_GIT}")
        if shown.returncode == 0:  # absent in a commit that deleted it
            versions.append((commit[:10], json.loads(shown.stdout)))
    return versions


def floor_decreases(versions: list[tuple[str, Floors]]) -> list[str]:
    """One line per floor that went down (or vanished) from one version to the next."""
    problems = []
    for (old_name, old), (new_name, new) in zip(versions, versions[1:], strict=False):
        for name, metrics in old.items():
            for metric, floor in metrics.items():
                now, key = new.get(name, {}).get(metric), f"{name}.{metric}"
                if now is None:
                    problems.append(f"{key} (floor {floor} at {old_name}) was removed at {new_name}")
                elif now < floor:
                    problems.append(f"{key} went down from {floor} ({old_name}) to {now} ({new_name})")
    return problems


def test_floors_only_rise() -> None:
    versions = committed_floors(REPO)
    if not versions:
        pytest.skip("floors.json is not tracked by git yet (or git is unavailable)")
    versions.append(("working tree", _floors()))
    assert not floor_decreases(versions)


def test_floor_decreases_are_caught() -> None:
    versions = [
        ("a", {"dev": {"core_f1": 0.4, "strict_f1": 0.3}}),
        ("b", {"dev": {"core_f1": 0.5, "strict_f1": 0.3}, "seeds": {"core_f1": 0.9}}),
        ("c", {"dev": {"core_f1": 0.45}, "seeds": {"core_f1": 0.9}}),
    ]
    assert floor_decreases(versions) == [
        "dev.core_f1 went down from 0.5 (b) to 0.45 (c)",
        "dev.strict_f1 (floor 0.3 at b) was removed at c",
    ]
    assert floor_decreases(versions[:2]) == []


@pytest.mark.skipif(shutil.which("git") is None, reason="git is unavailable")
def test_committed_floors_reads_the_history(tmp_path: Path) -> None:
    """In a throw-away repository (never the project's): each commit's floors.json, oldest first."""
    env = ("-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false")
    assert _git(tmp_path, "init", "-q").returncode == 0
    floors = tmp_path / FLOORS_IN_GIT
    floors.parent.mkdir()
    for value in (0.2, 0.1):
        floors.write_text(json.dumps({"dev": {"core_f1": value}}), encoding="utf-8")
        _git(tmp_path, "add", FLOORS_IN_GIT)
        assert _git(tmp_path, *env, "commit", "-q", "-m", f"floor {value}").returncode == 0
    versions = committed_floors(tmp_path)
    assert [v for _name, v in versions] == [{"dev": {"core_f1": 0.2}}, {"dev": {"core_f1": 0.1}}]
    assert len(floor_decreases(versions)) == 1


# --------------------------------------------------------------------------- the bulletin metric itself
# Our own two-day miniature of the bulletin set (real General Staff figures for 2022-11-12/13), so the
# harness is checked without ../shared and without depending on the extractor's progress.

_SERIES_HEADER = ["date", *evaluate.GENERAL_STAFF_COLUMNS]
_SERIES_ROWS = [
    {"date": "2022-11-12", "personnel": "80210", "tank": "2838", "field artillery": "1829"},
    {"date": "2022-11-13", "personnel": "80860", "tank": "2840", "field artillery": "1837",
     "aircraft": "278"},
]
_BULLETINS = [
    {"date": "2022-11-12",
     "text": "personnel ‒ about 80210 (+720) persons were liquidated,\ntanks ‒ 2838 (+24)"},
    {"date": "2022-11-13",
     "text": "personnel ‒ about 80860 (+650),\ntanks – 2840 (+2),\nartillery systems - 1837 (+8),\n"
             "aircraft ‒ (+0)"},
]


def _mini_shared(root: Path) -> Path:
    import csv

    series = root / evaluate.PETROIVANIUK
    series.parent.mkdir(parents=True)
    with series.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, _SERIES_HEADER)
        writer.writeheader()
        writer.writerows(_SERIES_ROWS)
    bulletins = root / evaluate.BULLETINS
    bulletins.parent.mkdir(parents=True)
    lines = [json.dumps(b, ensure_ascii=False) for b in _BULLETINS] + ["{not json"]
    bulletins.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _reader_of(values: dict[str, dict[str, int]]) -> Any:
    """A stand-in extractor that 'reads' the given cumulative values for each date."""
    import datetime as dt

    from lossledger.model import Claim

    def fake_extract(
        text: str, *, published: Any = None, doc_id: Any = None, profile: Any = None
    ) -> list[Any]:
        assert text.startswith("The total combat losses of the enemy from 24.02.2022 to ")
        assert isinstance(published, dt.date)
        return [
            Claim(doc_id, "russia", category, "losses", value, None, "exact", "cumulative", None, None,
                  published, None, None, False, "", 0, 0, "test")
            for category, value in values.get(published.isoformat(), {}).items()
        ]

    return fake_extract


def test_bulletin_metric_counts_listed_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = _mini_shared(tmp_path / "shared")
    read = {"2022-11-12": {"personnel": 80210, "tanks": 2838},
            "2022-11-13": {"personnel": 80860, "tanks": 2841, "artillery": 1837, "aircraft": 278}}
    monkeypatch.setattr(evaluate, "extract_claims", _reader_of(read))
    result = evaluate.evaluate(["bulletins"], shared=shared, out_dir=tmp_path / "out")["bulletins"]
    # 2 cells on the 12th + 3 on the 13th: the aircraft line states no total, so it is not a cell.
    assert result.details == {"cells": 5, "matched": 4, "known_disagreements": 0, "mismatched": 1}
    assert result.metrics["cell_agreement"] == 0.8
    assert result.misses == [
        {"date": "2022-11-13", "column": "tank", "series": 2840.0, "extracted": [2841.0]}
    ]
    assert len(result.failures) == 1 and f"{evaluate.BULLETINS}:3: not JSON" in result.failures[0]
    assert result.predictions is not None and len(result.predictions.read_text().splitlines()) == 6


def test_listed_columns_tell_similar_labels_apart() -> None:
    text = ("vehicles ‒ 1701 (+6),\nfuel tanks ‒ 76 (+0),\nAnti-aircraft warfare systems ‒ 77 (+4),\n"
            "aircraft – 190 (+1),\nboats / cutters ‒ 8 (+0)")
    assert evaluate.listed_columns(text) == [
        "anti-aircraft warfare", "aircraft", "naval ship", "military auto", "fuel tank"
    ]
    merged = "автомобільної техніки та автоцистерн/ vehicles and fuel tanks – 14344 (+57) од,\nTANKS - 6,852"
    assert evaluate.listed_columns(merged) == ["tank", "vehicles and fuel tanks"]


def test_bulletin_header_is_added_once() -> None:
    import datetime as dt

    plain = evaluate.wrap_bulletin("tanks ‒ 2840 (+2)", dt.date(2022, 11, 13))
    header = "The total combat losses of the enemy from 24.02.2022 to 13.11.2022 were approximately:"
    assert plain == header + "\ntanks ‒ 2840 (+2)"
    own = "The total combat losses of the enemy from 24.02 to 13.11 were approximately: tanks ‒ 2840 (+2)"
    assert evaluate.wrap_bulletin(own, dt.date(2022, 11, 13)) == own
