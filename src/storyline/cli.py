"""The command line: parses arguments, calls library functions, prints results."""

from __future__ import annotations

import ipaddress
import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from storyline import pipeline
from storyline.brief.render import render
from storyline.fetch.client import Fetcher, FetchError
from storyline.fetch.page import fetch_page
from storyline.fetch.policy import FetchRefused
from storyline.ingest.bounds import display_path, one_line
from storyline.model import Rejection
from storyline.settings import DEFAULT, Settings, from_environment
from storyline.store.db import Store
from storyline.watch import PollReport, Watcher, read_feed_list

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"


def _store_path(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    """A store path whose folder exists and which is an SQLite file or not yet a file."""
    if not (value.parent if value.parent != Path("") else Path(".")).is_dir():
        raise click.BadParameter(f"the folder of {display_path(value)} does not exist")
    if value.is_file() and value.stat().st_size:
        with open(value, "rb") as stream:
            if stream.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise click.BadParameter(f"{display_path(value)} is not a storyline store")
    return value


class _OneLineErrors(click.Group):
    """Any error a command did not foresee ends it with one line on standard error, never
    a traceback (``-v`` logs the traceback too)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            raise  # click ends quietly when the reader of standard output goes away
        except Exception as err:  # the last line of defence, by design
            log.info("unexpected error", exc_info=True)
            what = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
            raise click.ClickException(one_line(what)) from err


_Command = TypeVar("_Command", bound=Callable[..., Any])


def _db_option(
    check: Callable[[click.Context, click.Parameter, Path], Path], help: str
) -> Callable[[_Command], _Command]:
    """The --db option of a command, with the check its store must pass."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        callback=check,
        default=Path("storyline.db"),
        show_default=True,
        help=help,
    )


DB_OPTION = _db_option(_store_path, "SQLite store to use (created if missing).")


def _existing_store(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    """A store a command only reads: it must exist (a mistyped --db made an empty store
    and printed nothing)."""
    value = _store_path(ctx, param, value)
    if not value.is_file():
        raise click.BadParameter(
            f"no store at {display_path(value)}: ingest articles into it first"
        )
    return value


# The store of a command that only reads it (stories, brief, export, search, build).
EXISTING_DB_OPTION = _db_option(_existing_store, "SQLite store to read (it must exist).")
ALLOW_NETWORK_OPTION = click.option(
    "--allow-network",
    "allow_networks",
    multiple=True,
    metavar="CIDR",
    help="Also fetch from this private/loopback network, e.g. 127.0.0.0/8 (repeatable; "
    "by default only public addresses are fetched).",
)
console = Console(stderr=True)


@click.group(cls=_OneLineErrors)
@click.option("-v", "--verbose", is_flag=True, help="Log progress details to stderr.")
def main(verbose: bool) -> None:
    """storyline: turn a stream of news articles into cited story briefings."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
    )


def _progress() -> Progress:
    """A progress display drawn only when it advances (``_advancing``). Rich's own refresh
    runs in a thread, and a process with another thread spawns its workers instead of
    forking them (``workers.start_method``): at a terminal, a `storyline run` of 100
    articles read them on one core and its build's workers loaded the model again. Nor does
    it redirect the output: a forked worker's warning goes straight to stderr."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
        auto_refresh=False,
        redirect_stdout=False,
        redirect_stderr=False,
    )


# Seconds between two drawings of the progress display at most.
REDRAW_EVERY = 0.1


def _advancing(progress: Progress, task: TaskID) -> Callable[[], None]:
    """A function that advances ``task`` by one and redraws, at most every
    ``REDRAW_EVERY`` seconds."""
    drawn = 0.0

    def advance() -> None:
        nonlocal drawn
        progress.advance(task)
        now = time.monotonic()
        if now - drawn >= REDRAW_EVERY:
            drawn = now
            progress.refresh()

    return advance


def _ingest(
    store: Store, paths: list[Path], build_settings: Settings | None = None
) -> pipeline.IngestReport:
    """Ingest with a progress bar; given the settings of a build to follow, each article
    is clustered as its reading comes back (``pipeline.ingest``'s ``cluster_as_read``)."""
    with _progress() as progress:
        files = _advancing(
            progress, progress.add_task("reading files", total=pipeline.count_inputs(paths))
        )
        read = _advancing(progress, progress.add_task("reading articles", total=None))

        def tick(what: str) -> None:
            (files if what == "files" else read)()

        if build_settings is None:
            return pipeline.ingest(store, paths, tick=tick)
        return pipeline.ingest(store, paths, build_settings, tick, cluster_as_read=True)


def _echo_rejections(report: pipeline.IngestReport) -> None:
    for rejection in report.rejected:
        click.echo(f"rejected {rejection.source}: {rejection.reason}", err=True)


def _ingest_dask(
    store: Store, paths: list[Path], scheduler: str | None, workers: int
) -> pipeline.IngestReport:
    from storyline.parallel import run_dask

    with _progress() as progress:
        advance = _advancing(progress, progress.add_task("partitions (dask)", total=None))
        report = run_dask(
            store, paths, scheduler=scheduler, workers=workers, tick=lambda _: advance()
        )
    return report


def _build(store: Store) -> pipeline.BuildReport:
    with _progress() as progress:
        advance = _advancing(progress, progress.add_task("clustering and briefing", total=None))
        settings = _environment_settings()
        return pipeline.build(store, settings, tick=lambda _: advance())


def _summary(ingested: pipeline.IngestReport | None, built: pipeline.BuildReport | None) -> str:
    parts = []
    if ingested is not None:
        parts += [
            f"{ingested.stored} articles read"
            f" ({ingested.new} new, {ingested.updated} updated,"
            f" {ingested.unchanged} unchanged)",
            f"{len(ingested.rejected)} rejected",
        ]
    if built is not None:
        parts += [f"{built.events} events", f"{built.storylines} storylines"]
    return "; ".join(parts)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@DB_OPTION
@ALLOW_NETWORK_OPTION
def ingest(sources: tuple[str, ...], db_path: Path, allow_networks: tuple[str, ...]) -> None:
    """Read articles from files and folders (.txt .md .html .json .jsonl, and .gz) and from
    http(s) URLs (one page each, fetched politely)."""
    urls = [s for s in sources if _is_url(s)]
    paths = [Path(s) for s in sources if not _is_url(s)]
    with Store(db_path) as store:
        report = _ingest(store, paths) if paths else pipeline.IngestReport()
        if urls:
            _ingest_urls(store, urls, _fetch_settings(allow_networks), report)
    _echo_rejections(report)
    click.echo(_summary(report, None))
    _fail_if_nothing_read(report)


def _fail_if_nothing_read(report: pipeline.IngestReport) -> None:
    """Exit status 1 when every input was rejected (a mistyped path): a batch in which some
    inputs were read and others rejected goes on, and says which and why."""
    if report.rejected and not report.stored:
        raise click.exceptions.Exit(1)


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _fetch_settings(allow_networks: tuple[str, ...], base: Settings = DEFAULT) -> Settings:
    try:
        for network in allow_networks:
            ipaddress.ip_network(network, strict=False)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--allow-network") from err
    return replace(base, fetch_allow_networks=allow_networks)


def _environment_settings() -> Settings:
    """The settings the environment gives (the LLM writer, a briefing's bounds) for the
    commands that build: a bad value stops them before they start, naming the variable."""
    try:
        return from_environment()
    except ValueError as err:
        raise click.ClickException(str(err)) from err


def _ingest_urls(
    store: Store, urls: list[str], settings: Settings, report: pipeline.IngestReport
) -> None:
    with Fetcher(settings) as fetcher:
        for url in urls:
            try:
                raw = fetch_page(fetcher, url)
            except (FetchError, FetchRefused) as err:
                rejection = Rejection(url, str(err).removeprefix(f"{url}: "))
                store.save_rejection(rejection)  # kept like a file's, not only printed
                report.rejected.append(rejection)
                continue
            report.merge(pipeline.ingest_documents(store, [raw], settings))


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option(
    "--interval",
    type=click.FloatRange(min=1.0),
    default=DEFAULT.feed_interval,
    show_default=True,
    help="Seconds between polls of a feed (a feed list may give its own per line).",
)
@click.option(
    "--rounds",
    type=click.IntRange(min=1),
    default=None,
    help="Stop after this many polling rounds (default: run until interrupted).",
)
@DB_OPTION
@ALLOW_NETWORK_OPTION
def watch(
    feeds: tuple[str, ...],
    interval: float,
    rounds: int | None,
    db_path: Path,
    allow_networks: tuple[str, ...],
) -> None:
    """Follow RSS/Atom feeds: fetch each new item's page, read it and update the stories.

    FEEDS are feed URLs or files that list one feed URL a line (optionally followed by its
    polling interval in seconds). Stop with Ctrl-C; a restart picks up where it stopped."""
    try:
        feed_list = read_feed_list(list(feeds), interval)
    except (OSError, ValueError) as err:
        raise click.ClickException(str(err)) from err
    settings = _fetch_settings(allow_networks, _environment_settings())
    with Store(db_path) as store, Fetcher(settings) as fetcher:
        watcher = Watcher(store, fetcher, settings)
        try:
            watcher.run(feed_list, rounds=rounds, on_poll=_print_poll)
        except KeyboardInterrupt:
            click.echo("stopped", err=True)


def _print_poll(report: PollReport) -> None:
    line = f"{report.feed}: {report.status}; {report.new_items} new items, {report.stored} stored"
    click.echo(line + (f", {len(report.failed)} failed" if report.failed else ""))
    for failure in report.failed:
        click.echo(f"  failed {failure}", err=True)


@main.command()
@EXISTING_DB_OPTION
def build(db_path: Path) -> None:
    """Group stored articles into events and storylines and write the briefings."""
    with Store(db_path) as store:
        click.echo(_summary(None, _build(store)))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("briefings"),
    show_default=True,
    help="Folder for the briefings.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where the per-article stages run: this process, or dask.distributed partitions.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="With --engine dask: an existing cluster's scheduler (tcp://host:8786); "
    "default: a local cluster.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="With --engine dask and no --scheduler: local worker processes.",
)
@DB_OPTION
def run(
    paths: tuple[Path, ...],
    out_dir: Path,
    engine: str,
    scheduler: str | None,
    workers: int,
    db_path: Path,
) -> None:
    """Ingest, build, and write every briefing as Markdown, JSON and HTML into --out."""
    with Store(db_path) as store:
        if engine == "dask":
            ingested = _ingest_dask(store, list(paths), scheduler, workers)
        else:
            ingested = _ingest(store, list(paths), _environment_settings())
        _echo_rejections(ingested)
        built = _build(store)
        written = write_briefings(store, out_dir)
    click.echo(_summary(ingested, built) + f"; {written} briefings written to {out_dir}")
    _fail_if_nothing_read(ingested)


def write_briefings(store: Store, out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for storyline in store.storylines():
        briefing = pipeline.stored_briefing(store, storyline.id)
        if briefing is None:
            continue
        for fmt in ("md", "json", "html"):
            (out_dir / f"{storyline.id}.{fmt}").write_text(render(briefing, fmt), encoding="utf-8")
        count += 1
    return count


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@EXISTING_DB_OPTION
def stories(as_json: bool, db_path: Path) -> None:
    """List storylines with their events and member articles."""
    with Store(db_path) as store:
        listing = pipeline.list_stories(store)
        titles = {a.id: a.title for a in store.articles()}
    if as_json:
        click.echo(json.dumps([asdict(s) for s in listing], ensure_ascii=False, indent=2))
        return
    for story in listing:
        click.echo(f"{story.id}  {story.title or ''}")
        for event in story.events:
            click.echo(f"  {event.id}  {event.date or 'undated'}")
            for article_id in event.articles:
                click.echo(f"    {article_id}  {titles.get(article_id) or ''}")


@main.command()
@click.argument("storyline_id")
@click.option(
    "--format", "fmt", type=click.Choice(["md", "json", "html"]), default="md", show_default=True
)
@EXISTING_DB_OPTION
def brief(storyline_id: str, fmt: str, db_path: Path) -> None:
    """Print the briefing of a storyline (or of the storyline an event belongs to)."""
    with Store(db_path) as store:
        briefing = pipeline.stored_briefing(store, storyline_id)
    if briefing is None:
        raise click.ClickException(f"no storyline or event with id {storyline_id!r}")
    click.echo(render(briefing, fmt), nl=False)


@main.command()
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output.",
)
@EXISTING_DB_OPTION
def export(out_file: Path | None, db_path: Path) -> None:
    """Write every article record as JSON Lines (the contract in the README)."""
    with Store(db_path) as store:
        lines = [json.dumps(a.record(), ensure_ascii=False) for a in store.articles()]
    text = "".join(line + "\n" for line in lines)
    if out_file:
        try:
            out_file.write_text(text, encoding="utf-8")
        except OSError as err:
            problem = f"cannot write {display_path(out_file)}: {err.strerror or err}"
            raise click.ClickException(problem) from err
    else:
        sys.stdout.write(text)


@main.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@EXISTING_DB_OPTION
def search(query: str, limit: int, db_path: Path) -> None:
    """Full-text search over article titles and text."""
    with Store(db_path) as store:
        hits = store.search(query, limit)
    for hit in hits:
        click.echo(f"{hit['id']}  {hit['published'] or 'undated':10}  {hit['title'] or ''}")
        click.echo(f"    {hit['snippet']}")
    if not hits:
        click.echo("no matches")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--write-token",
    envvar="STORYLINE_WRITE_TOKEN",
    default=None,
    help="Allow POST /api/articles to clients sending 'Authorization: Bearer TOKEN'"
    " (at least 16 characters; also read from STORYLINE_WRITE_TOKEN). Without it the"
    " server is read-only.",
)
@DB_OPTION
def serve(host: str, port: int, write_token: str | None, db_path: Path) -> None:
    """Serve the web page, the HTTP API (/api, OpenAPI at /docs) and the Atom feed."""
    import uvicorn

    from storyline.serve import create_app

    if write_token is not None and len(write_token.strip()) < 16:
        raise click.BadParameter("use at least 16 characters", param_hint="--write-token")
    settings = _environment_settings()
    writes = "writes with the token" if write_token else "read-only"
    click.echo(f"storyline on http://{host}:{port}/  (store: {db_path}; {writes})", err=True)
    app = create_app(db_path, settings, write_token=write_token)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.group(name="eval")
def evaluate() -> None:
    """Score storyline against gold data (see README, "Evaluation")."""


@evaluate.command(name="seeds")
@click.argument("seed_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_seeds(seed_dir: Path, as_json: bool) -> None:
    """Score a run on the seed articles against their gold.json."""
    from storyline.eval.seeds import score

    _echo_scores(score(seed_dir), as_json, width=28)


@evaluate.command(name="extract")
@click.argument("data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_extract(data_dir: Path, as_json: bool) -> None:
    """Score HTML extraction on the Readability test pages, beside plain trafilatura."""
    from storyline.eval.extract import score

    _echo_scores(score(data_dir), as_json)


def _echo_scores(scores: dict[str, Any], as_json: bool, width: int = 24) -> None:
    """Every eval command prints its scores as JSON or as one aligned line per aspect."""
    if as_json:
        click.echo(json.dumps(scores, indent=2))
    else:
        click.echo("\n".join(f"{name:{width}} {value}" for name, value in scores.items()))


@evaluate.command(name="timex")
@click.argument("data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_timex(data_dir: Path, as_json: bool) -> None:
    """Score time expressions and their values on TempEval-3 (TimeML with creation times)
    or on MEANTIME (token XML with a creation time)."""
    from storyline.eval.timex import score

    _echo_scores(score(data_dir), as_json)


@evaluate.command(name="dates")
@click.argument("data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_dates(data_dir: Path, as_json: bool) -> None:
    """Score articles' event dates on TempEval-3's TimeML: the day the annotators linked
    the lead's first event to (see README, "How an event is dated")."""
    from storyline.eval.event_dates import score

    _echo_scores(score(data_dir), as_json)


@evaluate.command(name="quotes")
@click.argument("data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--compartment",
    type=click.Choice(["dev", "train"]),
    default="dev",
    show_default=True,
    help="PolNeAR compartment: train to tune on, dev to report.",
)
def eval_quotes(data_dir: Path, as_json: bool, compartment: str) -> None:
    """Score quotes and speakers on PolNeAR, direct and indirect: the texts read as they
    are, and (``stored``) run through ingest as the store holds them."""
    from storyline.eval.quotes import score

    _echo_scores(score(data_dir, compartment), as_json)


@evaluate.command(name="cluster")
@click.argument("data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--folds",
    type=int,
    default=5,
    show_default=True,
    help="Topic folds of the cross-validation (0: skip it, about 15 minutes on 2 cores).",
)
def eval_cluster(data_dir: Path, as_json: bool, folds: int) -> None:
    """Score online event and storyline clustering on ECB+ beside a tuned batch baseline,
    and both out of fold (fitted on k-1 folds of topics, scored on the held-out one)."""
    from storyline.eval.cluster import score

    _echo_scores(score(data_dir, folds), as_json)


@evaluate.command(name="stance")
@click.argument("data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write the predictions here (Headline, Body ID, Stance).",
)
def eval_stance(data_dir: Path, as_json: bool, out_file: Path | None) -> None:
    """Score the stance model on FNC-1-format pairs (*_bodies.csv, *_stances.csv): FNC-1
    score, per-class and macro F1, confusion, support precision, disagree taken as support."""
    from storyline.eval.fnc1 import evaluate as evaluate_stance

    if out_file is not None and not out_file.parent.resolve().is_dir():
        raise click.BadParameter(f"the folder of {display_path(out_file)} does not exist")
    try:
        scores = evaluate_stance(data_dir, out_file)
    except (FileNotFoundError, ValueError) as err:
        raise click.ClickException(one_line(str(err))) from err
    _echo_scores(scores, as_json)


@main.command()
@click.argument("digest", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the check as JSON.")
def check(digest: Path, sources: tuple[Path, ...], as_json: bool) -> None:
    """Check a digest written elsewhere against its sources, sentence by sentence and quote
    by quote. Exit status 1 when anything is unsupported or contested."""
    from storyline.compare.check_report import check_files, render_markdown

    others = [s for s in sources if s.resolve() != digest.resolve()]
    result, rejections = check_files(digest, others)
    for rejection in rejections:
        click.echo(f"rejected {one_line(rejection.source)}: {one_line(rejection.reason)}", err=True)
    if as_json:
        click.echo(json.dumps(asdict(result), indent=2, ensure_ascii=False))
    else:
        click.echo(render_markdown(result), nl=False)
    sys.exit(0 if result.all_supported else 1)


if __name__ == "__main__":
    main()
