"""Command-line interface: thin commands over :mod:`storyline.api`.

Exit codes (also in the README):
  0  everything went through
  1  some inputs failed (each is listed by name with its reason); the rest are stored
  2  usage error (bad option, missing argument)
  3  database problem (not a storyline database, locked, unreadable)
  4  internal error (a bug: re-run with --debug and report it)
  130 interrupted; re-running continues where it stopped
"""

from __future__ import annotations

import functools
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline import api
from storyline.executors.local import BATCH_DOCUMENTS, AnalyzeSummary
from storyline.executors.ray import MissingExtraError
from storyline.pipeline import CORPUS_FRAMING_ALWAYS, CORPUS_FRAMING_GROWTH
from storyline.report import REPORT_MAX_ARTICLES
from storyline.stages.enrich.nlp import ModelNotInstalledError
from storyline.store.db import StoreError

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE, EXIT_DB, EXIT_INTERNAL, EXIT_INTERRUPTED = (
    0,
    1,
    2,
    3,
    4,
    130,
)

console = Console(stderr=True, highlight=False)
out = Console(highlight=False, soft_wrap=True)


class CliState:
    debug = False


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn exceptions into one clear line and an exit code; tracebacks only with --debug."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except StoreError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            sys.exit(EXIT_DB)
        except ModelNotInstalledError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            sys.exit(EXIT_INTERNAL)
        except MissingExtraError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            sys.exit(EXIT_USAGE)
        except KeyboardInterrupt:
            console.print("[yellow]interrupted[/]: stored work is kept; re-run to continue.")
            sys.exit(EXIT_INTERRUPTED)
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if CliState.debug:
                console.print_exception()
            else:
                console.print(
                    f"[red]internal error:[/] {escape(type(exc).__name__)}: {escape(str(exc))}\n"
                    "Re-run with --debug for the traceback."
                )
            sys.exit(EXIT_INTERNAL)

    return wrapper


def db_option(required: bool = True, default: str | None = api.DEFAULT_DB) -> Callable:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=default,
        show_default=default is not None,
        required=required and default is None,
        help="The storyline SQLite database file (created on first use).",
    )


def existing_db(db: Path) -> Path:
    if not db.exists():
        raise click.ClickException(f"no database at {db}; create it with 'storyline analyze'")
    return db


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.version_option(package_name="storyline")
def main(debug: bool) -> None:
    """storyline: turn scraped news into stories you can trust.

    Clean articles, who said what, which outlet reports which fact, where
    outlets agree or differ, what happened when, and briefs in which every
    sentence cites its sources.
    """
    CliState.debug = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING)
    if not debug:
        # Tracebacks only with --debug, also those a stage logs while carrying on;
        # the extraction libraries' own chatter ("discarding data: None") is hidden.
        for handler in logging.getLogger().handlers:
            handler.setFormatter(_NoTraceback("%(levelname)s:%(name)s:%(message)s"))
        for name in ("trafilatura", "htmldate", "charset_normalizer"):
            logging.getLogger(name).setLevel(logging.ERROR)


class _NoTraceback(logging.Formatter):
    """A log line without the exception's traceback (that is for --debug)."""

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            record = logging.makeLogRecord(record.__dict__)
            record.msg = f"{record.getMessage()}: {type(exc).__name__}: {exc}"
            record.args = None
        record.exc_info = record.exc_text = record.stack_info = None
        return super().format(record)


#: ``--refresh-framing``, for the commands that analyze.
refresh_framing_option = click.option(
    "--refresh-framing",
    is_flag=True,
    help=(
        "Recompute the framing across stories now. It reads the whole corpus, so past "
        f"{CORPUS_FRAMING_ALWAYS:,} articles it is otherwise recomputed only once the corpus "
        f"has grown {CORPUS_FRAMING_GROWTH:.0%} since it last was."
    ),
)


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def _analyze_with_progress(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    with _progress() as bar:
        tasks: dict[str, Any] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                label = {"analyze": "files", "compare": "stories"}.get(stage, stage)
                tasks[stage] = bar.add_task(label, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        return fn(*args, progress=report, **kwargs)


def _printable(text: str) -> str:
    """Control characters (from a file name or a garbled input) shown escaped, never sent
    to the terminal as they are."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _report_errors(summary: AnalyzeSummary) -> int:
    if not summary.errors:
        return EXIT_OK
    console.print(f"[yellow]{len(summary.errors)} input(s) failed:[/]")
    for err in summary.errors:
        source, reason = escape(_printable(err.source)), escape(_printable(err.reason))
        # One line per failure, never wrapped: scripts grep this summary.
        console.print(f"  [bold]{source}[/]: {reason}", soft_wrap=True)
    return EXIT_INPUT_ERRORS


@main.command()
@click.argument("inputs", nargs=-1)
@db_option()
@click.option(
    "--executor",
    type=click.Choice(sorted(api.EXECUTORS)),
    default="local",
    show_default=True,
    help="Where the per-article stages run.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=BATCH_DOCUMENTS,
    show_default=True,
    help="Documents per transaction: an interruption loses at most one batch.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes for the per-article stages (clean, enrich); e.g. the number of cores.",
)
@click.option(
    "--address",
    default=None,
    help="Ray cluster to run on (e.g. 'auto' or HOST:6379); default: start a local Ray.",
)
@click.option(
    "--keep-parquet",
    is_flag=True,
    help="Keep the Ray executor's per-article Parquet shards (DB.shards/) for DuckDB.",
)
@refresh_framing_option
@handle_errors
def analyze(
    inputs: tuple[str, ...],
    db: Path,
    executor: str,
    batch_size: int,
    workers: int,
    address: str | None,
    keep_parquet: bool,
    refresh_framing: bool,
) -> None:
    """Ingest INPUTS and run the whole pipeline.

    INPUTS are files, folders (read recursively) or http(s) URLs: .txt, .html,
    .jsonl, .warc(.gz) and RSS/Atom feeds.

    Safe to re-run: what is already stored is skipped. New input joins the
    existing stories or opens new ones. With --executor ray (pip install
    'storyline[ray]') the per-article stages run on Ray, and an interrupted
    run re-uses the shards it completed.

    Without INPUTS it works on the database alone: upgrades a database written
    by an older storyline, finishes the work of an interrupted run and, with
    --refresh-framing, recomputes the framing across stories.
    """
    if executor != "ray" and (address or keep_parquet):
        raise click.UsageError("--address and --keep-parquet only apply to --executor ray")
    if not inputs and not db.exists():
        raise click.UsageError(f"no INPUTS, and no database at {db} to work on")
    started = time.perf_counter()
    summary = _analyze_with_progress(
        api.analyze,
        inputs,
        db,
        executor=executor,
        batch_size=batch_size,
        workers=workers,
        address=address,
        keep_parquet=keep_parquet,
        refresh_framing=refresh_framing,
    )
    elapsed = time.perf_counter() - started
    if inputs:
        console.print(
            f"{summary.new_articles} new article(s) from {summary.files} file(s)"
            f" ({summary.skipped_documents} already stored), {summary.stories_updated} "
            f"story(ies) updated in {elapsed:.1f}s → {escape(str(db))}"
        )
    else:
        console.print(
            f"No input: {escape(str(db))} is up to date; {summary.stories_updated}"
            f" story(ies) re-analysed in {elapsed:.1f}s"
        )
    _report_framing(summary)
    sys.exit(_report_errors(summary))


def _report_framing(summary: AnalyzeSummary) -> None:
    """Say so when the framing across stories was kept from an earlier, smaller corpus."""
    stored, computed = summary.framing_counts
    if computed is not None and computed < stored:
        console.print(
            f"Framing across stories: as computed on {computed:,} of the {stored:,} articles"
            f" (recomputed once the corpus has grown {CORPUS_FRAMING_GROWTH:.0%}, or with"
            " --refresh-framing)."
        )


@main.command()
@db_option()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the .jsonl files.",
)
@handle_errors
def export(db: Path, out_dir: Path) -> None:
    """Write the database as JSON Lines: articles, stories, entities, quotes, events,
    facts, framing and briefs (one object per line)."""
    counts = api.export(existing_db(db), out_dir)
    for name, n in counts.items():
        console.print(f"{name + '.jsonl':<16} {n:>6} rows")
    console.print(f"written to {escape(str(out_dir))}")


#: Stories in the table `run` prints (biggest first); `storyline stories` lists all.
RUN_SUMMARY_STORIES = 30


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option(default=None, required=False)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("storyline-out"),
    show_default=True,
    help="Folder for the report, briefs and export.",
)
@click.option(
    "--report-articles",
    type=click.IntRange(min=0),
    default=REPORT_MAX_ARTICLES,
    show_default=True,
    help="The HTML report renders the biggest stories up to this many articles and lists "
    "the rest (0: render every story).",
)
@refresh_framing_option
@handle_errors
def run(
    inputs: tuple[str, ...],
    db: Path | None,
    out_dir: Path,
    report_articles: int,
    refresh_framing: bool,
) -> None:
    """The main job: analyze INPUTS, then write an HTML report, Markdown briefs
    and the JSONL export, and print a summary of the stories.

    Without --db the database is OUT/storyline.db.
    """
    started = time.perf_counter()
    result = _analyze_with_progress(
        api.run,
        inputs,
        db,
        out_dir,
        report_articles=report_articles,
        refresh_framing=refresh_framing,
    )
    elapsed = time.perf_counter() - started
    found = api.stories(result.out_dir / api.DEFAULT_DB if db is None else db)
    table = Table(title="Stories", title_justify="left")
    table.add_column("story", style="dim")
    table.add_column("title")
    table.add_column("articles", justify="right")
    table.add_column("first", style="dim")
    table.add_column("last", style="dim")
    for s in found[:RUN_SUMMARY_STORIES]:
        table.add_row(
            s.id[:8],
            escape(s.title),
            str(len(s.article_ids)),
            s.first_published or "",
            s.last_published or "",
        )
    out.print(table)
    if len(found) > RUN_SUMMARY_STORIES:
        out.print(f"… and {len(found) - RUN_SUMMARY_STORIES} more: storyline stories --db DB")
    counts = result.export_counts
    out.print(
        f"{counts['articles']} articles, {counts['stories']} stories, {counts['quotes']} quotes, "
        f"{counts['events']} dated events, {counts['entities']} entities in {elapsed:.1f}s"
    )
    out.print(f"Report: [bold]{escape(str(result.report))}[/]")
    out.print(
        f"Briefs: {escape(str(result.out_dir / 'briefs'))}/  "
        f"Export: {escape(str(result.out_dir / 'export'))}/"
    )
    _report_framing(result.summary)
    sys.exit(_report_errors(result.summary))


@main.command()
@db_option()
@handle_errors
def stories(db: Path) -> None:
    """List the stories, biggest and most recent first."""
    table = Table()
    for col in ("story", "title", "articles", "first", "last"):
        table.add_column(col)
    for s in api.stories(existing_db(db)):
        table.add_row(
            s.id,
            escape(s.title),
            str(len(s.article_ids)),
            s.first_published or "",
            s.last_published or "",
        )
    out.print(table)


@main.command()
@click.argument("story")
@db_option()
@handle_errors
def brief(story: str, db: Path) -> None:
    """Print the Markdown brief of STORY (its id, or a unique prefix of it)."""
    from storyline.stages.brief import render_markdown

    found = api.brief(existing_db(db), story)
    if found is None:
        raise click.ClickException(f"no single story matches '{story}'; see 'storyline stories'")
    out.print(render_markdown(found[1]), markup=False)


@main.command()
@click.argument("query")
@db_option()
@click.option("--limit", default=20, show_default=True, help="Most results to show.")
@handle_errors
def search(query: str, db: Path, limit: int) -> None:
    """Full-text search over article titles and bodies."""
    hits = api.search(existing_db(db), query, limit)
    if not hits:
        console.print("no matches")
        return
    for hit in hits:
        title = hit["title"] or "(untitled)"
        outlet = f" — {hit['outlet']}" if hit["outlet"] else ""
        out.print(f"[bold]{escape(title)}[/]{escape(outlet)}  [dim]{hit['article_id']}[/]")
        out.print(f"  {escape(hit['snippet'])}")


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@main.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--allow-remote",
    is_flag=True,
    help="Allow binding an address other than loopback (the UI has no login).",
)
@handle_errors
def serve(db: Path, host: str, port: int, allow_remote: bool) -> None:
    """Serve a read-only web UI and JSON API over the database.

    Story list, story pages (brief with citations, timeline, coverage,
    quotes, framing), articles, entities, outlets and search; every page
    also as JSON (same path + .json). Binds 127.0.0.1 unless --allow-remote.
    """
    if not _is_loopback(host) and not allow_remote:
        raise click.UsageError(
            f"refusing to serve on {host}: anyone who can reach it can read the database;"
            " pass --allow-remote to do it anyway"
        )
    import uvicorn

    from storyline.web import create_app

    local = ["127.0.0.1", "localhost", "[::1]", "::1"]
    app = create_app(existing_db(db), allowed_hosts=None if allow_remote else local)
    console.print(f"serving {escape(str(db))} read-only on http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":  # pragma: no cover
    main()
