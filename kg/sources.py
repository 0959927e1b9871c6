"""Read source documents: plain text, Markdown with YAML front matter, or saved HTML.

Policy for untrusted files: at most :data:`MAX_BYTES`; UTF-8 (a BOM is dropped) unless the
caller names another encoding; text is NFC-normalised with invisible controls removed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.model import Source
from kg.slugs import slugify
from kg.text import clean
from kg.yamlio import load_yaml

MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
META_KEYS = ("title", "url", "urls", "outlet", "published", "language", "author")
# Notes about a corpus kept beside its documents (the annotation guide of sources/), not articles.
CORPUS_NOTES = frozenset({"readme.md", "annotation.md"})


def decode(data: bytes, *, where: str, encoding: str | None = None) -> str:
    """Bytes to text under the project's encoding policy.

    >>> decode(b"\\xef\\xbb\\xbfBaku", where="x")
    'Baku'
    >>> decode(b"\\xc1\\xe0\\xea\\xf3", where="x", encoding="cp1251")
    'Баку'
    """
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: looks like a binary file, not a text document")
    name = encoding or "utf-8-sig"
    try:
        return data.decode(name)
    except LookupError:
        raise InputError(f"{where}: unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        hint = (
            ""
            if encoding
            else "; re-save it as UTF-8, or pass --encoding cp1251 for old Cyrillic files"
        )
        raise InputError(f"{where}: not valid {name} at byte {exc.start}{hint}") from None


def _front_matter(text: str, where: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        raise InputError(f"{where}: front matter opened with '---' is never closed")
    try:
        meta = load_yaml(text[3:end]) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{where}: front matter is not valid YAML: {exc}") from None
    if not isinstance(meta, dict):
        raise InputError(f"{where}: front matter must be a YAML mapping")
    body_start = text.find("\n", end + 4)
    return meta, "" if body_start < 0 else text[body_start + 1 :]


class _VisibleText(HTMLParser):
    """Collects visible text; drops scripts, styles and other non-content elements."""

    SKIP = frozenset(
        {
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "head",
            "nav",
            "footer",
            "iframe",
            "form",
        }
    )
    BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "article",
            "section",
            "blockquote",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self.skipping:
            self.parts.append(data)


def html_text(html: str) -> tuple[str, str]:
    """Visible text and title of an HTML page (iterative: deep nesting is no problem)."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n\n".join(line for line in lines if line), " ".join(parser.title.split())


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"{where}: published date {value!r} is not YYYY-MM-DD") from None


def read_source(
    path: Path,
    *,
    overrides: Mapping[str, Any] | None = None,
    encoding: str | None = None,
) -> Source:
    """Read one document and its metadata; ``overrides`` (from CLI options) win over the file."""
    where = str(path)
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"{where}: unsupported file type; use one of {', '.join(SUFFIXES)}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{where}: {size} bytes is over the {MAX_BYTES} byte limit for one document"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{where}: cannot read: {exc.strerror}") from None
    text = clean(decode(data, where=where, encoding=encoding))
    meta: dict[str, Any] = {}
    if path.suffix.lower() in (".html", ".htm"):
        text, title = html_text(text)
        meta["title"] = title
    else:
        meta, text = _front_matter(text, where)
    meta.update({k: v for k, v in (overrides or {}).items() if v is not None})
    if not text.strip():
        raise InputError(f"{where}: the document has no text")
    urls = meta.get("urls") or []
    return Source(
        slug=slugify(path.stem),
        text=text,
        title=clean(str(meta.get("title") or path.stem)),
        language=str(meta.get("language") or "und"),
        content_hash="sha256:" + hashlib.sha256(data).hexdigest(),
        url=str(meta["url"]) if meta.get("url") else None,
        urls=tuple(str(u) for u in (urls if isinstance(urls, list) else [urls])),
        outlet=str(meta["outlet"]) if meta.get("outlet") else None,
        published=_date(meta.get("published"), where),
        author=str(meta["author"]) if meta.get("author") else None,
        path=where,
    )


def source_files(folder: Path) -> list[Path]:
    """Documents in a folder, in name order (facts files, READMEs and annotation guide excluded)."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of source documents")
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in SUFFIXES and p.name.lower() not in CORPUS_NOTES
    )
