"""Cues around a trigger that change what it tells: a finer kind named in its clause, a
request before it, a condemnation naming nobody else, a document cited as a source, a
demonstrative before it, a decree told with what it enacts, a trilateral event, a zone named
by it (lexicon ``kind_cues``, ``requests``, ``condemning``, ``according_before``/
``according_after``, ``carried_out``, ``zone_before``/``zone_after``, ``demonstratives``,
``back_frames``, ``decrees``/``signing``, ``three_sided``),
and (inherited from :mod:`kg.extract.clauses`) the names of other clauses that take no part
in its event.
"""

from __future__ import annotations

import re

from kg.extract.arguments import Trigger, clause_bounds
from kg.extract.clauses import ClauseCues, joints
from kg.extract.dates import DateMention
from kg.extract.kinds import broader
from kg.extract.lexicon import Lexicon
from kg.extract.mention import Mention
from kg.extract.phrases import PhraseIndex, alternation, ending_with
from kg.extract.sentences import Sentence
from kg.extract.textmap import quick_fold
from kg.text import fold

_BREAK = re.compile(r"[,;:—–()]")


# Kinds a signed document can itself be (an agreement of some kind, a statement).
_DOCUMENT_KINDS = frozenset(
    {"Statement", "Agreement", "PeaceAgreement", "Ceasefire", "TradeAgreement", "MilitaryAgreement"}
)


class TriggerCues(ClauseCues):
    """The compiled cues of one language (:class:`kg.extract.triggers.TriggerRules` builds on
    them).

    >>> from kg.extract.lexicon import lexicon
    >>> TriggerCues(lexicon("en")).condemning is not None
    True
    """

    def __init__(self, lex: Lexicon):
        self.negation = PhraseIndex((p, "negation") for p in lex.negation)
        self.planning = PhraseIndex((p, "planning") for p in lex.planning)
        self.conditional = PhraseIndex((p, "conditional") for p in lex.conditional)
        self.conditions = (
            PhraseIndex((p, "condition") for p in lex.conditions) if lex.conditions else None
        )
        self.condemning = alternation(list(lex.condemning)) if lex.condemning else None
        self.according_before = ending_with(lex.according_before)
        self.according_after = (
            re.compile(r"\s*(?:" + alternation(list(lex.according_after)).pattern + ")")
            if lex.according_after
            else None
        )
        self.carried_out = (
            re.compile(r"\s*(?:" + alternation(list(lex.carried_out)).pattern + ")")
            if lex.carried_out
            else None
        )
        self.zone_before = ending_with(lex.zone_before)
        self.zone_after = (
            re.compile(r"\s*" + alternation(list(lex.zone_after)).pattern)
            if lex.zone_after
            else None
        )
        self.demonstrative = ending_with(lex.demonstratives)
        self.opening = ending_with(lex.anaphora) if lex.back_frames else None
        self.frame = alternation(list(lex.back_frames)) if lex.back_frames else None
        self.kind_cues = PhraseIndex((p, k) for k, ps in lex.kind_cues.items() for p in ps)
        self.refinable = frozenset(b for kind in lex.kind_cues for b in broader(kind))
        self.requests = alternation(list(lex.requests)) if lex.requests else None
        self.own_act_endings = tuple(quick_fold(e) for e in lex.own_act_endings)
        self.subject = tuple(quick_fold(e) for e in lex.subject_endings)
        self.function_words = frozenset(quick_fold(w) for w in lex.function_words)
        self.decrees = alternation(list(lex.decrees)) if lex.decrees else None
        self.signing = alternation(list(lex.signing)) if lex.signing else None
        self.summoning = alternation(list(lex.summoning)) if lex.summoning else None
        self.three_sided = alternation(list(lex.three_sided)) if lex.three_sided else None
        self.brokering = (
            re.compile(r"-(?:" + alternation(list(lex.brokering)).pattern + r")\s+")
            if lex.brokering
            else None
        )
        self.object_relatives = (
            re.compile(r",\s+(?:" + alternation(list(lex.object_relatives)).pattern + ")")
            if lex.object_relatives
            else None
        )
        endings = sorted({fold(e) for e in lex.verb_endings}, key=len, reverse=True)
        self.verb = re.compile(r"\w(?:" + "|".join(endings) + r")$") if endings else None
        self.verb_first = not lex.articles and not lex.subject_first
        self.joined = joints(lex.clause_conjunctions)
        self.subject_relatives = (
            re.compile(r",\s+(?:" + alternation(list(lex.subject_relatives)).pattern + ")")
            if lex.subject_relatives
            else None
        )

    def refined(
        self, trigger: Trigger, text: str, clause: tuple[int, int], told: frozenset[str]
    ) -> str:
        """The kind of event the trigger tells in its ``clause`` of ``text``.

        A request before the trigger in its clause (lexicon ``requests``: "Armenia asked for
        the deployment") tells a statement, the request; else a lexicon ``kind_cues`` word in
        the clause may tell a finer kind (an agreement under which a base operates is a
        military agreement), but not when the sentence tells a finer kind itself (``told``:
        "troops agreed a ceasefire").

        >>> from kg.extract.events import finder
        >>> text = "the base operates under a 1995 agreement"
        >>> t = Trigger(31, 40, "agreement", "Agreement")
        >>> finder("en").refined(t, text, (0, len(text)), frozenset())
        'MilitaryAgreement'
        """
        before = text[clause[0] : trigger.start]
        if self.requests is not None and self.requests.search(quick_fold(before)):
            return "Statement"
        if trigger.type not in self.refinable or any(trigger.type in broader(k) for k in told):
            return trigger.type
        for _, _, kind in self.kind_cues.find(quick_fold(text[clause[0] : clause[1]])):
            if trigger.type in broader(kind):
                return kind
        return trigger.type

    def after_condition(
        self,
        sentence: Sentence,
        trigger: Trigger,
        dates: list[DateMention] | None,
        bounds: tuple[int, int] | None = None,
    ) -> bool:
        """True when the clause before the trigger's (``bounds``, when known) states a
        condition (lexicon ``conditions``: "təhdid yaranarsa, ... yardım göstərəcək", "если
        ..., то"): the trigger's clause is its consequent, told as supposed.

        >>> from kg.extract.events import finder
        >>> s = Sentence(0, 55, "Если Армения выйдет из ОДКБ, Россия начнёт вывод войск.")
        >>> t = Trigger(43, 48, "вывод", "Withdrawal")
        >>> finder("ru").after_condition(s, t, []), finder("en").after_condition(s, t, [])
        (True, False)
        """
        if self.conditions is None:
            return False
        start = (bounds or clause_bounds(sentence, trigger, dates))[0]
        if start <= sentence.start:
            return False
        before = _BREAK.split(quick_fold(sentence.text[: start - sentence.start]).rstrip(" ,"))
        return self.conditions.occurs(before[-1])

    def told_by_verb(self, text: str, trigger: Trigger, triggers: list[Trigger]) -> bool:
        """True when, in a language without articles whose verb comes before its object, a
        past-tense verb trigger of a broader kind governs the bare trigger noun (at most three
        words before it, in one clause): "согласовали шесть принципов урегулирования" tells a
        new settlement agreed, not the one told before. (In a verb-final language the verb
        after a noun, "silahı yerə qoymağa ... razılaşıb", tells the agreement told before.)

        >>> from kg.extract.events import finder
        >>> text = "согласовали шесть принципов урегулирования"
        >>> verb = Trigger(0, 11, "согласовали", "Agreement")
        >>> noun = Trigger(18, 42, "принципов урегулирования", "Ceasefire")
        >>> finder("ru").told_by_verb(text, noun, [verb, noun])
        True
        >>> finder("ru").told_by_verb(text, noun, [noun])
        False
        """
        if self.verb is None or not self.verb_first:
            return False
        for other in triggers:
            gap = text[other.end : trigger.start]
            if (
                other.end <= trigger.start
                and other.type in broader(trigger.type)
                and len(gap.split()) <= 3
                and not _BREAK.search(gap)
                and any(self.verb.search(w) for w in quick_fold(other.text).split())
            ):
                return True
        return False

    def own_act(self, sentence: Sentence, side: str, start: int, end: int) -> bool:
        """True when what a speaker named first (``side``) in a verb-final sentence reports,
        from ``start`` to ``end``, ends with a verb made a noun (lexicon ``own_act_endings``)
        whose subject is not written: no word before it takes a subject's case
        (``subject_endings``; "Azərbaycanın ... etdiyini" has one). The speaker then tells its
        own act ("ABŞ Prezidenti ... məhdudiyyəti aradan qaldırdığını açıqlayıb"), in which
        it takes part.

        >>> from kg.extract.events import finder
        >>> s = Sentence(0, 44, "X məhdudiyyəti aradan qaldırdığını da açıqlayıb")
        >>> finder("az").own_act(s, "first", 1, 38)
        True
        >>> s = Sentence(0, 48, "X Azərbaycanın suverenliyini bərpa etdiyini bildirib")
        >>> finder("az").own_act(s, "first", 1, 43)
        False
        """
        if side != "first" or not self.own_act_endings:
            return False
        reported = sentence.text[start - sentence.start : end - sentence.start]
        words = quick_fold(reported).replace(",", " ").split()
        if not any(w.endswith(self.own_act_endings) for w in words[-2:]):
            return False
        return not any(
            w.endswith(e) and len(w) - len(e) > 1  # "gün" (day) is no genitive of "g"
            for w in words
            if w not in self.function_words
            for e in self.subject
        )

    def told_done(self, trigger: Trigger) -> bool:
        """True when a word of the trigger is a verb of the past (lexicon ``verb_endings``):
        a deadline told with it ("подписали протокол, продлевающий пребывание базы до 2044
        года") is the term of what was done, not its date.

        >>> from kg.extract.events import finder
        >>> finder("ru").told_done(Trigger(0, 19, "подписали протокол", "Agreement"))
        True
        """
        words = quick_fold(trigger.text).split()
        return self.verb is not None and any(self.verb.search(w) for w in words)

    def condemns(self, trigger: Trigger) -> bool:
        """True when the trigger is a word that judges an act (``condemned``, lexicon
        ``condemning``), which accuses someone only when someone else is named.

        >>> from kg.extract.events import finder
        >>> finder("en").condemns(Trigger(0, 9, "condemned", "Accusation"))
        True
        """
        return self.condemning is not None and bool(
            self.condemning.fullmatch(quick_fold(trigger.text))
        )

    def cites(self, text: str, trigger: Trigger) -> bool:
        """True when the trigger noun is cited as the source of what follows ("Fərmana
        görə", "according to the decree": lexicon ``according_before``/``according_after``),
        which tells what it says, not that it was made; or when the words right after it tell
        it being carried out (lexicon ``carried_out``: "договор не выполнялся"), which tells
        of a thing made before, not its making; or when the words around it make it the name
        of a place (lexicon ``zone_before``/``zone_after``: "за пределами зоны боевых действий",
        "döyüş zonasında"), which tells no event.

        >>> from kg.extract.events import finder
        >>> finder("az").cites("Fərmana görə, qurumlar buraxılacaq", Trigger(0, 7, "Fərmana", "x"))
        True
        """
        after = quick_fold(text[trigger.end : trigger.end + 30])
        if self.according_after is not None and self.according_after.match(after):
            return True
        if self.zone_after is not None and self.zone_after.match(after):
            return True  # "döyüş zonasında": a place named by the fighting, no event told
        if self.carried_out is not None and self.carried_out.match(after):
            return True  # "razılaşmaların icra edildiyini": an agreement made before, carried out
        if self.according_before is None and self.zone_before is None:
            return False
        before = " " + quick_fold(text[max(0, trigger.start - 30) : trigger.start])
        if self.zone_before is not None and self.zone_before.search(before):
            return True  # "за пределами зоны боевых действий"
        return self.according_before is not None and bool(self.according_before.search(before))

    def after_demonstrative(self, text: str, trigger: Trigger) -> bool:
        """True when a lexicon ``demonstratives`` word stands right before the trigger noun
        ("этих заявлений", "this declaration"): it refers back to something told before,
        even when that was told as no event.

        >>> from kg.extract.events import finder
        >>> finder("en").after_demonstrative("this declaration", Trigger(5, 16, "x", "y"))
        True
        """
        if self.demonstrative is None:
            return False
        just_before = quick_fold(text[max(0, trigger.start - 20) : trigger.start])
        return bool(self.demonstrative.search(" " + just_before))

    def in_back_frame(self, text: str, trigger: Trigger) -> bool:
        """True when the trigger noun opens its sentence after an article and a lexicon
        ``back_frames`` verb follows it ("The visit came days after ...", "The handover follows
        an agreement ..."): the subject names what was told before, as whatever kind, and the
        sentence goes on to what came before it.

        >>> from kg.extract.events import finder
        >>> finder("en").in_back_frame("Talks. The visit came after", Trigger(11, 16, "x", "y"))
        True
        >>> finder("en").in_back_frame("Talks. The visit went on", Trigger(11, 16, "x", "y"))
        False
        """
        if self.opening is None or self.frame is None:
            return False
        head = text[max(0, trigger.start - 12) : trigger.start]
        stop = max(head.rfind(". "), head.rfind("\n"))
        if stop < 0 and trigger.start > len(head):
            return False  # not at the sentence's start
        before = quick_fold(head[stop + 1 :]).strip()
        if not self.opening.search(" " + before) or len(before.split()) != 1:
            return False
        match = re.match(r"\s+(\w+)", text[trigger.end : trigger.end + 20])
        return match is not None and self.frame.fullmatch(quick_fold(match.group(1))) is not None

    def brokers_another(self, text: str, mention: Mention, trigger: Trigger) -> bool:
        """True when the name is a broker (lexicon ``brokering``: "the French-brokered
        ceasefire") of a word other than the trigger: it takes part in that event only.

        >>> from kg.extract.events import finder
        >>> text = "the French-brokered ceasefire that ended the war"
        >>> m = Mention(4, 10, "French", "france", "name")
        >>> finder("en").brokers_another(text, m, Trigger(45, 48, "war", "ArmedConflict"))
        True
        >>> finder("en").brokers_another(text, m, Trigger(20, 29, "ceasefire", "Ceasefire"))
        False
        """
        if self.brokering is None or text[mention.end : mention.end + 1] != "-":
            return False
        match = self.brokering.match(quick_fold(text[mention.end : mention.end + 20]))
        return match is not None and mention.end + match.end() != trigger.start

    def sides_told(self, text: str, clause: tuple[int, int]) -> int:
        """How many sides the trigger's ``clause`` of ``text`` gives its event: three when it
        says trilateral (lexicon ``three_sided``: "the next trilateral summit"), else two.

        >>> from kg.extract.events import finder
        >>> finder("en").sides_told("the next trilateral summit", (0, 26))
        3
        """
        if self.three_sided is None:
            return 2
        found = self.three_sided.search(quick_fold(text[clause[0] : clause[1]]))
        return 3 if found else 2

    def summons(self, trigger: Trigger) -> bool:
        """True when the trigger summons a diplomat (lexicon ``summoning``)."""
        first = quick_fold(trigger.text).split()[:1]
        return (
            bool(first) and self.summoning is not None and bool(self.summoning.fullmatch(first[0]))
        )

    def enacted(self, triggers: list[Trigger]) -> frozenset[Trigger]:
        """The triggers of a sentence that tell nothing as what is signed or decreed there.

        A decree (lexicon ``decrees``) told with what it enacts is that event, not a statement
        (a decree barring flights is a sanction, one recognising a state a recognition: kinds
        other than statements and agreements, which decrees approve or suspend), and a bare
        verb of signing (lexicon ``signing``) told with a decree is no agreement. Any other
        statement signed (``üçtərəfli bəyanat imzalayıblar``) is the agreement signed, and
        documents signed that a trigger of another kind follows right away ("signed the
        documents transferring the base's territory") are that act, no agreement.

        >>> from kg.extract.events import finder
        >>> told = [Trigger(7, 13, "decree", "Statement"), Trigger(14, 21, "barring", "Sanction")]
        >>> [t.text for t in finder("en").enacted(told)]
        ['decree']
        """
        # documents signed that tell what they do ("signed the documents transferring the
        # base's territory"): the act told, no agreement of their own
        doing = frozenset(
            t
            for t in triggers
            if t.type == "Agreement"
            and self.signing is not None
            and self.signing.fullmatch(quick_fold(t.text).split()[0])
            and any(0 < o.start - t.end <= 1 and o.type not in _DOCUMENT_KINDS for o in triggers)
        )
        if self.decrees is None:
            return doing
        signed = {
            t
            for t in triggers
            if t.type == "Agreement"
            and self.signing is not None
            and self.signing.fullmatch(quick_fold(t.text))
        }
        statements = [t for t in triggers if t.type == "Statement"]
        decrees = [t for t in statements if self.decrees.fullmatch(quick_fold(t.text))]
        if not decrees:
            return frozenset(t for t in statements if signed) | doing
        enacts = any(
            t.type not in ("Statement", "Agreement") and "Agreement" not in broader(t.type)
            for t in triggers
            if t not in signed
        )
        return frozenset(signed | (set(decrees) if enacts else set())) | doing
