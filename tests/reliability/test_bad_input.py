"""A corpus of bad input, fed to the real CLI (``python -m storyline.cli analyze``).

For every kind of bad input storyline must either give a clear error naming
the input or a sensible result; the batch finishes; the end-of-run summary
lists every failure; the exit code is the documented one (1: some inputs
failed); no Python traceback reaches the user; and the good files of the
same batch are all stored.

Everything is generated here, in a temporary folder, and URLs are served by
a local HTTP server on 127.0.0.1 (a hanging one, a 500, a 404, a 2 GB body
streamed for ever, a login page, a page without text).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from corpus import write_corpus

STORYLINE = [sys.executable, "-m", "storyline.cli"]

#: The CLI as a user runs it, but with the URL fetcher's limits shrunk so a
#: hanging server costs a second, not the default 20 s read timeout. Nothing
#: else differs from ``python -m storyline.cli``.
SHORT_FETCH = (
    "import sys; from storyline.stages.ingest import urls; "
    "urls.DEFAULT_FETCHER.read_timeout = 1.0; urls.DEFAULT_FETCHER.connect_timeout = 2.0; "
    "urls.DEFAULT_FETCHER.deadline = 5.0; "
    "from storyline.cli import main; sys.exit(main())"
)

RUSSIAN = (
    "Переговоры в Эр-Рияде\n"
    "Министр иностранных дел России Сергей Лавров встретился с госсекретарём США "
    "Марко Рубио во вторник в Эр-Рияде. «Мы договорились восстановить работу посольств», "
    "сказал Лавров журналистам после встречи. Стороны обсудили экономическое сотрудничество "
    "и подготовку встречи президентов. По словам Рубио, переговоры были полезными, "
    "но до мира на Украине ещё далеко.\n"
)

ENGLISH_PAGE = (
    "Harbour Daily\n"
    "Tide gauge at Port Selwick replaced after storm\n"
    "Published March 5, 2026\n"
    "Engineers replaced the tide gauge at Port Selwick on Wednesday after a storm damaged it, "
    "the harbour authority said.\n"
    '"The new gauge reports every minute," harbour engineer Lena Ostrova said.\n'
    "The old gauge had worked since 1987, according to the authority.\n"
)

LONG_WORDS = (
    "The council met again on Thursday to discuss the budget for the coming year",
    "officials said the harbour works would continue through the summer months",
    "residents asked whether the ferry timetable would change after the repairs",
    "the mayor said that the town would publish the full report next week",
)


def _long_article(words: int) -> str:
    """A plain article of about ``words`` words, in paragraphs of ten sentences."""
    rng = random.Random(9)
    out: list[str] = ["The Long Read", "A very long report on the harbour budget", ""]
    count = 0
    paragraph: list[str] = []
    while count < words:
        sentence = rng.choice(LONG_WORDS)
        paragraph.append(sentence[0].upper() + sentence[1:] + ".")
        count += len(sentence.split())
        if len(paragraph) == 10:
            out.append(" ".join(paragraph))
            paragraph = []
    out.append(" ".join(paragraph))
    return "\n".join(out) + "\n"


def _warc_bytes(compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for n in range(3):
        body = (
            f"<html><head><title>Quay {n}</title></head><body><article><h1>Quay {n}</h1>"
            f"<p>{ENGLISH_PAGE.replace(chr(10), '</p><p>')} Record {n}.</p></article>"
            "</body></html>"
        ).encode()
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://quay.example/{n}", "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return buf.getvalue()


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data).to_bytes(4, "big")
        return len(data).to_bytes(4, "big") + kind + data + crc

    ihdr = (4).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("article.txt", ENGLISH_PAGE)
    return buf.getvalue()


LOGIN_PAGE = """<!doctype html><html><head><title>Sign in</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<form action="/login" method="post"><h1>Sign in to continue</h1>
<label>Email <input name="email"></label><label>Password <input type="password"></label>
<button>Sign in</button><a href="/forgot">Forgot your password?</a></form>
<footer>© 2026 Example Media. All rights reserved. Privacy. Terms.</footer></body></html>"""

NOT_FOUND_PAGE = """<!doctype html><html><head><title>404 Not Found</title></head><body>
<h1>Page not found</h1><p>Sorry, we couldn't find that page.</p>
<a href="/">Back to the homepage</a></body></html>"""

NO_TEXT_PAGE = """<!doctype html><html><head><title></title>
<script>var tracker = {id: 42}; function boot() { return tracker; }</script>
<style>body { margin: 0 }</style></head><body><div id="app"></div>
<img src="hero.jpg"><script>boot()</script></body></html>"""


def build_bad_corpus(folder: Path, big: Path | None = None) -> dict[str, str]:
    """Write the bad-input corpus into ``folder``; return {relative path: expectation}.

    ``expectation`` is "error" (listed among the failures), "stored" (gives an
    article) or "either" (a clear error or a sensible article, both fine).
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    kinds: dict[str, str] = {}

    def put(name: str, data: bytes | str, expect: str) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        kinds[name] = expect
        return path

    put("empty.txt", b"", "error")
    put("whitespace.txt", b"  \n\t\r\n   \n", "error")
    put("binary.txt", rng.randbytes(64 * 1024), "error")
    put(
        "invalid_utf8.txt",
        b"Harbour \xff\xfe\xfa news \xc3\x28 \xa0\xa1" * 3 + rng.randbytes(512),
        "error",
    )
    put("cp1251_russian.txt", RUSSIAN.encode("cp1251"), "stored")
    put("utf16_bom.txt", codecs.BOM_UTF16_LE + ENGLISH_PAGE.encode("utf-16-le"), "stored")
    put("nul_bytes.txt", ENGLISH_PAGE.encode().replace(b" ", b"\x00"), "error")
    put("truncated.txt.gz", gzip.compress(ENGLISH_PAGE.encode() * 50)[:200], "error")
    warc_gz = _warc_bytes(compress=True)
    # Cut inside the last record's gzip member (a cut between members is a valid file).
    put("truncated.warc.gz", warc_gz[:-150], "error")
    warc = _warc_bytes(compress=False)
    put("garbled.warc", warc[:400] + rng.randbytes(2000) + warc[400:], "error")
    put("not_warc.warc", b"WARC/1.0\r\nthis is not a record\r\n\r\n" + rng.randbytes(300), "error")
    depth = 30_000
    put(
        "deep_nesting.html",
        "<html><body>" + "<div>" * depth + "Deep text." + "</div>" * depth + "</body></html>",
        "either",
    )
    put(
        "broken.jsonl",
        "\n".join(
            [
                '{"id": "ok-1", "body": "Ferry crews at Port Selwick returned to work on '
                'Friday after the union accepted a new pay offer, the company said."}',
                '{"id": "cut", "body": "Ferry crews at',
                "[1, 2, 3]",
                '"just a string"',
                "null",
                '{"id": "n", "body": 42}',
                '{"id": {"nested": true}, "text": ["a", "list"]}',
                '{"id": "e", "body": ""}',
                "\x00\x01\x02",
                '{"id": "n2", "body": null, "title": 7}',
                "[" * 100_000 + "]" * 100_000,
                '{"id": "big", "body": ' + "9" * 5000 + "}",
                '{"id": "sep", "body": "A line\u2028with a separator\u0085inside."}',
                '{"id": "sur", "body": "A lone surrogate \\ud800 in a JSON escape."}',
            ]
        )
        + "\n",
        "error",
    )
    put(
        "not_rss.xml",
        '<?xml version="1.0"?><catalog><book id="b1"><title>XML Guide</title></book></catalog>',
        "error",
    )
    put("fake.rss", "This is not a feed at all, just some words.\n", "error")
    put(
        "broken_feed.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Cut',
        "either",
    )
    put("archive.zip", _zip(), "error")
    put("image.png", _png(), "error")
    put("image_named.txt", _png(), "error")
    put("login.html", LOGIN_PAGE, "either")
    put("not_found.html", NOT_FOUND_PAGE, "either")
    put("no_text.html", NO_TEXT_PAGE, "error")
    put("one_word.txt", "Hello\n", "either")
    put("long_article.txt", _long_article(100_000), "error")
    # Symlinks: a loop of folders and a link to nothing.
    (folder / "loop").mkdir()
    os.symlink("..", folder / "loop" / "up")
    os.symlink(folder / "loop", folder / "loop" / "self")
    os.symlink(folder / "does-not-exist.txt", folder / "dangling.txt")
    kinds["dangling.txt"] = "error"
    # A file that cannot be read, even by root: the kernel refuses reads of
    # another process's memory at offset 0 (EIO), whoever asks.
    if Path("/proc/self/mem").exists():
        os.symlink("/proc/self/mem", folder / "unreadable_proc.txt")
        kinds["unreadable_proc.txt"] = "error"
    # A named pipe: reading it would block for ever.
    os.mkfifo(folder / "fifo.txt")
    kinds["fifo.txt"] = "error"
    unreadable = put("unreadable.txt", ENGLISH_PAGE.replace("Wednesday", "Thursday"), "error")
    unreadable.chmod(0)
    if os.geteuid() == 0:
        # chmod does not stop root; the /proc and FIFO cases above cover it.
        kinds["unreadable.txt"] = "stored"
    if big is not None:
        with big.open("wb") as fh:
            chunk = b"word " * (1024 * 1024 // 5)
            written = 0
            while written < 200 * 1024 * 1024:
                fh.write(chunk)
                written += len(chunk)
        kinds[str(big)] = "error"
    return kinds


# -- a local web server: slow, broken and endless pages ------------------------

GOOD_URL_PAGE = (
    "<!doctype html><html><head><title>Quay wall repaired at Brisk Harbour</title></head>"
    "<body><article><h1>Quay wall repaired at Brisk Harbour</h1>"
    "<p>Workers finished repairing the quay wall at Brisk Harbour on Tuesday, three weeks "
    "after a storm tore a hole in it, the harbour board said.</p>"
    '<p>"Boats can moor on the east side again," harbourmaster Olek Varga said. '
    "The repairs cost about 40,000 euros, according to the board.</p></article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # a body without length ends when the connection closes
    stop = threading.Event()

    def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _endless(self, declare: bool) -> None:
        """A 2 GB body, streamed until the client hangs up."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if declare:
            self.send_header("Content-Length", str(2 * 1024**3))
        self.end_headers()
        chunk = b"<p>" + b"more words " * 6000 + b"</p>\n"
        sent = 0
        try:
            while sent < 2 * 1024**3 and not self.stop.is_set():
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:  # the client cut it: that is the point
            pass

    def do_GET(self) -> None:  # noqa: N802
        path = self.path
        if path == "/robots.txt":
            self._send(404, b"", "text/plain")
        elif path == "/article":
            self._send(200, GOOD_URL_PAGE.encode())
        elif path == "/hang":
            self.stop.wait(60)  # never answers while the test runs
        elif path == "/error500":
            self._send(500, b"<html><body><h1>Internal Server Error</h1></body></html>")
        elif path == "/missing":
            self._send(404, NOT_FOUND_PAGE.encode())
        elif path == "/huge-declared":
            self._endless(declare=True)
        elif path == "/huge-stream":
            self._endless(declare=False)
        elif path == "/login":  # not the same bytes as login.html, or it is a duplicate
            self._send(200, LOGIN_PAGE.replace("continue", "read on").encode())
        elif path == "/notext":
            self._send(200, NO_TEXT_PAGE.replace("42", "43").encode())
        else:
            self._send(404, b"no such page")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    _Handler.stop.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        _Handler.stop.set()
        httpd.shutdown()
        httpd.server_close()


URL_KINDS = {
    "/article": "stored",
    "/hang": "error",
    "/error500": "error",
    "/missing": "error",
    "/huge-declared": "error",
    "/huge-stream": "error",
    "/login": "either",
    "/notext": "error",
}


def _failures(stderr: str) -> list[tuple[str, str]]:
    """(source, reason) of each line of the end-of-run failure summary."""
    lines = stderr.splitlines()
    start = next(i for i, line in enumerate(lines) if "input(s) failed:" in line)
    rows = []
    for line in lines[start + 1 :]:
        if not line.startswith("  "):
            break
        # A source may hold ':' (URL, "file:LINE"); the reason follows the last ': '
        # that comes after the source's own text.
        source, _, reason = line.strip().rpartition(": ")
        while source and not Path(source.split("#")[0].split(" (")[0]).exists() and ": " in source:
            source, _, more = source.rpartition(": ")
            reason = f"{more}: {reason}"
        rows.append((source, reason))
    return rows


def test_bad_input_corpus_through_the_cli(tmp_path: Path, server: str) -> None:
    bad = tmp_path / "bad"
    big = tmp_path / "huge_single_line.txt"
    kinds = build_bad_corpus(bad, big)
    good = write_corpus(tmp_path / "good")
    assert len(kinds) + len(URL_KINDS) >= 30
    urls = [server + path for path in URL_KINDS]
    db = tmp_path / "s.db"
    started = time.monotonic()
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            SHORT_FETCH,
            "analyze",
            str(bad),
            str(good),
            str(big),
            *urls,
            "--db",
            str(db),
        ],
        capture_output=True,
        text=True,
        timeout=170,
    )
    elapsed = time.monotonic() - started
    output = run.stdout + run.stderr
    # No Python traceback reaches the user; the run finished; exit code 1 as documented.
    assert "Traceback" not in output and 'File "' not in output, output
    assert run.returncode == 1, output
    assert "new article(s)" in run.stderr, output
    assert elapsed < 150

    failures = _failures(run.stderr)
    failed_sources = [src for src, _ in failures]
    # Each failure is listed once, with a reason.
    assert len(failed_sources) == len(set(failed_sources)), failures
    assert all(reason.strip() for _, reason in failures)

    subprocess.run(
        [*STORYLINE, "export", "--db", str(db), "--out", str(tmp_path / "out")],
        check=True,
        capture_output=True,
    )
    articles = [
        json.loads(line)
        for line in (tmp_path / "out" / "articles.jsonl").read_text("utf-8").split("\n")
        if line
    ]
    stored = {a["source"].split("#")[0] for a in articles}

    def where(name: str) -> str:
        return name if name.startswith(("/", "http")) else str(bad / name)

    def is_failed(source: str) -> bool:
        return any(
            f == source or f.startswith((source + ":", source + " (")) for f in failed_sources
        )

    expectations = dict(kinds) | {server + p: e for p, e in URL_KINDS.items()}
    for name, expect in expectations.items():
        source = where(name)
        if expect == "error":
            assert is_failed(source), (name, failures)
        elif expect == "stored":
            assert source in stored, (name, failures)
        else:
            assert is_failed(source) or source in stored, (name, failures)

    # Good input in the same batch is all stored.
    for path in good.iterdir():
        assert str(path) in stored, path
    bodies = {a["source"]: a["body"] for a in articles}
    assert "Лавров" in bodies[str(bad / "cp1251_russian.txt")]  # cp1251 decoded, not refused
    assert "tide gauge" in bodies[str(bad / "utf16_bom.txt")]
    jsonl = [a for a in articles if a["source"] == str(bad / "broken.jsonl")]
    assert {a["external_id"] for a in jsonl} == {"ok-1", "sep", "sur"}
    assert len([a for a in articles if a["source"].startswith(str(bad / "truncated.warc.gz"))]) == 2
    # Broken JSONL lines are each named by line number.
    assert sum(src.startswith(str(bad / "broken.jsonl") + ":") for src in failed_sources) == 11

    reasons = dict(failures)
    assert "too large" in reasons[str(big)]
    assert "too long" in reasons[str(bad / "long_article.txt")]
    assert "named pipe" in reasons[str(bad / "fifo.txt")]
    assert "timed out" in reasons[server + "/hang"]
    assert "500" in reasons[server + "/error500"]
    assert "404" in reasons[server + "/missing"]
    assert "too large" in reasons[server + "/huge-declared"]
    assert "too large" in reasons[server + "/huge-stream"]
    assert "not a WARC" in reasons[str(bad / "not_warc.warc")]
    assert "truncated" in reasons[str(bad / "truncated.warc.gz")]

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()

    # Running it again changes nothing and still lists the failures.
    again = subprocess.run(
        [sys.executable, "-c", SHORT_FETCH, "analyze", str(bad), str(good), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "0 new article(s)" in again.stderr


def test_debug_flag_shows_the_traceback_of_an_internal_error(tmp_path: Path) -> None:
    """Without --debug an internal error is one line and exit 4; with it, the traceback."""
    code = (
        "import sys; from storyline import api\n"
        "def boom(*a, **k): raise RuntimeError('boom')\n"
        "api.analyze = boom\n"
        "from storyline.cli import main; sys.exit(main())"
    )
    text = tmp_path / "a.txt"
    text.write_text(ENGLISH_PAGE, encoding="utf-8")
    args = ["analyze", str(text), "--db", str(tmp_path / "s.db")]
    plain = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    assert plain.returncode == 4
    assert "internal error" in plain.stderr and "Traceback" not in plain.stderr
    debug = subprocess.run(
        [sys.executable, "-c", code, "--debug", *args], capture_output=True, text=True
    )
    assert debug.returncode == 4 and "Traceback" in debug.stderr


def test_unreadable_file_without_root(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop reads (see /proc and FIFO cases)")
    from storyline.stages.ingest import read_file

    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH_PAGE, encoding="utf-8")
    path.chmod(0)
    try:
        (err,) = read_file(path)
        assert err.source == str(path) and "cannot read" in err.reason
    finally:
        path.chmod(0o644)
