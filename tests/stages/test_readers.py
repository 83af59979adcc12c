"""More readers: WARC, RSS/Atom and URLs, on inputs the tests build themselves.

WARC files are written with warcio's writer, feeds are written by hand, and
URLs are served by a local HTTP server started here on 127.0.0.1; nothing
touches the internet.
"""

from __future__ import annotations

import gzip
import html
import io
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.records import Document, IngestError
from storyline.stages.ingest import (
    Fetcher,
    UrlInput,
    WarcStats,
    iter_input_files,
    iter_warc,
    read_file,
    read_input,
    read_url,
)
from storyline.stages.ingest.feeds import html_to_text, looks_like_feed
from storyline.stages.ingest.urls import USER_AGENT, decode_web_text

# -- made-up news, long enough for trafilatura ------------------------------

HARBOUR = (
    "The harbour at Velmora reopened to cargo ships on Monday after a three-week "
    "closure caused by a collapsed breakwater, the port authority said. "
    "Harbour master Ilse Rantanen told reporters that the first vessel, a grain "
    "carrier from Ostrava Bay, docked shortly after dawn and that twelve more "
    "ships were expected by the end of the week. Repairs to the breakwater cost "
    "about 4.2 million crowns and were finished two days ahead of schedule, "
    "according to the regional transport office. Local fishermen, who had been "
    "forced to land their catch at the smaller port of Kessel, welcomed the news. "
    '"We lost almost a month of sales," said Tomas Varga, who runs a family '
    'trawler. "Now we can finally bring the boats home." The authority said it '
    "would publish a full report on the collapse next month, including an "
    "assessment of whether the winter storms had been underestimated when the "
    "structure was designed in the 1970s. Engineers have already recommended "
    "raising the outer wall by two metres and adding a second line of concrete "
    "blocks to absorb the force of the waves during the worst storms of the year."
)
ORCHARD = (
    "Apple growers in the Tarn valley expect their largest harvest in a decade, "
    "the valley cooperative announced on Thursday, after a mild spring and a "
    "late summer with steady rain. Cooperative chair Marguerite Okafor said the "
    "members had picked more than 18,000 tonnes by the middle of September, and "
    "that the season still had three weeks to run. Prices at the regional market "
    "fell by eleven percent in response, which worried some smaller farms that "
    'had borrowed to replant old orchards. "A big harvest is good news only if '
    'we can sell it," Okafor said, adding that the cooperative had signed new '
    "contracts with two juice makers and a cider house in the north. The "
    "agriculture ministry said it would extend a storage subsidy for another "
    "year so that growers could hold part of the crop until winter, when prices "
    "usually recover. Seasonal workers from the coast have been hired in larger "
    "numbers than usual, and several villages have opened school halls as "
    "temporary lodging while the picking season lasts into late October."
)
BRIDGE = (
    "The city council of Marlow Heights voted on Wednesday to close the old iron "
    "bridge over the Senna river to cars from next spring, after an inspection "
    "found corrosion in four of its twelve main girders. Mayor Daniel Achebe said "
    "the bridge would stay open to pedestrians and cyclists while engineers draw "
    "up plans for a replacement, which could take up to three years to build. "
    "Traffic will be diverted over the ring road, adding about ten minutes to a "
    "typical commute, according to the council's transport department. \"Safety "
    'comes first, even if it is inconvenient," Achebe told the council chamber. '
    "Shop owners on the river street said they feared losing customers during the "
    "long works, and asked the council for a temporary parking area near the old "
    "market square. The council agreed to study the request and to report back "
    "before the end of the year, together with a first estimate of the cost of "
    "the new bridge, which local newspapers have put at around thirty million."
)


def page(title: str, body: str, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
        f"<p>{body}</p></article><footer>Contact us</footer></body></html>"
    )


# -- WARC ------------------------------------------------------------------


def _response(writer: WARCWriter, url: str, body: bytes, status: str, ctype: str | None):
    headers = [("Content-Type", ctype)] if ctype else []
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    return writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": "2026-03-12T08:30:00Z"},
    )


def write_warc(path: Path, compress: bool) -> None:
    """warcinfo, then per page a request and a response, plus records to skip."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        pages = [
            ("https://harbour.example/reopens", page("Harbour reopens", HARBOUR), None),
            (
                "https://valley.example/harvest",
                page("Record harvest", ORCHARD + " Café prices rose.", "iso-8859-1").encode(
                    "latin-1"
                ),
                "text/html",
            ),
        ]
        for url, body, ctype in pages:
            request = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "x")], protocol="HTTP/1.1", is_http_request=True
            )
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                          http_headers=request)
            )  # fmt: skip
            data = body if isinstance(body, bytes) else body.encode("utf-8")
            writer.write_record(
                _response(writer, url, data, "200 OK", ctype or "text/html; charset=utf-8")
            )
        writer.write_record(
            _response(writer, "https://x.example/logo.png", b"\x89PNG\r\n", "200 OK", "image/png")
        )
        writer.write_record(
            _response(writer, "https://x.example/gone", b"<html>gone</html>", "404 Not Found",
                      "text/html")
        )  # fmt: skip
        writer.write_record(
            _response(writer, "https://x.example/moved", b"", "301 Moved", "text/html")
        )
        metadata = writer.create_warc_record(
            "https://harbour.example/reopens", "metadata", payload=io.BytesIO(b"fetchTimeMs: 12")
        )
        writer.write_record(metadata)
        writer.write_record(
            _response(writer, "https://x.example/notes.txt", b"Plain notes here.", "200 OK",
                      "text/plain")
        )  # fmt: skip


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_response_records_become_documents(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_warc(path, compress=name.endswith(".gz"))
    stats = WarcStats()
    items = list(iter_warc(path, stats))
    assert all(isinstance(i, Document) for i in items), items
    assert [d.url for d in items] == [
        "https://harbour.example/reopens",
        "https://valley.example/harvest",
        "https://x.example/notes.txt",
    ]
    assert [d.form for d in items] == ["html", "html", "text"]
    assert all(d.fetched == "2026-03-12T08:30:00Z" for d in items)
    assert all(d.source.startswith(f"{path}#") for d in items)
    assert len({d.source for d in items}) == 3
    # The offset in the source is where the record starts.
    offset = int(items[0].source.rsplit("#", 1)[1])
    head = path.read_bytes()[offset : offset + 2]
    assert head == (b"\x1f\x8b" if name.endswith(".gz") else b"WA")
    # Charset from <meta> (and the HTTP header): Latin-1 decoded correctly.
    assert "Café prices" in items[1].content and "\ufffd" not in items[1].content
    assert stats.documents == 3
    assert stats.skipped == Counter(
        {"warcinfo": 1, "request": 2, "not HTML": 1, "HTTP 404": 1, "HTTP 301": 1, "metadata": 1}
    )
    # read_file picks the same reader by name; re-reading gives the same ids.
    assert [d.id for d in read_file(path)] == [d.id for d in items]


def test_truncated_gzip_warc_gives_partial_documents_and_one_error(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, compress=True)
    data = whole.read_bytes()
    full = [d.source.rsplit("#", 1)[1] for d in read_file(whole)]
    # Cut inside the second page's response record.
    cut = int(full[1]) + 40
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data[:cut])
    items = read_file(broken)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [d.url for d in docs] == ["https://harbour.example/reopens"]
    assert len(errors) == 1 and errors[0].source == str(broken)
    assert "truncated" in errors[0].reason
    assert items[-1] is errors[0]


def test_truncated_plain_warc_and_garbage(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, compress=False)
    data = whole.read_bytes()
    second = int([d.source.rsplit("#", 1)[1] for d in read_file(whole)][1])
    for cut in (second + 300, second + 5):  # inside the payload; inside the headers
        broken = tmp_path / f"cut{cut}.warc"
        broken.write_bytes(data[:cut])
        items = read_file(broken)
        assert [type(i) for i in items] == [Document, IngestError], (cut, items)
        assert "truncated" in items[-1].reason or "garbled" in items[-1].reason
        assert "1 document read before it" in items[-1].reason

    cases = {
        "text.warc": b"this is not a WARC file at all\n",
        "zip.warc.gz": b"\x1f\x8b\x08\x00" + b"garbage" * 20,
        "badlen.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\nxx",
        "empty.warc": b"",
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        items = read_file(path)
        assert len(items) == 1 and isinstance(items[0], IngestError), (name, items)
        assert items[0].source == str(path)


def test_warc_found_by_content_and_other_gz_refused(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.bin"
    write_warc(warc, compress=True)
    assert len([i for i in read_file(warc) if isinstance(i, Document)]) == 3
    other = tmp_path / "logs.gz"
    other.write_bytes(gzip.compress(b"server log lines\n"))
    (err,) = read_file(other)
    assert isinstance(err, IngestError) and "unknown file type" in err.reason


# -- RSS / Atom ------------------------------------------------------------

SUMMARY = html.escape(
    "<p>The council voted to close the <b>old iron bridge</b>.</p><p>Works start in spring.</p>"
)
RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>The Valley Courier</title>
  <link>https://courier.example/</link>
  <language>en-gb</language>
  <item>
    <title>Record harvest in the Tarn valley</title>
    <link>https://courier.example/harvest</link>
    <guid>courier-101</guid>
    <pubDate>Thu, 12 Mar 2026 08:00:00 GMT</pubDate>
    <description>Growers expect the largest harvest in a decade.</description>
    <content:encoded><![CDATA[<p>{ORCHARD}</p>]]></content:encoded>
  </item>
  <item>
    <title>Bridge to close to cars</title>
    <link>https://courier.example/bridge</link>
    <pubDate>Wed, 11 Mar 2026 17:45:00 +0100</pubDate>
    <description>{SUMMARY}</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Gazette</title>
  <id>urn:gazette</id>
  <updated>2026-03-02T10:00:00Z</updated>
  <entry>
    <title>Harbour reopens</title>
    <link rel="alternate" href="https://gazette.example/harbour"/>
    <id>urn:gazette:1</id>
    <updated>2026-03-02T10:00:00Z</updated>
    <content type="html">&lt;p&gt;The harbour at Velmora reopened.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Breakwater report due</title>
    <link href="https://gazette.example/report"/>
    <id>urn:gazette:2</id>
    <published>2026-02</published>
    <updated>2026-03-01T09:00:00Z</updated>
    <summary>The authority will publish a report next month.</summary>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <id>urn:gazette:3</id>
    <updated>2026-03-03T09:00:00Z</updated>
    <content type="text">Ships queued outside the harbour overnight.</content>
  </entry>
</feed>
"""


def test_rss_items_with_and_without_full_content(tmp_path: Path) -> None:
    path = tmp_path / "courier.rss"
    path.write_text(RSS, encoding="utf-8")
    items = read_file(path)
    assert all(isinstance(i, Document) for i in items), items
    full, summary = items
    assert full.form == "html" and "18,000 tonnes" in full.content
    assert full.title == "Record harvest in the Tarn valley"
    assert full.url == "https://courier.example/harvest"
    assert full.outlet == "The Valley Courier" and full.language == "en"
    assert full.published == "2026-03-12T08:00:00+00:00"
    assert full.external_id == "courier-101" and full.source == str(path)
    assert summary.form == "body" and summary.external_id is None
    assert (
        summary.content
        == "The council voted to close the old iron bridge.\n\nWorks start in spring."
    )
    assert summary.published == "2026-03-11T16:45:00+00:00"
    assert [d.record_index for d in items] == [0, 1]
    assert full.fetched is None  # read from disk: no fetch time is invented
    assert [d.id for d in read_file(path)] == [d.id for d in items]


def test_atom_entries_and_feed_detected_by_content(tmp_path: Path) -> None:
    path = tmp_path / "gazette.xml"
    path.write_text(ATOM, encoding="utf-8")
    rich, summary, text = read_file(path)
    assert rich.form == "html" and "Velmora" in rich.content
    assert rich.outlet == "Harbour Gazette" and rich.url == "https://gazette.example/harbour"
    assert rich.published == "2026-03-02T10:00:00Z"  # updated, when no published
    assert summary.form == "body" and summary.published == "2026-02"  # partial kept
    assert text.form == "body" and text.content == "Ships queued outside the harbour overnight."
    # A feed without a feed extension is still found by its content.
    odd = tmp_path / "gazette.feed"
    odd.write_text(ATOM, encoding="utf-8")
    assert len(read_file(odd)) == 3
    assert looks_like_feed(b"<?xml version='1.0'?>\n<!-- c -->\n<rdf:RDF xmlns:rdf='x'>")


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    cases = {
        "config.xml": "<?xml version='1.0'?><config><item>1</item></config>",
        "broken.rss": "<rss><channel><title>x</title><item><title>",
        "text.atom": "just some words",
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        items = read_file(path)
        assert len(items) == 1 and isinstance(items[0], IngestError), (name, items)
        assert items[0].source == str(path)
    assert "not an RSS/Atom feed" in read_file(tmp_path / "config.xml")[0].reason
    empty = tmp_path / "empty.rss"
    empty.write_text('<rss version="2.0"><channel><title>T</title></channel></rss>')
    assert "no items" in read_file(empty)[0].reason


def test_html_to_text_keeps_paragraphs_drops_scripts() -> None:
    assert html_to_text("<p>One &amp; two</p><script>x()</script><p>Three</p>") == (
        "One & two\n\nThree"
    )


# -- URLs ------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    hits: Counter[str] = Counter()
    agents: list[str] = []

    def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str | None = "text/html; charset=utf-8",
              length: bool = True, headers: dict | None = None) -> None:  # fmt: skip
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:  # noqa: N802
        type(self).hits[self.path] += 1
        type(self).agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private\n", "text/plain")
        elif path == "/article":
            self._send(200, page("Bridge to close", BRIDGE).encode())
        elif path == "/latin":
            body = page("Harvest", ORCHARD + " Café.", "iso-8859-1").encode("latin-1")
            self._send(200, body, "text/html")
        elif path == "/plain":
            self._send(200, b"Plain words from a text page.", "text/plain; charset=utf-8")
        elif path == "/missing":
            self._send(404, b"<html>not found</html>")
        elif path == "/broken":
            self._send(500, b"<html>oops</html>")
        elif path == "/old":
            self._send(301, b"", headers={"Location": "/article"})
        elif path == "/hop":
            self._send(302, b"", headers={"Location": "/old"})
        elif path == "/loop":
            self._send(302, b"", headers={"Location": "/loop"})
        elif path == "/to-private":
            self._send(302, b"", headers={"Location": "/private/x"})
        elif path.startswith("/private"):
            self._send(200, page("Secret", BRIDGE).encode())
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, page("Slow", BRIDGE).encode())
        elif path == "/big":
            self._send(200, b"<html><body>" + b"x" * 200_000 + b"</body></html>")
        elif path == "/big-stream":  # no Content-Length: the cap must stop the stream
            self._send(200, b"<html><body>" + b"y" * 200_000 + b"</body></html>", length=False)
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif path == "/feed":
            self._send(200, RSS.encode(), "application/rss+xml")
        else:
            self._send(404, b"")


@pytest.fixture()
def server() -> Iterator[str]:
    _Handler.hits = Counter()
    _Handler.agents = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _fetcher(**limits) -> Fetcher:  # noqa: ANN003
    defaults = {"connect_timeout": 2.0, "read_timeout": 2.0, "deadline": 10.0}
    return Fetcher(**{**defaults, **limits})


def test_url_page_fetched_politely(server: str) -> None:
    fetcher = _fetcher()
    before = time.time()
    (doc,) = read_url(f"{server}/article", fetcher)
    assert isinstance(doc, Document)
    assert doc.form == "html" and doc.source == f"{server}/article"
    assert doc.url == f"{server}/article" and "Marlow Heights" in doc.content
    assert doc.fetched is not None and doc.fetched.endswith("+00:00")
    assert "storyline/" in USER_AGENT and all(a == USER_AGENT for a in _Handler.agents)
    # Fetching again: same content, same id (idempotent); robots.txt read once per host.
    (again,) = read_url(f"{server}/article", fetcher)
    assert again.id == doc.id
    assert _Handler.hits["/robots.txt"] == 1
    assert time.time() - before < 10
    (latin,) = read_url(f"{server}/latin", fetcher)
    assert "Café." in latin.content
    (plain,) = read_url(f"{server}/plain", fetcher)
    assert plain.form == "text" and plain.content == "Plain words from a text page."


def test_url_redirects_followed_and_limited(server: str) -> None:
    fetcher = _fetcher()
    (doc,) = read_url(f"{server}/hop", fetcher)
    assert isinstance(doc, Document)
    assert doc.source == f"{server}/hop" and doc.url == f"{server}/article"
    (loop,) = read_url(f"{server}/loop", fetcher)
    assert isinstance(loop, IngestError) and "too many redirects" in loop.reason
    assert _Handler.hits["/loop"] == fetcher.max_redirects + 1


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/private/page", "disallowed by robots.txt"),
        ("/to-private", "disallowed by robots.txt"),
        ("/image", "content type image/png"),
    ],
)
def test_url_errors_name_the_url(server: str, path: str, needle: str) -> None:
    (err,) = read_url(f"{server}{path}", _fetcher())
    assert isinstance(err, IngestError)
    assert err.source == f"{server}{path}"
    assert needle in err.reason, err.reason
    assert _Handler.hits["/private/page"] == 0 and _Handler.hits["/private/x"] == 0


def test_url_timeout_and_size_cap(server: str) -> None:
    started = time.monotonic()
    (slow,) = read_url(f"{server}/slow", _fetcher(read_timeout=0.3))
    assert isinstance(slow, IngestError) and "timed out" in slow.reason
    assert time.monotonic() - started < 1.4
    for path in ("/big", "/big-stream"):
        (big,) = read_url(f"{server}{path}", _fetcher(max_bytes=50_000))
        assert isinstance(big, IngestError) and "too large" in big.reason, big
    (ok,) = read_url(f"{server}/big", _fetcher(max_bytes=300_000))
    assert isinstance(ok, Document)


def test_url_unreachable_and_feed_url(server: str) -> None:
    # A closed port: nothing to connect to (robots.txt first, so the page is never asked).
    with ThreadingHTTPServer(("127.0.0.1", 0), _Handler) as spare:
        port = spare.server_address[1]
    (err,) = read_url(f"http://127.0.0.1:{port}/article", _fetcher())
    assert isinstance(err, IngestError) and "cannot connect" in err.reason
    for bad in ("http://", "https://[::1"):
        (err,) = read_url(bad, _fetcher())
        assert isinstance(err, IngestError) and err.reason == "not a valid URL"
    docs = read_url(f"{server}/feed", _fetcher())
    assert [d.form for d in docs] == ["html", "body"]
    assert all(d.source == f"{server}/feed" and d.fetched for d in docs)


def test_urls_flow_through_input_expansion(server: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Words.", encoding="utf-8")
    entries = list(iter_input_files([tmp_path, f"{server}/article"]))
    assert entries == [tmp_path / "a.txt", UrlInput(f"{server}/article")]
    (doc,) = read_input(entries[1], _fetcher())
    assert isinstance(doc, Document) and doc.url == f"{server}/article"
    (from_file_api,) = read_file(f"{server}/article")
    assert from_file_api.id == doc.id


def test_decode_web_text_fallbacks() -> None:
    assert decode_web_text("é".encode("cp1252"), "text/html; charset=windows-1252") == "é"
    assert decode_web_text(b"<meta charset='bogus'>\xff", None).endswith("\ufffd")
    assert decode_web_text("é".encode(), "text/html; charset=nonsense") == "é"


# -- end to end ------------------------------------------------------------


@pytest.mark.slow
def test_analyze_warc_feed_and_url_end_to_end(server: str, tmp_path: Path) -> None:
    import storyline

    warc = tmp_path / "news.warc.gz"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(
            _response(writer, "https://harbour.example/reopens",
                      page("Harbour reopens", HARBOUR).encode(), "200 OK", "text/html")
        )  # fmt: skip
    feed = tmp_path / "courier.rss"
    feed.write_text(RSS, encoding="utf-8")
    db = tmp_path / "news.db"
    url = f"{server}/article"
    summary = storyline.analyze([warc, feed, url], db)
    assert summary.errors == [], summary.errors
    assert summary.files == 3 and summary.new_articles == 4
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT source, url, outlet, body FROM articles").fetchall()
    by_url = {r[1]: r for r in rows}
    assert set(by_url) == {
        "https://harbour.example/reopens",
        "https://courier.example/harvest",
        "https://courier.example/bridge",
        url,
    }
    assert by_url[url][0] == url and "Marlow Heights" in by_url[url][3]
    assert by_url["https://harbour.example/reopens"][0].startswith(f"{warc}#")
    assert "Velmora" in by_url["https://harbour.example/reopens"][3]
    assert by_url["https://courier.example/harvest"][2] == "The Valley Courier"
    assert "18,000 tonnes" in by_url["https://courier.example/harvest"][3]
    # Running again on the same inputs adds nothing (the URL is fetched again).
    again = storyline.analyze([warc, feed, url], db)
    assert again.new_articles == 0 and again.errors == []
