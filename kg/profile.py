"""A readable profile of one dictionary entity."""

from __future__ import annotations

from kg.dictionary import Dictionary
from kg.model import Entity

LANGUAGE_NAMES = {
    "en": "English",
    "az": "Azerbaijani",
    "ru": "Russian",
    "hy": "Armenian",
    "ka": "Georgian",
    "tr": "Turkish",
    "fa": "Persian",
    "ar": "Arabic",
}


def profile_lines(entity: Entity, dictionary: Dictionary) -> list[str]:
    """Type, labels, aliases, roles with dates and the Wikidata link, one fact per line."""

    def name(slug: str | None) -> str:
        found = dictionary.get(slug) if slug else None
        return found.label if found else str(slug)

    lines = [
        f"{entity.label} ({entity.type})",
        f"  id:        https://w3id.org/caucasus-kg/id/entity/{entity.slug}",
        f"  about:     {entity.definition}",
    ]
    if entity.wikidata:
        lines.append(f"  wikidata:  https://www.wikidata.org/wiki/{entity.wikidata}")
    if entity.part_of:
        lines.append(f"  part of:   {name(entity.part_of)}")
    if entity.metonym_for:
        lines.append(f"  stands for: {name(entity.metonym_for)} (as in news usage)")
    if entity.date:
        lines.append(f"  date:      {entity.date.iso()}")
    for lang, text in entity.labels.items():
        lines.append(f"  label {LANGUAGE_NAMES.get(lang, lang):<12} {text}")
    for title, table in (
        ("aliases", entity.aliases),
        ("demonyms", entity.demonyms),
        ("metonyms", entity.metonyms),
    ):
        for lang, texts in table.items():
            if texts:
                lines.append(f"  {title} ({lang}): {', '.join(texts)}")
    for role in entity.roles:
        span = (
            f"{role.start.iso() if role.start else '?'} - {role.end.iso() if role.end else 'now'}"
        )
        where = f", {name(role.of)}" if role.of else ""
        lines.append(f"  role:      {role.title}{where} [{span}]")
    if entity.participants:
        lines.append(f"  involved:  {', '.join(name(p) for p in entity.participants)}")
    return lines
