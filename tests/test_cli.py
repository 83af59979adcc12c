"""The CLI through click's test runner: every command documented, errors clear."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus import write_corpus
from storyline import api
from storyline.cli import EXIT_DB, EXIT_INPUT_ERRORS, EXIT_OK, main

COMMANDS = ["analyze", "export", "run", "stories", "brief", "search"]


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert main.commands[command].help, f"{command} is undocumented"


def test_main_help_lists_commands(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


#: Libraries that take a second or more to import between them (scikit-learn pulls in
#: scipy.stats; datasketch, scipy); only the stages that cluster and dedup need them.
HEAVY_IMPORTS = ("sklearn", "datasketch", "scipy", "spacy")


def test_help_does_not_import_the_heavy_libraries() -> None:
    # In a fresh interpreter: this test process has imported everything already.
    code = (
        "import sys\n"
        "from storyline.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(m for m in {HEAVY_IMPORTS!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("cli")
    corpus = write_corpus(tmp / "corpus")
    db = tmp / "s.db"
    result = CliRunner().invoke(main, ["analyze", str(corpus), "--db", str(db)])
    assert result.exit_code == EXIT_OK, result.output
    return tmp, db


def test_analyze_export_stories_brief_search(analyzed: tuple[Path, Path]) -> None:
    tmp, db = analyzed
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", str(db), "--out", str(tmp / "out")])
    assert result.exit_code == 0, result.output
    stories = [json.loads(x) for x in (tmp / "out" / "stories.jsonl").read_text().splitlines()]
    assert len(stories) == 2

    result = runner.invoke(main, ["stories", "--db", str(db)])
    assert result.exit_code == 0 and "ferry" in result.output.lower()

    big = max(stories, key=lambda s: len(s["article_ids"]))
    result = runner.invoke(main, ["brief", big["id"][:10], "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert big["title"] in result.output

    result = runner.invoke(main, ["search", "blossom", "--db", str(db)])
    assert result.exit_code == 0 and "Frost ruins half of the Kelby apple crop" in result.output


def test_run_writes_report_briefs_and_export(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "report"
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert (out / "report.html").exists()
    assert list((out / "briefs").glob("*.md"))
    assert (out / "export" / "briefs.jsonl").exists()
    assert "Report:" in result.output
    # Every connection closed cleanly: no write-ahead log or shared memory file is left.
    assert sorted(path.name for path in out.glob("storyline.db*")) == ["storyline.db"]


def test_run_summary_table_stops_at_its_limit(tmp_path: Path, monkeypatch) -> None:
    """A big corpus's summary shows the biggest stories and says how many more there are;
    the report's article limit is an option (0: render every story)."""
    import storyline.cli as cli

    monkeypatch.setattr(cli, "RUN_SUMMARY_STORIES", 1)
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "report"
    args = ["run", str(corpus), "--out", str(out), "--report-articles", "0"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == EXIT_OK, result.output
    found = api.stories(out / api.DEFAULT_DB)
    assert len(found) >= 2
    assert f"… and {len(found) - 1} more" in result.output
    assert found[0].id[:8] in result.output and found[1].id[:8] not in result.output
    assert "more-stories" not in (out / "report.html").read_text("utf-8")
    bad = CliRunner().invoke(main, ["run", str(corpus), "--report-articles", "-1"])
    assert bad.exit_code != EXIT_OK and "-1" in bad.output


def test_bad_inputs_exit_code_and_no_traceback(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(
        main,
        [
            "analyze",
            str(corpus),
            str(tmp_path / "empty.txt"),
            str(tmp_path / "nope.txt"),
            "--db",
            str(db),
        ],
    )
    assert result.exit_code == EXIT_INPUT_ERRORS
    assert "empty.txt" in result.output and "nope.txt" in result.output
    assert "Traceback" not in result.output
    assert "3 new article(s)" in result.output


def test_not_a_database(tmp_path: Path) -> None:
    fake = tmp_path / "fake.db"
    fake.write_text("this is not sqlite", encoding="utf-8")
    result = CliRunner().invoke(main, ["stories", "--db", str(fake)])
    assert result.exit_code == EXIT_DB
    assert "fake.db" in result.output and "Traceback" not in result.output


def test_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stories", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no database" in result.output


def test_analyze_without_inputs_upgrades_an_older_database(tmp_path: Path) -> None:
    # A database from before the newest migration: read-only commands refuse it and name
    # the command that upgrades it, which needs no input.
    db = tmp_path / "s.db"
    runner = CliRunner()
    first = runner.invoke(main, ["analyze", str(write_corpus(tmp_path / "c")), "--db", str(db)])
    assert first.exit_code == EXIT_OK, first.output
    conn = sqlite3.connect(db)
    newest = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0]
    conn.execute("DELETE FROM schema_migrations WHERE version = ?", (newest,))
    conn.commit()
    conn.close()
    refused = runner.invoke(main, ["export", "--db", str(db), "--out", str(tmp_path / "out")])
    assert refused.exit_code != EXIT_OK
    assert f"run 'storyline analyze --db {db}' once" in " ".join(refused.output.split())
    upgraded = runner.invoke(main, ["analyze", "--db", str(db)])
    assert upgraded.exit_code == EXIT_OK, upgraded.output
    assert "is up to date" in " ".join(upgraded.output.split())
    done = runner.invoke(main, ["export", "--db", str(db), "--out", str(tmp_path / "out")])
    assert done.exit_code == EXIT_OK, done.output
    missing = runner.invoke(main, ["analyze", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no database" in missing.output
