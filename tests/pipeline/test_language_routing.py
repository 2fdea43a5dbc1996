"""The language the readers detect reaches the extractor, on every path; the profile says which
languages are read; what is left out for its language is listed; the bulletins are all read."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

import lossledger.extract
from lossledger import ProfileError, extract_claims
from lossledger.cli import cli
from lossledger.model import Claim, Document
from lossledger.pipeline import ExtractSummary, extract_paths, language_skips, reader_options_for
from lossledger.pipeline.scaled import extract_paths_scaled
from lossledger.profiles import load_profile
from lossledger.readers import ReaderOptions, ReadStats, iter_documents

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
BULLETINS = SHARED / "reference" / "bulletins" / "general_staff_bulletins_en.jsonl"

# Texts of our own, long enough for a sure language guess.
ENGLISH = ("Russia lost 20 tanks and 640 soldiers in the past day, Ukraine's General Staff said on Sunday. "
           "The figures could not be independently verified, and Moscow rarely comments on its own losses.")
UKRAINIAN = ("За минулу добу Сили оборони знищили двадцять танків і понад шістсот окупантів, повідомив "
             "Генеральний штаб у неділю. Ці дані неможливо перевірити незалежно, а Москва рідко коментує "
             "власні втрати.")
RUSSIAN = ("За прошедшие сутки подразделения уничтожили двадцать танков и более шестисот военнослужащих "
           "противника, сообщило министерство в воскресенье. Эти данные невозможно проверить независимо, "
           "а другая сторона редко комментирует свои потери.")
GERMAN = ("Russland hat nach ukrainischen Angaben am vergangenen Tag zwanzig Panzer und mehr als sechshundert "
          "Soldaten verloren, teilte der Generalstab am Sonntag mit. Die Angaben lassen sich nicht unabhängig "
          "überprüfen, und Moskau äußert sich selten zu eigenen Verlusten.")
# A General Staff list the way the bilingual posts lay it out (figures invented for the test).
BILINGUAL_BULLETIN = (
    "Загальні бойові втрати противника з 24.02.22 по 14.06.23 / The total combat losses of the enemy "
    "from 24.02.22 to 14.06.23 were approximately:\n"
    "особового складу / personnel ‒ близько/ about 215000 (+500) осіб / persons,\n"
    "танків / tanks ‒ 3900 (+10) од,\n"
    "бойових броньованих машин / APV ‒ 7600 (+12) од,\n"
    "артилерійських систем / artillery systems – 3700 (+14) од,\n"
    "РСЗВ / MLRS – 610 (+1) од,\n"
    "літаків / aircraft – 314 (+0) од,\n"
    "гелікоптерів / helicopters – 298 (+0) од."
)


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def four_languages(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "news.jsonl", [
        {"id": "en", "text": ENGLISH}, {"id": "uk", "text": UKRAINIAN},
        {"id": "de", "text": GERMAN}, {"id": "ru", "text": RUSSIAN},
    ])


def recording(calls: list[tuple[str | None, str | None]]) -> Callable[..., list[Claim]]:
    real = lossledger.extract.extract_claims

    def extract(text: str, **kwargs: Any) -> list[Claim]:
        calls.append((kwargs.get("doc_id"), kwargs.get("language")))
        return real(text, **kwargs)

    return extract


# --------------------------------------------------------------------------- the extractor's keyword


def test_extract_claims_takes_the_language() -> None:
    claims = extract_claims(ENGLISH, published="2023-06-11", language="en")
    assert claims == extract_claims(ENGLISH, published="2023-06-11")
    assert extract_claims(ENGLISH, published="2023-06-11", language=None) == claims


def test_the_pipeline_passes_each_documents_language(monkeypatch: pytest.MonkeyPatch, four_languages: Path) -> None:
    calls: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr("lossledger.pipeline.serial.extract_claims", recording(calls))
    summary = ExtractSummary()
    list(extract_paths([str(four_languages)], summary=summary))
    assert calls == [("en", "en"), ("uk", "uk"), ("ru", "ru")]
    assert summary.reading.skipped == {"language:de": 1}


def test_every_worker_path_passes_the_language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # the worker pools, the shards and a serial ingest all extract through ``default_extract`` (one
    # definition); a precomputed look-up that misses falls back to it too
    from lossledger.pipeline import default_extract
    from lossledger.pipeline.serial import Precomputed

    calls: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr("lossledger.pipeline.serial.extract_claims", recording(calls))
    document = Document(id="doc-uk", text=UKRAINIAN, language="uk")
    default_extract(document, load_profile())
    default_extract(document, None)
    Precomputed(keep=1, profile=None)(document)
    assert calls == [("doc-uk", "uk")] * 3


# --------------------------------------------------------------------------- which languages are read


def test_the_profile_lists_its_languages(tmp_path: Path) -> None:
    assert load_profile().languages == ("en", "uk", "ru")
    shipped = (REPO / "src" / "lossledger" / "profiles" / "russia-ukraine.toml").read_text(encoding="utf-8")
    without = tmp_path / "without.toml"
    without.write_text(shipped.replace('languages = ["en", "uk", "ru"]\n', ""), encoding="utf-8")
    assert load_profile(str(without)).languages == ("en",)  # a profile that names none is read in English
    german = tmp_path / "german.toml"
    german.write_text(shipped.replace('languages = ["en", "uk", "ru"]', 'languages = ["EN", "de"]'),
                      encoding="utf-8")
    assert load_profile(str(german)).languages == ("en", "de")
    broken = tmp_path / "broken.toml"
    broken.write_text(shipped.replace('languages = ["en", "uk", "ru"]', 'languages = "uk"'), encoding="utf-8")
    with pytest.raises(ProfileError, match="languages must be a non-empty list"):
        load_profile(str(broken))


def test_by_default_the_profiles_languages_are_read(four_languages: Path) -> None:
    stats = ReadStats()
    docs = [d for d in iter_documents([str(four_languages)], stats=stats) if isinstance(d, Document)]
    assert [(d.id, d.language) for d in docs] == [("en", "en"), ("uk", "uk"), ("ru", "ru")]
    assert stats.skipped_items == [(f"{four_languages}:3", "language:de")]
    assert language_skips(stats) == [f"skipped: {four_languages}:3 (language de)"]


def test_a_profile_of_ones_own_sets_the_default(tmp_path: Path, four_languages: Path) -> None:
    shipped = (REPO / "src" / "lossledger" / "profiles" / "russia-ukraine.toml").read_text(encoding="utf-8")
    english_only = tmp_path / "english.toml"
    english_only.write_text(shipped.replace('languages = ["en", "uk", "ru"]', 'languages = ["en"]'),
                            encoding="utf-8")
    profile = load_profile(str(english_only))
    assert reader_options_for(profile, None).languages == ("en",)
    assert reader_options_for(profile, ReaderOptions(languages=("de",))).languages == ("de",)
    summary = ExtractSummary()
    kept = [item.document.id for item in extract_paths([str(four_languages)], profile=profile, summary=summary)
            if not isinstance(item, Exception)]
    assert kept == ["en"]
    assert sorted(summary.reading.skipped) == ["language:de", "language:ru", "language:uk"]


@pytest.mark.parametrize(("flags", "kept", "skipped"), [
    ([], ["en", "uk", "ru"], ["de"]),
    (["--language", "any"], ["en", "uk", "de", "ru"], []),
    (["--language", "en"], ["en"], ["uk", "de", "ru"]),
    (["--language", "uk", "--language", "ru"], ["uk", "ru"], ["en", "de"]),
])
def test_cli_language_flags(four_languages: Path, flags: list[str], kept: list[str], skipped: list[str]) -> None:
    result = CliRunner().invoke(cli, ["extract", str(four_languages), "--workers", "1", *flags])
    assert result.exit_code == 0, result.output
    lines = {"en": 1, "uk": 2, "de": 3, "ru": 4}
    listed = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert listed == [f"skipped: {four_languages}:{lines[code]} (language {code})" for code in skipped]
    assert f"{len(kept)} document{'' if len(kept) == 1 else 's'}" in result.stderr


def test_language_skips_are_listed_from_worker_processes(tmp_path: Path) -> None:
    paths = []
    for name, text in (("a-en", ENGLISH), ("b-uk", UKRAINIAN), ("c-de", GERMAN), ("d-ru", RUSSIAN)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    summary = ExtractSummary()
    items = list(extract_paths_scaled(paths, workers=2, summary=summary))
    assert sorted((i.document.id, i.document.language) for i in items) == [  # type: ignore[union-attr]
        ("a-en", "en"), ("b-uk", "uk"), ("d-ru", "ru")]
    assert language_skips(summary.reading) == [f"skipped: {tmp_path / 'c-de.txt'} (language de)"]


def test_a_bilingual_bulletin_is_read_not_skipped(tmp_path: Path) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text(BILINGUAL_BULLETIN, encoding="utf-8")
    summary = ExtractSummary()
    items = list(extract_paths([str(path)], summary=summary))
    assert summary.reading.skipped == {}
    assert len(items) == 1 and items[0].document.language == "uk"  # type: ignore[union-attr]
    claims = items[0].claims  # type: ignore[union-attr]
    totals = {(c.category, c.value) for c in claims if c.measure == "cumulative" and c.side == "russia"}
    assert {("personnel", 215000), ("tanks", 3900), ("artillery", 3700)} <= totals


# --------------------------------------------------------------------------- the 651 bulletins, as a user runs them


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_bulletins_as_read", REPO / "scripts" /
                                                  "score_bulletins_as_read.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not BULLETINS.is_file(), reason="../shared/reference/bulletins is not available")
def test_the_bulletins_run_with_no_flags_skip_none_and_agree_with_the_series(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(BULLETINS.parent)])
    assert result.exit_code == 0, result.stderr[-2000:]
    assert "skipped" not in result.stderr  # no document is left out: not for its language, not for anything
    assert "651 documents" in result.stderr
    predictions = tmp_path / "bulletins.jsonl"
    predictions.write_text(result.stdout, encoding="utf-8")
    score = _load_scorer().score(predictions, shared=SHARED)
    assert score.failures == [] and score.bulletins == 651
    assert score.agreement >= 0.99, score.misses[:20]


# --------------------------------------------------------------------------- the explorer finds Cyrillic words


def test_the_explorer_finds_cyrillic_words(tmp_path: Path) -> None:
    import asyncio
    import sqlite3

    from lossledger.pipeline import ingest
    from lossledger.serve import DATABASE_NAME, EXPLORER_TABLE, make_app

    texts = tmp_path / "news.jsonl"
    write_jsonl(texts, [{"id": "uk-1", "text": UKRAINIAN}, {"id": "en-1", "text": ENGLISH}])

    def first_sentence(document: Document) -> list[Claim]:
        # Stands in for the Ukrainian grammar (issue 13a): a claim quoting the document's first sentence.
        end = document.text.index(". ") + 1
        return [Claim(doc=document.id, side="russia", category="tanks", outcome="destroyed", value=20,
                      value_high=None, qualifier="exact", measure="period", period_days=1, period_start=None,
                      as_of=None, claimant=None, claimant_text=None, hedged=False, quote=document.text[:end],
                      start=0, end=end, rule="test/1 russia-ukraine@6")]

    db = tmp_path / "ledger.db"
    report = ingest([str(texts)], db_path=db, extract=first_sentence)
    assert report.claims == 2
    with sqlite3.connect(db) as conn:
        fts_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'claims_fts'").fetchone()[0]
        # FTS5's default tokenizer, unicode61, splits and case-folds Cyrillic; porter or ascii would not do
        assert "porter" not in fts_sql.lower() and "ascii" not in fts_sql.lower()
        found = conn.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'ТАНКІВ'").fetchall()
        assert len(found) == 1
    app = make_app(db, workdir=tmp_path / "explorer")
    asyncio.run(app.invoke_startup())

    def search(table: str, word: str) -> list[dict[str, Any]]:
        async def fetch() -> Any:
            return await app.client.get(f"/{DATABASE_NAME}/{table}.json?_search={word}&_shape=array")

        response = asyncio.run(fetch())
        assert response.status_code == 200, response.text[:300]
        return list(response.json())

    for table in (EXPLORER_TABLE, "claims"):
        hits = search(table, "танків")
        assert [h["doc"] for h in hits] == ["uk-1"], table
        assert "танків" in hits[0]["quote"]
        assert [h["doc"] for h in search(table, "Танків")] == ["uk-1"]  # case does not matter
        assert search(table, "tanks") and all(h["doc"] == "en-1" for h in search(table, "tanks"))
