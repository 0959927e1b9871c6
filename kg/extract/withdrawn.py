"""Forces named as what a withdrawal moves ("вывод российских миротворцев", "sülhməramlıların
çıxarılması", "the withdrawal of the peacekeepers"): a deployment word there (peacekeepers
are a deployment's trigger in ru and az) names the troops withdrawn, it tells no deployment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.arguments import Trigger

WITHDRAWAL, DEPLOYMENT = "Withdrawal", "Deployment"
# At most so many words between the withdrawal's word and the troops' ("вывод российских
# миротворцев"), with no clause break.
_REACH = 2
_BREAK = re.compile(r"[,.;:()—–]")


def withdrawn(trigger: Trigger, triggers: Sequence[Trigger], text: str, verb_final: bool) -> bool:
    """True when the deployment trigger names the troops a withdrawal next to it moves: right
    after it, or right before it where the noun governed comes first (az).

    >>> text = "о выводе российских миротворцев"
    >>> out = Trigger(2, 8, "выводе", "Withdrawal")
    >>> troops = Trigger(20, 31, "миротворцев", "Deployment")
    >>> withdrawn(troops, [out, troops], text, False), withdrawn(troops, [troops], text, False)
    (True, False)
    """
    if trigger.type != DEPLOYMENT:
        return False
    for other in triggers:
        if other.type != WITHDRAWAL:
            continue
        if verb_final and trigger.end <= other.start:
            gap = text[trigger.end : other.start]
        elif not verb_final and other.end <= trigger.start:
            gap = text[other.end : trigger.start]
        else:
            continue
        if len(gap.split()) <= _REACH and not _BREAK.search(gap):
            return True
    return False
