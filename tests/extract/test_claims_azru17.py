"""Claim cues of extraction round 17 (Azerbaijani and Russian slice): reporting verbs in the
present tense and more of those news uses."""

import pytest

from kg.dictionary import Dictionary
from kg.extract.pipeline import extract
from kg.model import Source


def claimants(text: str, dictionary: Dictionary, language: str) -> list[str]:
    found = extract(Source("doc", text, "t", language, "sha256:0"), dictionary).claims
    return [c.claimant for c in found]


@pytest.mark.parametrize(
    ("language", "text", "claimant"),
    [
        ("ru", "Армения заявляет, что Азербайджан нарушил перемирие.", "armenia"),
        ("ru", "В Баку заявляют, что Армения не выполняет соглашение.", "azerbaijan"),
        ("ru", "Иран сообщает, что граница с Азербайджаном открыта.", "iran"),
        ("ru", "Власти Грузии сообщают, что Россия закрыла границу.", "georgia"),
        ("ru", "Турция отмечает, что Армения готова к переговорам.", "turkey"),
        ("ru", "Азербайджан подчеркивает, что Иран остается соседом.", "azerbaijan"),
        ("ru", "Армения говорит, что Россия не выполнила обязательства.", "armenia"),
        ("ru", "Россия заверила Армению, что база останется.", "russia"),
        ("ru", "Иран указал, что Азербайджан сотрудничает с Израилем.", "iran"),
        ("ru", "Турция пообещала Азербайджану, что поддержит его.", "turkey"),
        ("ru", "По мнению Армении, Азербайджан готовит наступление.", "armenia"),
        ("az", "Azərbaycan Ermənistanın təxribata əl atdığını diqqətə çatdırıb.", "azerbaijan"),
        ("az", "Türkiyə Ermənistanla sərhədin bağlı olduğunu xatırladıb.", "turkey"),
        ("az", "İran sərhədin açıldığı barədə Azərbaycana məlumat verib.", "iran"),
        ("az", "Ermənistan Azərbaycanın atəşkəsi pozduğunu bildirir.", "armenia"),
        ("az", "Gürcüstan Rusiyanın sərhədi bağladığını deyir.", "georgia"),
        ("az", "Azərbaycan İranla əlaqələrin yaxşılaşdığını qeyd edir.", "azerbaijan"),
        ("az", "Rusiya Gürcüstanın NATO-ya üzvlüyünü təhlükə hesab edir.", "russia"),
        ("az", "Ermənistanın fikrincə, Azərbaycan hücuma hazırlaşır.", "armenia"),
    ],
)
def test_more_reporting_verbs_make_claims(
    language: str, text: str, claimant: str, dictionary: Dictionary
) -> None:
    assert claimant in claimants(text, dictionary, language)
