"""Fetch ``http(s)://`` inputs politely: one page per URL, never a crawl.

Politeness: a descriptive User-Agent, connect/read timeouts plus an overall
deadline, a size cap that aborts the download beyond it, robots.txt
honoured (fetched once per host, with the same limits; RFC 9309: a missing
robots.txt allows everything, 401/403 or an unreachable one disallows),
and at most :data:`MAX_REDIRECTS` redirects, each hop checked against its
own host's robots.txt.

A page becomes ``Document(form="html" | "text", source=url, url=final_url,
fetched=now)``; its id is the hash of form and content, so fetching an
unchanged page again adds nothing. A feed URL (RSS/Atom content type) is
read by :mod:`.feeds`. Anything else is an ``IngestError`` naming the URL.
"""

from __future__ import annotations

import codecs
import re
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from storyline import __version__
from storyline.records import Document, IngestError, content_id

USER_AGENT = f"storyline/{__version__} (+https://example.invalid/storyline)"
CONNECT_TIMEOUT = 20.0
READ_TIMEOUT = 20.0
#: Whole request (headers and body) must finish within this many seconds.
DEADLINE = 120.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
#: How long a host's robots.txt is trusted before it is fetched again.
ROBOTS_TTL = 3600.0

HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}
FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
}

Item = Document | IngestError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)["']""")


@dataclass(frozen=True, slots=True)
class UrlInput:
    """An ``http(s)://`` input as given on the command line."""

    url: str

    def __str__(self) -> str:
        return self.url


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def _charset_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _known(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def decode_web_text(data: bytes, content_type: str | None = None) -> str:
    """Decode a web payload: BOM, HTTP charset, <meta>/XML charset, else UTF-8.

    Never fails: undecodable bytes become U+FFFD.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    encoding = _known(_charset_of(content_type))
    if encoding is None:
        head = data[:4096]
        found = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
        encoding = _known(found.group(1).decode("ascii", "ignore")) if found else None
    if encoding in (None, "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        # A declared UTF-16 without a BOM on an ASCII-compatible page is a lie.
        encoding = "utf-8"
    if encoding in ("ascii", "iso8859-1", "latin-1"):
        # As browsers do: these labels mean windows-1252.
        encoding = "cp1252"
    return data.decode(encoding, errors="replace")


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


class FetchError(Exception):
    """A fetch that must not go on; the message is the IngestError reason."""


@dataclass
class Fetcher:
    """Fetches pages; keeps one robots.txt per host. Limits are configurable for tests."""

    user_agent: str = USER_AGENT
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    deadline: float = DEADLINE
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    robots_ttl: float = ROBOTS_TTL
    #: Honour HTTP(S)_PROXY / NO_PROXY / SSL_CERT_FILE from the environment.
    trust_env: bool = True
    _robots: dict[str, tuple[float, urllib.robotparser.RobotFileParser | str]] = field(
        default_factory=dict, repr=False
    )
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _client(self) -> httpx.Client:
        timeout = httpx.Timeout(
            connect=self.connect_timeout,
            read=self.read_timeout,
            write=self.read_timeout,
            pool=self.connect_timeout,
        )
        return httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": self.user_agent},
            trust_env=self.trust_env,
        )

    # -- low level -------------------------------------------------------
    def _get(self, client: httpx.Client, url: str) -> tuple[httpx.Response, bytes]:
        """One GET without following redirects; the body is capped and time-boxed."""
        started = time.monotonic()
        try:
            with client.stream("GET", url) as response:
                if response.is_redirect:
                    return response, b""
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(
                        f"response too large ({declared} bytes; limit {self.max_bytes})"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(
                            f"response too large (over {self.max_bytes} bytes; download aborted)"
                        )
                    if time.monotonic() - started > self.deadline:
                        raise FetchError(f"timed out (over {self.deadline:g} s in total)")
                    chunks.append(chunk)
                return response, b"".join(chunks)
        except httpx.TimeoutException as exc:
            kind = "connect" if isinstance(exc, httpx.ConnectTimeout) else "read"
            limit = self.connect_timeout if kind == "connect" else self.read_timeout
            raise FetchError(f"timed out ({kind} timeout {limit:g} s)") from exc
        except httpx.TooManyRedirects as exc:  # pragma: no cover - we follow by hand
            raise FetchError("too many redirects") from exc
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, ValueError) as exc:
            raise FetchError(f"fetch failed: {type(exc).__name__}: {exc}") from exc

    # -- robots.txt ------------------------------------------------------
    def _robots_for(self, client: httpx.Client, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        with self._lock:
            cached = self._robots.get(key)
        if cached and time.monotonic() - cached[0] < self.robots_ttl:
            value = cached[1]
        else:
            value = self._load_robots(client, key)
            with self._lock:
                self._robots[key] = (time.monotonic(), value)
        if isinstance(value, str):
            raise FetchError(value)
        return value

    def _load_robots(
        self, client: httpx.Client, origin: str
    ) -> urllib.robotparser.RobotFileParser | str:
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        url = origin + "/robots.txt"
        try:
            for _ in range(self.max_redirects + 1):
                response, body = self._get(client, url)
                if not response.is_redirect:
                    break
                url = urljoin(url, response.headers.get("location", ""))
            else:
                parser.allow_all = True  # RFC 9309: too many redirects = unavailable
                return parser
        except FetchError as exc:
            cause = exc.__cause__
            if isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout):
                return f"cannot connect to {origin}: {cause or exc}"
            return f"robots.txt unreachable, not fetching ({exc})"
        status = response.status_code
        if status in (401, 403):
            parser.disallow_all = True
        elif 400 <= status < 500:
            parser.allow_all = True
        elif status >= 500:
            return f"robots.txt unreachable, not fetching (HTTP {status})"
        else:
            parser.parse(decode_web_text(body, "text/plain; charset=utf-8").splitlines())
        return parser

    def allowed(self, client: httpx.Client, url: str) -> bool:
        return self._robots_for(client, url).can_fetch(self.user_agent, url)

    # -- one page --------------------------------------------------------
    def fetch(self, url: str) -> tuple[str, httpx.Response, bytes]:
        """(final url, response, body) after robots checks and redirects, or FetchError."""
        try:
            valid = bool(urlsplit(url).hostname)
        except ValueError:
            valid = False
        if not valid:
            raise FetchError("not a valid URL")
        with self._client() as client:
            current = url
            for hop in range(self.max_redirects + 1):
                if urlsplit(current).scheme.lower() not in ("http", "https"):
                    raise FetchError(f"redirected to a non-HTTP URL: {current}")
                if not self.allowed(client, current):
                    where = "" if hop == 0 else f" (redirect target {current})"
                    raise FetchError(f"disallowed by robots.txt{where}")
                response, body = self._get(client, current)
                if not response.is_redirect:
                    return current, response, body
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {response.status_code} redirect without a Location")
                current = urljoin(current, location)
            raise FetchError(f"too many redirects (more than {self.max_redirects})")


#: Shared by the executors so each host's robots.txt is read once per run.
DEFAULT_FETCHER = Fetcher()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def read_url(url: str, fetcher: Fetcher | None = None) -> list[Item]:
    """Fetch one URL into a Document (or a feed's Documents), or one IngestError."""
    fetcher = fetcher or DEFAULT_FETCHER
    try:
        final_url, response, body = fetcher.fetch(url)
    except FetchError as exc:
        return [IngestError(url, str(exc))]
    except Exception as exc:  # noqa: BLE001 - a bad URL is an input error, never a crash
        return [IngestError(url, f"cannot fetch: {type(exc).__name__}: {exc}")]
    fetched = now_iso()
    status = response.status_code
    if not 200 <= status < 300:
        reason = response.reason_phrase or ""
        return [IngestError(url, f"HTTP {status} {reason}".strip())]
    content_type = response.headers.get("content-type")
    kind = media_type(content_type)
    if kind in FEED_TYPES:
        from storyline.stages.ingest.feeds import read_feed

        return read_feed(body, url, fetched=fetched)
    if kind and kind not in HTML_TYPES | TEXT_TYPES:
        return [IngestError(url, f"not a web page (content type {kind})")]
    if not body.strip():
        return [IngestError(url, "empty response")]
    text = decode_web_text(body, content_type)
    if kind in HTML_TYPES or (not kind and looks_like_html(text)):
        form = "html"
    else:
        form = "text"
    return [
        Document(
            id=content_id(form, text),
            source=url,
            content=text,
            form=form,
            url=final_url,
            fetched=fetched,
        )
    ]
