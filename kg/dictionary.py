"""The entity dictionary: ``ontology/entities/*.yaml``, one file per kind of entity.

Loading checks each entry's shape; :func:`check` reports the integrity problems a reviewer
must fix (duplicate slugs, dangling references, aliases claimed twice); :class:`Dictionary`
finds entities by any name, in any script, or by Wikidata ID.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kg.dates import DateSpan, PartialDate
from kg.errors import InputError
from kg.model import ROLE_TYPES, Entity, Role
from kg.ontology import entity_types, ontology_dir
from kg.slugs import is_slug
from kg.text import clean, fold
from kg.yamlio import load_yaml

QID = re.compile(r"^Q[1-9][0-9]*$")
_KEYS = {
    "slug",
    "type",
    "label",
    "definition",
    "wikidata",
    "labels",
    "aliases",
    "demonyms",
    "metonyms",
    "metonym_for",
    "part_of",
    "ambiguous",
    "roles",
    "date",
    "start",
    "end",
    "participants",
}


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str | int) for v in items):
        raise InputError(f"{where}: expected text or a list of texts")
    return tuple(clean(str(v)) for v in items)


def _by_language(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected a mapping of language code to names")
    return {str(lang): _strings(names, f"{where}.{lang}") for lang, names in value.items()}


def _role(raw: Any, where: str) -> Role:
    if not isinstance(raw, dict) or "role" not in raw:
        raise InputError(f"{where}: a role needs at least 'role'")
    role_type = str(raw.get("type", "OtherRole"))
    if role_type not in ROLE_TYPES:
        raise InputError(f"{where}: unknown role type {role_type!r}; use one of {ROLE_TYPES}")
    start = PartialDate.parse(raw["start"]) if raw.get("start") is not None else None
    end = PartialDate.parse(raw["end"]) if raw.get("end") is not None else None
    return Role(clean(str(raw["role"])), role_type, raw.get("of"), start, end)


def entity_from_yaml(raw: Any, *, origin: str) -> Entity:
    """Build one :class:`Entity` from its YAML mapping; ``origin`` names it in errors."""
    if not isinstance(raw, dict):
        raise InputError(f"{origin}: each entry must be a mapping")
    slug = str(raw.get("slug", ""))
    where = f"{origin}: {slug or '<no slug>'}"
    unknown = set(raw) - _KEYS
    if unknown:
        raise InputError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("slug", "type", "label", "definition"):
        if not raw.get(key):
            raise InputError(f"{where}: '{key}' is required")
    labels = {str(k): clean(str(v)) for k, v in (raw.get("labels") or {}).items()}
    date = None
    if raw.get("date") is not None or raw.get("start") is not None:
        try:
            date = DateSpan.parse(raw.get("date"), start=raw.get("start"), end=raw.get("end"))
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from None
    try:
        roles = tuple(
            _role(r, f"{where} role {i + 1}") for i, r in enumerate(raw.get("roles") or [])
        )
    except InputError as exc:
        raise InputError(str(exc) if str(exc).startswith(origin) else f"{where}: {exc}") from None
    return Entity(
        slug=slug,
        type=str(raw["type"]),
        label=clean(str(raw["label"])),
        definition=clean(str(raw["definition"])),
        wikidata=str(raw["wikidata"]) if raw.get("wikidata") else None,
        labels=labels,
        aliases=_by_language(raw.get("aliases"), f"{where} aliases"),
        demonyms=_by_language(raw.get("demonyms"), f"{where} demonyms"),
        metonyms=_by_language(raw.get("metonyms"), f"{where} metonyms"),
        metonym_for=raw.get("metonym_for"),
        part_of=raw.get("part_of"),
        ambiguous=_strings(raw.get("ambiguous"), f"{where} ambiguous"),
        roles=roles,
        date=date,
        participants=_strings(raw.get("participants"), f"{where} participants"),
        origin=origin,
    )


def read_file(path: Path) -> list[Entity]:
    """All entities of one dictionary file."""
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read dictionary file: {exc}") from exc
    if not isinstance(raw, list):
        raise InputError(f"{path}: a dictionary file is a YAML list of entities")
    return [entity_from_yaml(item, origin=path.name) for item in raw]


def entity_files(folder: Path | None = None) -> list[Path]:
    """The dictionary's data files, in name order."""
    return sorted((folder or ontology_dir() / "entities").glob("*.yaml"))


@dataclass(frozen=True)
class Match:
    """One way a name leads to an entity."""

    entity: Entity
    name: str
    language: str
    kind: str


class Dictionary:
    """All entities, indexed by slug, by Wikidata ID and by folded name."""

    def __init__(self, entities: Iterable[Entity]):
        self.entities: dict[str, Entity] = {}
        self.by_qid: dict[str, Entity] = {}
        self.by_name: dict[str, list[Match]] = defaultdict(list)
        for entity in entities:
            self.entities.setdefault(entity.slug, entity)
            if entity.wikidata:
                self.by_qid.setdefault(entity.wikidata, entity)
            for text, lang, kind in entity.names():
                key = fold(text)
                if key and all(m.entity.slug != entity.slug for m in self.by_name[key]):
                    self.by_name[key].append(Match(entity, text, lang, kind))

    def __len__(self) -> int:
        return len(self.entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities.values())

    def __contains__(self, slug: object) -> bool:
        return slug in self.entities

    def get(self, slug: str) -> Entity | None:
        return self.entities.get(slug)

    def find(self, name: str) -> list[Entity]:
        """Entities a name may mean: by slug, Wikidata ID, label, alias, demonym or metonym.

        >>> d = Dictionary([Entity("iran", "Country", "Iran", "A country.", labels={"ru": "Иран"})])
        >>> [e.slug for e in d.find("ИРАН")]
        ['iran']
        """
        text = clean(name).strip()
        if text in self.entities:
            return [self.entities[text]]
        qid = text.rsplit("/", 1)[-1].upper()
        if QID.match(qid) and qid in self.by_qid:
            return [self.by_qid[qid]]
        return [m.entity for m in self.by_name.get(fold(text), [])]


@cache
def load(folder: Path | None = None) -> Dictionary:
    """Load the bundled dictionary (or the one in ``folder``)."""
    return Dictionary(e for path in entity_files(folder) for e in read_file(path))


def check(folder: Path | None = None) -> list[str]:
    """Integrity problems of the dictionary, one readable line each; empty when sound."""
    problems: list[str] = []
    entities: list[Entity] = []
    for path in entity_files(folder):
        try:
            batch = read_file(path)
        except InputError as exc:
            problems.append(str(exc))
            continue
        slugs = [e.slug for e in batch]
        if slugs != sorted(slugs):
            problems.append(f"{path.name}: entries are not sorted by slug")
        entities += batch
    known_types = entity_types()
    seen: dict[str, Entity] = {}
    for e in entities:
        if e.slug in seen:
            problems.append(f"{e.origin}: slug {e.slug!r} also used in {seen[e.slug].origin}")
        seen[e.slug] = e
        if not is_slug(e.slug):
            problems.append(f"{e.origin}: {e.slug!r} is not a lowercase kebab-case slug")
        if e.type not in known_types:
            problems.append(f"{e.origin}: {e.slug}: type {e.type!r} is not an ontology class")
        if e.wikidata and not QID.match(e.wikidata):
            problems.append(f"{e.origin}: {e.slug}: {e.wikidata!r} is not a Wikidata ID (Q123)")
    for e in entities:
        refs = [("part_of", e.part_of), ("metonym_for", e.metonym_for)]
        refs += [("participants", p) for p in e.participants]
        refs += [("roles.of", r.of) for r in e.roles]
        for key, ref in refs:
            if ref is not None and ref not in seen:
                problems.append(f"{e.origin}: {e.slug}: {key} {ref!r} is not in the dictionary")
    problems += _alias_clashes(entities)
    return problems


def _alias_clashes(entities: list[Entity]) -> list[str]:
    owners: dict[str, set[str]] = defaultdict(set)
    marked: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for text, _lang, _kind in e.names():
            owners[fold(text)].add(e.slug)
        for text in e.ambiguous:
            marked[fold(text)].add(e.slug)
    return [
        f"name {key!r} is claimed by {sorted(slugs)}; mark it 'ambiguous' on each or keep one"
        for key, slugs in sorted(owners.items())
        if len(slugs) > 1 and not slugs <= marked[key]
    ]
