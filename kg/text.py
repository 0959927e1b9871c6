"""Text normalisation shared by reading, matching and lookup."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and bidirectional control characters: invisible, but they break matching.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
        "\u2066\u2067\u2068\u2069\u061c\u00ad",
    ),
    None,
)
# Arabic-script letters written two ways across Persian and Arabic keyboards.
_ARABIC_VARIANTS = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """NFC-normalise and drop invisible control characters; keep everything visible.

    >>> clean("Ira\\u200bn") == "Iran"
    True
    """
    return unicodedata.normalize("NFC", text.translate(_INVISIBLE))


def fold(text: str) -> str:
    """Key for matching names: case, diacritics, dotted/dotless i and spacing folded.

    >>> fold("İRAN") == fold("Iran") == fold("iran")
    True
    >>> fold("Naxçıvan")
    'naxcivan'
    >>> fold("Нахичевань")
    'нахичевань'
    """
    text = clean(text).replace("İ", "i").replace("ı", "i").translate(_ARABIC_VARIANTS)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", stripped)).strip()


def has_lone_surrogate(text: str) -> bool:
    """True when the text cannot be encoded as UTF-8 (a lone surrogate code point)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
