"""A state's name (or demonym) and a body noun link the state's interior, emergencies,
energy, economy, oil and intelligence ministries, its prosecutors, its election commission
and its foreign intelligence service (the lexicons' ``bodies`` rules), in en, az and ru; a
state with no such body in the dictionary gets none, and other senses of the words none.
"""

import pytest

from kg.dictionary import Dictionary
from kg.extract.linking import link

LINKED = [
    # en: "<state>'s <body>" and "<body> of <state>"
    (
        "en",
        "Armenia's interior ministry said 14 people were held overnight.",
        "ministry-of-internal-affairs-of-armenia",
    ),
    (
        "en",
        "Georgia's Ministry of Internal Affairs said the avenue was cleared.",
        "ministry-of-internal-affairs-of-georgia",
    ),
    (
        "en",
        "The interior ministry of Armenia said the road was open again.",
        "ministry-of-internal-affairs-of-armenia",
    ),
    (
        "en",
        "Georgia's prosecutor's office charged two officers on Monday.",
        "prosecutor-generals-office-of-georgia",
    ),
    (
        "en",
        "The prosecutor general's office of Armenia opened a case.",
        "prosecutor-generals-office-of-armenia",
    ),
    (
        "en",
        "Azerbaijan's emergencies ministry sent two planes to fight the fire.",
        "ministry-of-emergency-situations-of-azerbaijan",
    ),
    ("en", "Turkey's energy ministry said gas flows had resumed.", "ministry-of-energy-of-turkey"),
    (
        "en",
        "Armenia's economy ministry said exports grew in March.",
        "ministry-of-economy-of-armenia",
    ),
    (
        "en",
        "Iran's intelligence ministry said it had arrested five people.",
        "ministry-of-intelligence-of-iran",
    ),
    ("en", "Iran's oil ministry said exports rose.", "ministry-of-petroleum-of-iran"),
    (
        "en",
        "Russia's foreign intelligence service claimed a plot was afoot.",
        "foreign-intelligence-service-of-russia",
    ),
    (
        "en",
        "Azerbaijan's election commission registered four candidates.",
        "central-election-commission-of-azerbaijan",
    ),
    # az: the genitive or bare state name before the body's name
    (
        "az",
        "Gürcüstanın Daxili İşlər Nazirliyi bu barədə məlumat yayıb.",
        "ministry-of-internal-affairs-of-georgia",
    ),
    ("az", "Ermənistan DİN bu barədə məlumat yayıb.", "ministry-of-internal-affairs-of-armenia"),
    (
        "az",
        "Ermənistanın Baş Prokurorluğu cinayət işi açıb.",
        "prosecutor-generals-office-of-armenia",
    ),
    (
        "az",
        "Gürcüstanın Mərkəzi Seçki Komissiyası ilkin nəticələri açıqlayıb.",
        "central-election-commission-of-georgia",
    ),
    (
        "az",
        "Ermənistanın Fövqəladə Hallar Nazirliyi xilasedicilər göndərib.",
        "ministry-of-emergency-situations-of-armenia",
    ),
    ("az", "Rusiya FHN-i təyyarə göndərib.", "ministry-of-emergency-situations-of-russia"),
    (
        "az",
        "Ermənistanın DİN-i saxlanılanların adlarını açıqlayıb.",
        "ministry-of-internal-affairs-of-armenia",
    ),
    ("az", "Rusiyanın FHN-i iki təyyarə göndərib.", "ministry-of-emergency-situations-of-russia"),
    (
        "az",
        "Türkiyənin Energetika Nazirliyi qaz axınının bərpa olunduğunu bildirib.",
        "ministry-of-energy-of-turkey",
    ),
    (
        "az",
        "Ermənistanın İqtisadiyyat Nazirliyi ixracın artdığını bildirib.",
        "ministry-of-economy-of-armenia",
    ),
    # ru: the body before its state's genitive
    (
        "ru",
        "Министерство энергетики Турции сообщило о возобновлении поставок.",
        "ministry-of-energy-of-turkey",
    ),
    (
        "ru",
        "Центризбирком Азербайджана зарегистрировал четырех кандидатов.",
        "central-election-commission-of-azerbaijan",
    ),
    (
        "ru",
        "В прокуратуре Армении заявили, что дело закрыто.",
        "prosecutor-generals-office-of-armenia",
    ),
    (
        "ru",
        "Прокуратура Азербайджана объявила его в розыск.",
        "prosecutor-generals-office-of-azerbaijan",
    ),
    (
        "ru",
        "МВД Республики Армения сообщило о задержании.",
        "ministry-of-internal-affairs-of-armenia",
    ),
    (
        "ru",
        "Министерство по чрезвычайным ситуациям Республики Азербайджан направило спасателей.",
        "ministry-of-emergency-situations-of-azerbaijan",
    ),
    (
        "ru",
        "Министерство разведки Исламской Республики Иран сообщило об арестах.",
        "ministry-of-intelligence-of-iran",
    ),
    (
        "ru",
        "Служба внешней разведки Республики Азербайджан опровергла сообщения.",
        "foreign-intelligence-service-of-azerbaijan",
    ),
    (
        "ru",
        "ЦИК Республики Армения зарегистрировал списки.",
        "central-election-commission-of-armenia",
    ),
    (
        "ru",
        "Минэнерго Республики Азербайджан сообщило о росте добычи.",
        "ministry-of-energy-of-azerbaijan",
    ),
    (
        "ru",
        "Министерство экономики Республики Армения сообщило о росте.",
        "ministry-of-economy-of-armenia",
    ),
    (
        "ru",
        "Министерство нефти Исламской Республики Иран сообщило о росте экспорта.",
        "ministry-of-petroleum-of-iran",
    ),
]


@pytest.mark.parametrize(("language", "text", "slug"), LINKED)
def test_a_state_and_a_body_noun_link_the_states_body(
    dictionary: Dictionary, language: str, text: str, slug: str
) -> None:
    assert slug in [m.entity for m in link(text, dictionary, language)]


UNLINKED = [
    # no such body of the state in the dictionary: the state alone, no other state's body
    ("en", "Israel's interior ministry said the crossing was shut.", ["israel"]),
    ("az", "İsrailin Daxili İşlər Nazirliyi keçidin bağlandığını bildirib.", ["israel"]),
    ("az", "Türkiyənin Fövqəladə Hallar Nazirliyi xilasedicilər göndərib.", ["turkey"]),
    ("ru", "МВД Израиля сообщило о закрытии перехода.", ["israel"]),
    # "interior", "internal affairs" in other senses
    ("en", "Floods hit Armenia's interior regions.", ["armenia"]),
    ("en", "Russia warned against meddling in Georgia's internal affairs.", ["russia", "georgia"]),
    ("az", "Azərbaycan Ermənistanın daxili işlərinə qarışmır.", ["azerbaijan", "armenia"]),
    ("ru", "Россия не вмешивается во внутренние дела Армении.", ["russia", "armenia"]),
]


@pytest.mark.parametrize(("language", "text", "entities"), UNLINKED)
def test_no_body_is_linked_that_the_dictionary_lacks_or_the_words_do_not_name(
    dictionary: Dictionary, language: str, text: str, entities: list[str]
) -> None:
    assert [m.entity for m in link(text, dictionary, language) if m.entity] == entities
