"""The framing across stories reads the whole corpus, so on a big corpus it is recomputed
only once the corpus has grown by a share since it last was (or when asked); in between,
the rows computed last stay, attached to the stories as they now are."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import storyline
import storyline.pipeline as pipeline
from storyline.cli import main
from storyline.store.db import Store

#: Three made-up reports in three stories; the first spells the city one way, the other
#: two the other way.
REPORTS = {
    "bridge.txt": """Northwind Courier
Kyiv opens a new bridge over the Dnipro
Published March 3, 2026
The city of Kyiv opened a new road bridge over the Dnipro river on Monday, the mayor's office said.
Engineers in Kyiv worked for three years on the crossing, which carries four lanes of traffic and a tram line.
"This bridge joins the two halves of Kyiv again," the city's chief engineer Oksana Derevianko said at the opening.
Traffic on the older crossings in Kyiv fell by a third on the first morning, the transport department said.
""",
    "cup.txt": """Harbour Post
Kiev side lifts the national cup after a late winner
Published March 4, 2026
A side from Kiev won the national cup final on Tuesday with a goal in the last minute of extra time.
Thousands of fans waited in central Kiev for the players to return with the trophy late at night.
"We never stopped believing in this team," captain Bohdan Lysenko told reporters in Kiev after the match.
The club from Kiev last won the cup eleven years ago, the league said.
""",
    "choir.txt": """Valley Gazette
A village choir sings its way to a prize in Kiev
Published March 6, 2026
The Orlivka village choir won first prize at the spring folk festival in Kiev on Friday, its conductor said.
Forty singers travelled nine hours by bus to Kiev for the final round of the festival.
"Nobody expected a village choir to win against the city ensembles," conductor Halyna Moroz said in Kiev.
The choir will perform again at the festival's closing concert in Kiev on Sunday.
""",
}


def _write(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / name
        path.write_text(REPORTS[name], encoding="utf-8")
        paths.append(path)
    return paths


def _city_rows(db: Path) -> dict[str, set[str]]:
    """Term -> the articles cited for it by the corpus-wide row of the city."""
    with Store(db, readonly=True) as store:
        rows = [r for r in store.corpus_framing_rows() if r.referent in ("Kiev", "Kyiv")]
    assert len(rows) == 1, rows
    return {v.term: set(v.article_ids) for v in rows[0].variants}


def _article_of(db: Path, name: str) -> str:
    with Store(db, readonly=True) as store:
        found = store.load_articles("source LIKE ?", (f"%{name}",))
    assert len(found) == 1
    return found[0].id


@pytest.fixture()
def big_corpus_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # A corpus this small is always recomputed; the rules of a big one are tried on it:
    # recomputed once it has doubled since it last was.
    monkeypatch.setattr(pipeline, "CORPUS_FRAMING_ALWAYS", 0)
    monkeypatch.setattr(pipeline, "CORPUS_FRAMING_GROWTH", 1.0)


def test_small_corpus_is_always_recomputed(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    storyline.analyze(_write(tmp_path / "in", "bridge.txt", "cup.txt"), db)
    summary = storyline.analyze(_write(tmp_path / "in", "choir.txt"), db)
    assert summary.framing_counts == (3, 3)
    assert _city_rows(db)["Kiev"] == {_article_of(db, "cup.txt"), _article_of(db, "choir.txt")}


def test_big_corpus_is_recomputed_as_it_grows_or_when_asked(
    tmp_path: Path, big_corpus_rules: None
) -> None:
    db = tmp_path / "s.db"
    first = storyline.analyze(_write(tmp_path / "in", "bridge.txt", "cup.txt"), db)
    assert first.framing_counts == (2, 2)
    cup = _article_of(db, "cup.txt")
    assert _city_rows(db) == {"Kiev": {cup}, "Kyiv": {_article_of(db, "bridge.txt")}}
    before = _city_rows(db)

    # 3 articles < 2 x 2: the rows computed on 2 stay; the summary says so.
    later = storyline.analyze(_write(tmp_path / "in", "choir.txt"), db)
    assert later.new_articles == 1 and later.stories_updated == 1
    assert later.framing_counts == (3, 2)
    assert _city_rows(db) == before

    # Asked for, on a re-run that adds nothing.
    asked = storyline.analyze([tmp_path / "in"], db, refresh_framing=True)
    assert asked.new_articles == 0
    assert asked.framing_counts == (3, 3)
    assert _city_rows(db)["Kiev"] == {cup, _article_of(db, "choir.txt")}


def test_grown_corpus_is_recomputed_without_asking(tmp_path: Path, big_corpus_rules: None) -> None:
    db = tmp_path / "s.db"
    storyline.analyze(_write(tmp_path / "in", "bridge.txt"), db)  # computed on 1
    summary = storyline.analyze(_write(tmp_path / "in", "cup.txt", "choir.txt"), db)
    assert summary.framing_counts == (3, 3)  # 3 >= 1 x 2
    assert _city_rows(db)["Kiev"] == {_article_of(db, "cup.txt"), _article_of(db, "choir.txt")}


def test_kept_rows_follow_merged_stories(tmp_path: Path, big_corpus_rules: None) -> None:
    # Rows kept from an earlier run are attached to the stories as they are now, as the
    # full computation would attach them: once both spellings live in one story, the row
    # adds nothing to that story's own rows and goes.
    db = tmp_path / "s.db"
    storyline.analyze(_write(tmp_path / "in", "bridge.txt", "cup.txt"), db)
    bridge, cup = _article_of(db, "bridge.txt"), _article_of(db, "cup.txt")
    with Store(db) as store:
        story_of = store.story_of([bridge, cup])
        assert {f.story_id for f in store.framing() if f.referent == "Kiev"} == {
            story_of[bridge],
            story_of[cup],
        }
        with store.transaction():
            store.merge_story(story_of[cup], story_of[bridge])
            store.upsert_story(store.story(story_of[bridge]))  # marked to be re-analysed
        assert pipeline.refresh_dirty_stories(store) == 1
        assert store.meta(pipeline.CORPUS_FRAMING_KEY) == "2"  # not recomputed
        kept = sorted((f.story_id, f.referent) for f in store.framing())
        assert [r.referent for r in store.corpus_framing_rows()] == []
        pipeline.refresh_corpus_framing(store)
        full = sorted((f.story_id, f.referent) for f in store.framing())
    assert kept == full


def test_cli_says_when_the_rows_are_kept(tmp_path: Path, big_corpus_rules: None) -> None:
    db = tmp_path / "s.db"
    runner = CliRunner()
    files = _write(tmp_path / "in", "bridge.txt", "cup.txt", "choir.txt")
    first = runner.invoke(main, ["analyze", *map(str, files[:2]), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "Framing across stories" not in first.output
    later = runner.invoke(main, ["analyze", str(files[2]), "--db", str(db)])
    assert later.exit_code == 0, later.output
    assert "as computed on 2 of the 3 articles" in " ".join(later.output.split())
    asked = runner.invoke(main, ["analyze", str(files[2]), "--db", str(db), "--refresh-framing"])
    assert asked.exit_code == 0, asked.output
    assert "Framing across stories" not in asked.output
