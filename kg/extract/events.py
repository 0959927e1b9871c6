"""Events from trigger words: type from the lexicon, roles from the mentions around it.

For each trigger phrase in a sentence (longest match wins where phrases overlap, but a finer
kind inside a longer phrase is kept: ``signed a ceasefire agreement``):

* who can take part: actor mentions (:mod:`kg.extract.roles`), less news outlets and the
  speaker of a reporting cue for what they report (``Aliyev said Iran attacked``; named after
  a clause break with nothing reported after the cue, the whole sentence: ``Armenia has
  frozen ..., Pashinyan said in an interview``), plus group phrases (``the two countries``)
  resolved to the document's main parties (:mod:`kg.extract.groups`);
* roles: for *directed* types (``common.yaml``) actors are those before the trigger and
  targets those after it; for *symmetric* types every one in the sentence is a participant
  (fewer than two states named: the document's two main parties join, implicit arguments;
  three when the clause, or with nobody named the lead, tells it as three-way); for *held*
  types (an election) too, with no implicit side;
  otherwise those before the trigger are actors (those after it when there are none before);
  each official, body or force brings the state or organisation it acts for into its role
  (three main parties for an event told as trilateral), and a state summoning a diplomat its
  foreign ministry (lexicon ``summoning``); a symmetric event held separately with several
  sides named after the trigger is one event with each (lexicon ``separately``);
  a speech act (accusation, threat, statement) whose speaker the sentence does not name but
  goes on with (``He also condemned ...``, the claimant of :mod:`kg.extract.claims`) is the
  speaker's, those named being its targets;
* a trigger in a relative clause with its own subject (``, under which Armenia and
  Azerbaijan recognise``) naming two sides has only them; one in a clause whose relative is
  its subject (``the court, which issued a warrant``) has the name before it and those inside;
  one in a clause opened by ``, and`` naming its subject (``, and Pashinyan skipped``), its own;
* a visit (``common.yaml`` ``host_leaders``) is aimed at the host's officials named anywhere
  in the sentence (:mod:`kg.extract.hosts`); an accusation not at those named in what is
  alleged (:func:`kg.extract.accused.alleged`); states joined on a border only locate an
  act, a war there is between them;
* hosted kinds (``common.yaml``: diplomatic ties): the state whose capital is the place
  joins the event (``suspended its embassy in Tehran``: Iran is the target), never alone;
  for shelling with no target named, the state of the place after it (``place_targets``);
  for an arrest with no actor named, the state of its place (``place_actors``);
* place: a place mention after a place preposition (``in Tehran``, ``в Тегеране``) or written
  with a locative suffix (``Tehranda``);
* date: the resolved date in the sentence nearest the trigger (not one inside an aside the
  trigger is outside of, nor an anniversary's date unless the trigger follows it: ``the 30th
  anniversary of diplomatic relations``; a trigger in a clause telling an earlier event,
  ``, after Armenia sent aid``, dated by the main clause's day takes only its month);
  failing that, for an event told as having occurred, the date of the earlier event the
  sentence refers to (``shortly after the shooting``: the shooting's date), else the last
  date told before it in the same paragraph outside an aside (the story goes on: ``The two
  leaders met on 19 May. They discussed ...``); none otherwise (never a date the document
  does not give); a planned event's weekday (``is due on Thursday``) is the coming one, not
  the last; a clause listing several deadlines (``by November 15, ... by November 20``)
  tells one event per deadline; a deadline told with a verb of the past (``подписали
  протокол ... до 2044 года``) is the term of what was done, not its date;
* status: negation, conditional and planning cues in the trigger's clause; a date after the
  publication date also means planned;
* no event: a trigger in the clause of a naming verb (``called the shooting an act of
  terrorism``) is an opinion, not an event; a trigger after an anaphoric word of the lexicon
  (``the ceasefire``, ``this attack``; in languages without articles any bare trigger) with
  no date of its own, for a type already found earlier in the document, refers back to that
  event and adds nothing (unless it is told as planned and every earlier one as done: a new
  plan); a decree told with the kind it enacts is that event, and signing it no agreement;
  a statement signed with a bare verb of signing is the agreement signed;
* kinds: one event per kind per sentence, the most specific winning (:mod:`.kinds`), but on
  a summit's sidelines (:mod:`.sidelines`), for what an agreement commits to (:mod:`.commitments`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from kg.dictionary import Dictionary
from kg.extract import commitments as agreed
from kg.extract.accused import alleged, uncontained
from kg.extract.arguments import (
    clause_bounds,
    dates_blanked,
    entity_slugs,
    foreign_ministries,
    last_mission,
    nearest_date,
    told_before,
    told_separately,
)
from kg.extract.assemble import assemble
from kg.extract.conventions import implicit_sides
from kg.extract.converbs import said_along
from kg.extract.dates import DateMention, unset
from kg.extract.destinations import destinations
from kg.extract.groups import finder as group_finder
from kg.extract.hosts import capital_sides, host_officials
from kg.extract.kinds import document_kind
from kg.extract.lexicon import common, lexicon
from kg.extract.linking import Mention
from kg.extract.named import in_name, opens_with_place
from kg.extract.placed import placed
from kg.extract.reporters import is_reporter, only_reports
from kg.extract.reproaches import reproached
from kg.extract.roles import is_actor, is_place, nationals
from kg.extract.saying import unsaid
from kg.extract.sentences import Sentence
from kg.extract.sidelines import apart, apart_kinds, inside, sideline_spans, summit_parties
from kg.extract.textmap import FoldedText, quick_fold
from kg.extract.topics import acted_on
from kg.extract.triggers import TriggerRules
from kg.extract.wars import as_states
from kg.model import Event, Source, Status

# An anniversary (``the 30th anniversary of``) dates only what is named right after it.
_OF_REACH = 40


class EventFinder(TriggerRules):
    """Events of one language, built on its compiled trigger rules.

    >>> EventFinder(lexicon("ru")).lexicon.language
    'ru'
    """

    def events(
        self,
        source: Source,
        sentence: Sentence,
        folded: FoldedText,
        mentions: list[Mention],
        dates: list[DateMention],
        dictionary: Dictionary,
        window: tuple[int, int] | None = None,
        seen: set[str] | None = None,
        document: list[Mention] | None = None,
        story: DateMention | None = None,
        referred: dict[str, DateMention] | None = None,
        claimant: str | None = None,
        previous: list[Event] | None = None,
    ) -> list[Event]:
        """The events a sentence states (see the module notes for the rules).

        ``seen`` holds the event types already found earlier in the document; a trigger that
        refers back to one of them (``the ceasefire``) without a date of its own is skipped.
        ``document`` holds the document's mentions, for group phrases such as ``the two
        countries`` (:mod:`kg.extract.groups`).

        ``previous`` holds the events found earlier in the document: a mission closed or
        opened with nobody named (``Səfirlik ... fəaliyyətini dayandırmışdı``) is the one of
        the last such event, with its sides.

        ``story`` is the last date told before the sentence in its paragraph, ``referred``
        the date of the first event of each type found so far in the document (updated here)
        and ``claimant`` the speaker of the sentence's first claim.

        ``folded`` is the folded document with ``window`` the sentence's part of it, or the
        folded sentence alone (``window`` ``None``).

        >>> from kg.dictionary import load
        >>> from kg.extract.linking import link
        >>> text = "Iran attacked Azerbaijan."
        >>> src = Source("d", text, "t", "en", "sha256:0")
        >>> s = Sentence(0, len(text), text)
        >>> found = finder("en").events(src, s, FoldedText.of(text), link(text, load()), [], load())
        >>> [(e.type, e.actors, e.targets) for e in found]
        [('Attack', ('iran',), ('azerbaijan',))]
        """
        triggers = self.find_triggers(sentence, folded, window)
        if not triggers:
            return []  # no trigger word: no event, no kind seen (the rest would be wasted)
        rules = common()
        earlier: list[Mention] = []
        if document is not None:
            cut = bisect_left(document, sentence.start, key=lambda m: m.start)
            earlier = document[:cut]
            mentions = sorted(
                mentions
                + group_finder(self.lexicon.language).mentions(
                    sentence, folded, window, earlier, dictionary, source.published, document[cut:]
                ),
                key=lambda m: m.start,
            )
        actors = [
            m
            for m in mentions
            if is_actor(m, dictionary)
            and not is_reporter(m, dictionary)
            and not (self.attributive and quick_fold(m.text).endswith(self.attributive))
            and not self._names_a_place(source.text, m)
            and not self.joins_a_border(source.text, m)
            and not nationals(m, dictionary, self.lexicon.language, self.lexicon.plural_endings)
        ]
        speakers = self._speakers(sentence, folded, window, actors, dictionary) if actors else []
        bordering = [  # "on the Armenian-Azerbaijani border": the sides of a war there
            m for m in mentions if is_actor(m, dictionary) and self.joins_a_border(source.text, m)
        ]
        deadlines = self._deadlines(source.text, dates) if len(dates) > 1 else []
        places = [m for m in mentions if is_place(m, dictionary) and m.kind != "metonym"]
        located = [m for m in places if self._is_located(source.text, m)]
        located += destinations(places, located, dictionary, self.lexicon)  # "Bakıya səfər"
        found: list[Event] = []
        asides = self.asides(sentence, mentions) + said_along(sentence, actors, self.lexicon)
        sidelines = sideline_spans(sentence, triggers, actors, self.lexicon)  # "in the margins of"
        sided: list[Event] = []  # the events told on a summit's sidelines
        sequences = self._sequences(sentence, mentions)
        settings = self.settings(sentence, folded, window, actors) if claimant and triggers else []
        own_dates = unset(dates, settings, source.text) if settings else dates
        own_dates = unsaid(source.text, own_dates, self.reporting, self.lexicon.language)
        anchor = None  # the date of an earlier event the sentence refers to ("the shooting")
        backs: dict[int, bool] = {}  # which triggers refer back (asked again below)
        for at, t in enumerate(triggers):
            if referred is not None and t.type in referred and seen is not None:
                backs[at] = self._refers_back(source.text, t, own_dates, seen)
                if backs[at]:
                    anchor = referred[t.type]
                    break
        kinds_here = frozenset(t.type for t in triggers)
        lex = self.lexicon
        verb_final = lex.subject_first
        ends = deadlines if len(dates) > 1 else self._deadlines(source.text, dates)
        when = (dates, ends, sequences)  # what an agreement commits to, what was done before
        done, moving = agreed.acts_told(triggers, actors, sentence, source, when, self, dictionary)
        enacted = self.enacted(triggers)
        cited = [t for t in triggers if self.cites(source.text, t)]  # "Fərmana görə"
        blanked = dates_blanked(sentence, dates)  # the same for every trigger
        for at, trigger in enumerate(triggers):
            if any(
                m.start <= trigger.start < m.end and not opens_with_place(trigger, m, located)
                for m in mentions
            ):
                continue  # the trigger word is part of a name (a named summit, an agreement)
            if trigger in enacted or any(
                a <= trigger.start < trigger.end <= b for a, b in settings
            ):
                continue  # a decree's kind told (a sanction, no statement), a claim's setting
            back = seen is not None and (
                backs[at]
                if at in backs
                else self._refers_back(source.text, trigger, own_dates, seen)
            )
            if (
                back
                and not self._new_plan(sentence, trigger, dates, previous, folded, window)
                and not self.told_by_verb(source.text, trigger, triggers)
            ):
                continue
            if trigger in cited or acted_on(trigger, triggers, source.text, dates, lex):
                continue  # "Fərmana görə": what the decree says; "talks on a peace treaty"
            lo, hi = clause_bounds(sentence, trigger, dates, blanked)
            stop = hi if self.lexicon.subject_first else trigger.start  # verb-final: after it
            around = f"{source.text[lo : trigger.start]} {source.text[trigger.end : stop]}"
            if self._names(quick_fold(around)):  # the trigger's own words left out
                # "called the shooting an act of terrorism" names, it does not tell; one after
                # the trigger names something else ("an end to what Moscow called its operation")
                continue
            told_in = agreed.agreement_clause(
                trigger, triggers, source.text, (lo, hi), lex, (sentence.start, blanked), done
            )
            status = self.status(sentence, trigger, dates, told_in, blanked)  # once per trigger
            commits = agreed.committed(trigger, triggers, source.text, verb_final, done)
            status = agreed.committed_status(status) if commits else status  # "agreed to withdraw"
            if trigger.type in rules.asserted_only and status in (
                Status.NEGATED,
                Status.HYPOTHETICAL,
            ):
                continue  # "posed no threat" denies a threat, it tells none
            said = trigger.type in rules.speech_acts
            fighting = trigger.type in rules.wars and bordering
            told = [
                m
                for m in (sorted(actors + bordering, key=lambda m: m.start) if fighting else actors)
                if not only_reports(m, trigger, speakers, actors if said else None, source.text)
                and not any(a <= m.start < b and not a <= trigger.start < b for a, b in asides)
                and not any(a <= trigger.start < b and not a <= m.start < b for a, b in sequences)
                and not self.brokers_another(source.text, m, trigger)  # "French-brokered"
                and not apart(m, trigger, sidelines)  # the CSTO of "on the sidelines of the CSTO"
                and (m.start not in moving or trigger.type in rules.committed)
            ]
            told = self.clause_names(told, trigger, asides, (lo, hi), source, dictionary, triggers)
            told = alleged(source.text, trigger, told, self.lexicon, hi)  # "of arming X"
            before = entity_slugs(m for m in told if m.end <= trigger.start)
            # a name the trigger ends inside or holds in its gap follows it ("сообщил Москве")
            after = entity_slugs(
                m for m in told if m.start > trigger.start or m.end > trigger.end >= m.start
            )
            acts: tuple[str, ...] = ()
            targets: tuple[str, ...] = ()
            parts: tuple[str, ...] = ()
            sym = trigger.type in rules.symmetric
            if sym or trigger.type in rules.held:
                names = entity_slugs(m for m in told)  # a war's forces are its states here
                parts = as_states(trigger.type, names, dictionary, keep=names)
            elif trigger.type in rules.directed:
                acts, targets = before, tuple(s for s in after if s not in before)
            else:
                acts = before or after
            moved = agreed.movers(told, trigger, triggers, (lo, hi), source.text, dictionary, lex)
            if commits and moved:  # the troops an agreement pulls out, not those who agreed
                acts, targets, parts = entity_slugs(moved), (), ()
            if said and claimant is not None and claimant not in entity_slugs(mentions):
                # "He also condemned ...", "O, həmçinin ... ittiham edib": the speaker the
                # sentence goes on with acts; those it names are what it is about
                if trigger.type in rules.directed:
                    targets = tuple(s for s in acts + targets if s != claimant)
                acts = (claimant,)
            if acts and self.summons(trigger):  # through its foreign ministry
                acts += foreign_ministries(acts, dictionary)
            outside = [  # a date in an aside (or in what is said) tells another event
                d
                for d in (uncontained(source.text, trigger, dates, self.lexicon) if said else dates)
                if not any(a <= d.start < b and not a <= trigger.start < b for a, b in asides)
                and ("anniversary" not in d.flags or 0 <= trigger.start - d.end <= _OF_REACH)
            ]
            if deadlines and self.told_done(trigger):  # "signed a protocol ... until 2044"
                outside = [d for d in outside if d not in deadlines] or outside
            # two events of one kind told in one sentence each take the date of their clause
            # ("A expelled four diplomats on 6 April, B a month later expelled four")
            twice = any(t.type == trigger.type and t != trigger for t in triggers)
            own = twice or self.opens_with_subject(told, trigger, lo, source.text)
            clause = (lo, hi) if own else None  # ", and Israel recalled ... last month"
            date = told_before(nearest_date(outside, trigger, clause), trigger, sequences)
            if date is None and (anchor or story) is not None:
                occurred = status is Status.OCCURRED
                date = (anchor or story) if occurred else None
            if commits:  # an act agreed is dated by its deadline only ("by 20 November")
                date = date if date in ends else nearest_date(ends, trigger)
            day = date.span.earliest if date and date.span else source.published
            if trigger.type in rules.hosted and (acts or targets or parts):
                host = capital_sides(acts + targets + parts, located, earlier, dictionary, day)
                parts, targets = (parts + host, targets) if sym else (parts, targets + host)
            kind = agreed.military(self.refined(trigger, source.text, (lo, hi), kinds_here), moving)
            if not (acts and targets):  # shelled "near Goris", a court in Tbilisi, anti-government
                where, now = (located, places, (lo, hi)), (acts, targets, parts)
                acts, targets = placed(kind, trigger, now, where, source, dictionary, lex)
            if trigger.type in rules.symmetric and earlier:
                count = self.sides_told(source.text, (lo, hi))
                if count == 2 and not parts:  # nobody named: the lead's sides ("three-way")
                    count = self.sides_told(source.text, (0, source.text.find(". ") + 1))
                parts = implicit_sides(
                    trigger.type, parts, earlier, document, dictionary, day, count
                )
            if not (acts or targets or parts) and trigger.type in rules.hosted and previous:
                acts, targets, parts = last_mission(previous, rules.hosted)
            if not (acts or targets or parts):
                continue
            if self.condemns(trigger):  # none else named, nor done before: accuses nobody
                to = reproached(trigger, source, self, acts + targets + parts, previous, dictionary)
                if to is None:
                    continue
                targets += to
            # a plan of something told before, or its text named: of its kind (the peace
            # agreement's signing; "agreement to the text", the ceasefire's)
            rest = quick_fold(source.text[trigger.end : hi])
            kind = document_kind(kind, rest, previous or [], lex.document_nouns, back, status)
            told_as = trigger if kind == trigger.type else replace(trigger, type=kind)
            # unarmed kinds: a force named after the trigger is what is talked of, its state
            acts, targets = (
                as_states(kind, acts, dictionary, before),
                as_states(kind, targets, dictionary, before),
            )
            parts = as_states(kind, parts, dictionary, before)
            if kind in rules.host_leaders and targets:  # "..., where he met Kobakhidze"
                hosts = [  # any clause but one of another time ("after ...")
                    m for m in actors if not only_reports(m, trigger, speakers, None, source.text)
                ]
                hosts = [m for m in hosts if not any(a <= m.start < b for a, b in sequences)]
                targets += host_officials(hosts, acts, targets, dictionary, day)
            each = deadlines if len(deadlines) > 1 and date in deadlines else [date]
            roles = [(acts, targets, parts)]
            words = self.lexicon.separately  # "separate talks with A and B": one with each
            if parts and before and len(after) > 1 and told_separately(source.text, trigger, words):
                roles = [((), (), (*before, one)) for one in after]
            for date in each:
                if referred is not None and date is not None:
                    referred.setdefault(trigger.type, date)
                built = [
                    summit_parties(
                        assemble(source, sentence, told_as, date, dictionary, located, r, status),
                        *(trigger, sidelines, told, dictionary),
                    )
                    for r in roles
                ]
                found += built
                sided += built if inside(trigger.start, sidelines) else []
        made = {e.type for e in found}
        # an actor's name (the Economic Cooperation Organization) or a document cited
        # ("Bəyannaməyə görə") tells no kind; a route's does (the North–South corridor)
        named = [m for m in mentions if is_actor(m, dictionary)]
        kinds = [(t.start, t.type) for t in triggers if not in_name(t, named) and t not in cited]
        found = apart_kinds(found, sided, kinds, sidelines)  # on a summit's sidelines: apart
        if seen is not None:
            # kinds told, those merged into another kind ("signed a gas swap agreement": "the
            # contract" next refers back to it) and those a phrase with a gap holds ("signed
            # ... the Declaration": "the declaration" next refers back to what was signed)
            made_by = [t for t in triggers if t.type in made or t in cited]
            seen.update(
                [e.type for e in found]
                + [t.type for t in made_by]
                + self.held_kinds(sentence, folded, window, made_by)
            )
        return found


@lru_cache(maxsize=16)
def finder(language: str) -> EventFinder:
    """The compiled event rules for a language (English when it has none).

    >>> finder("az").lexicon.language
    'az'
    """
    return EventFinder(lexicon(language))
