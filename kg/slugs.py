"""Readable, stable slugs for instance IRIs."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_PUNCTUATION = re.compile(r"[^\w]+|_+")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SPECIAL = str.maketrans({"ı": "i", "ə": "a", "Ə": "A", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"})


def slugify(text: str, *, max_length: int = 80) -> str:
    """Lowercase ASCII kebab-case of a label; non-Latin text falls back to a short hash.

    >>> slugify("Nakhchivan Autonomous Republic")
    'nakhchivan-autonomous-republic'
    >>> slugify("Recep Tayyip Erdoğan")
    'recep-tayyip-erdogan'
    >>> slugify("Heydər Əliyev")
    'heydar-aliyev'
    >>> slugify("Baku–Tbilisi–Ceyhan pipeline")
    'baku-tbilisi-ceyhan-pipeline'
    >>> slugify("Тегеран")
    'x-47542c5c'
    """
    spaced = _PUNCTUATION.sub(" ", text.translate(_SPECIAL).replace("&", " and "))
    folded = unicodedata.normalize("NFKD", spaced)
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")
    if not slug:
        return "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return slug[:max_length].rstrip("-")


def is_slug(text: str) -> bool:
    """True for a well-formed slug.

    >>> is_slug("south-ossetia"), is_slug("South Ossetia")
    (True, False)
    """
    return bool(_SLUG.match(text))
