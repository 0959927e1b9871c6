import pytest

from kg.dictionary import Dictionary
from kg.extract.linking import Linker, link
from kg.model import Entity


def entities(text: str, dictionary: Dictionary, language: str) -> list[str | None]:
    return [m.entity for m in link(text, dictionary, language) if m.kind != "candidate"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Naxçıvanda təlim keçirilib.", "az", "nakhchivan"),
        ("İran'ın səfiri", "az", "iran"),
        ("Azərbaycanın səfirliyi", "az", "azerbaijan"),
        ("учения в Нахичевани", "ru", "nakhchivan"),
        ("посол Ирана", "ru", "iran"),
        ("с Ираном", "ru", "iran"),
        ("границы Армении", "ru", "armenia"),
        ("представитель МИД Насер Канани", "ru", "nasser-kanaani"),  # a spelling in use
        ("Ադրբեջանի նախագահը", "hy", "azerbaijan"),
        ("Հայաստանում", "hy", "armenia"),
    ],
)
def test_inflected_forms(text: str, language: str, expected: str, dictionary: Dictionary) -> None:
    assert expected in entities(text, dictionary, language)


def test_demonyms(dictionary: Dictionary) -> None:
    # (troops would be the states' forces: tests/extract/test_rules_en18.py)
    mentions = link("Azerbaijani and Turkish diplomats", dictionary, "en")
    assert [(m.entity, m.kind) for m in mentions] == [
        ("azerbaijan", "demonym"),
        ("turkey", "demonym"),
    ]
    assert entities("иранской полиции и российских банков", dictionary, "ru") == ["iran", "russia"]


def test_capital_as_metonym_only_before_a_political_verb(dictionary: Dictionary) -> None:
    first, second = link("Baku rejected that account. The plane landed in Baku.", dictionary, "en")
    assert (first.entity, first.kind, first.name_of) == ("azerbaijan", "metonym", "baku")
    assert (second.entity, second.kind) == ("baku", "name")


def test_a_capital_recognising_stands_for_its_state(dictionary: Dictionary) -> None:
    (moscow,) = link("Moscow recognised the two regions.", dictionary, "en")
    assert (moscow.entity, moscow.kind) == ("russia", "metonym")


def test_longest_match_wins(dictionary: Dictionary) -> None:
    mentions = link("The Ministry of Foreign Affairs of Azerbaijan said", dictionary, "en")
    assert [m.entity for m in mentions] == ["ministry-of-foreign-affairs-of-azerbaijan"]


def test_invisible_characters_inside_names(dictionary: Dictionary) -> None:
    text = "Ira\u200bn and Arm\u202eenia and Geor\u00adgia"
    mentions = link(text, dictionary, "en")
    assert [m.entity for m in mentions] == ["iran", "armenia", "georgia"]
    assert [m.text for m in mentions] == ["Ira\u200bn", "Arm\u202eenia", "Geor\u00adgia"]


def test_lowercase_word_does_not_match_capitalised_name(dictionary: Dictionary) -> None:
    assert "georgia" not in entities("the georgia peach", dictionary, "en")


def test_unknown_people_are_kept_as_candidates(dictionary: Dictionary) -> None:
    mentions = link("Foreign Minister Hossein Amirzadeh Qolami met officials.", dictionary, "en")
    candidates = [m.text for m in mentions if m.kind == "candidate"]
    assert candidates == ["Hossein Amirzadeh Qolami"]


def test_ambiguous_name_resolved_by_context(dictionary: Dictionary) -> None:
    alone = link("Naxçıvan", dictionary, "az")
    assert alone[0].entity == "nakhchivan"  # the region is preferred over the city inside it


def test_country_body_phrase(dictionary: Dictionary) -> None:
    (mention,) = link("Russia's foreign ministry said so.", dictionary, "en")
    assert (mention.text, mention.entity, mention.name_of) == (
        "Russia's foreign ministry",
        "ministry-of-foreign-affairs-of-russia",
        "russia",
    )


def test_a_country_s_security_council_is_its_body(dictionary: Dictionary) -> None:
    (mention,) = link("Armenia's Security Council asked for help.", dictionary, "en")
    assert (mention.entity, mention.name_of) == ("security-council-of-armenia", "armenia")
    (mention,) = link("The UN Security Council met.", dictionary, "en")
    assert mention.entity == "united-nations-security-council"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan's State Security Service detained him.",
            "state-security-service-of-azerbaijan",
        ),
        ("Georgia's security service detained him.", "state-security-service-of-georgia"),
        ("Armenia's National Security Service said.", "national-security-service-of-armenia"),
    ],
)
def test_a_country_s_security_service_is_its_body(
    text: str, expected: str, dictionary: Dictionary
) -> None:
    assert link(text, dictionary, "en")[0].entity == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Russian border guards left.", "en", "russian-border-guard-in-armenia"),
        ("Российские пограничники ушли.", "ru", "russian-border-guard-in-armenia"),
        ("Azərbaycan sərhədçiləri atəş açıb.", "az", "state-border-service-of-azerbaijan"),
        (
            "Azerbaijan's State Border Service took control.",
            "en",
            "state-border-service-of-azerbaijan",
        ),
        ("Georgian border guards met.", "en", "georgia"),  # no Georgian border body
    ],
)
def test_demonym_and_border_guards_link_to_the_one_border_body(
    text: str, language: str, expected: str, dictionary: Dictionary
) -> None:
    assert link(text, dictionary, language)[0].entity == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("the Armenia-Azerbaijan border", "en", ["armenia", "azerbaijan"]),
        ("Turkish-Azerbaijani drills", "en", ["turkey", "azerbaijan"]),
        ("на российско-грузинской границе", "ru", ["russia", "georgia"]),
        ("the Russian-led bloc", "en", []),
        ("in Nagorno-Karabakh", "en", ["nagorno-karabakh"]),
    ],
)
def test_hyphenated_names(
    text: str, language: str, expected: list[str], dictionary: Dictionary
) -> None:
    assert entities(text, dictionary, language) == expected


def test_place_name_starting_a_longer_unknown_name_is_not_linked(dictionary: Dictionary) -> None:
    mentions = link(
        "Foreign Minister Ararat Qelembekyan went to Ararat province.", dictionary, "en"
    )
    assert [(m.text, m.entity) for m in mentions] == [
        ("Ararat Qelembekyan", None),
        ("Ararat province", "ararat-province"),
    ]


def test_class_word_picks_among_ambiguous_places(dictionary: Dictionary) -> None:
    (town,) = link("the town of Shusha", dictionary, "en")
    assert town.entity == "shusha"


def test_surname_alone_after_the_full_name() -> None:
    people = Dictionary([Entity("jane-roe", "Person", "Jane Roe", "A test person.")])
    linker = Linker(people)
    mentions = linker.link("Jane Roe spoke. Later Roe left; Roe's aide stayed.", "en")
    assert [(m.text, m.entity) for m in mentions] == [
        ("Jane Roe", "jane-roe"),
        ("Roe", "jane-roe"),
        ("Roe's", "jane-roe"),
    ]
    assert [m for m in linker.link("Later Roe left.", "en") if m.entity] == []
    az = linker.link("Jane Roe gəldi. Roe'nin sözlərinə görə", "az")
    assert [m.entity for m in az] == ["jane-roe", "jane-roe"]


def test_russian_female_surname_does_not_catch_the_male_one() -> None:
    people = Dictionary(
        [
            Entity("jane-roe", "Person", "Jane Roe", "x", aliases={"ru": ("Алиева",)}),
            Entity("john-doe", "Person", "John Doe", "x", aliases={"ru": ("Пашинян",)}),
        ]
    )
    linker = Linker(people)
    assert [m.entity for m in linker.link("Алиев и Алиева", "ru") if m.entity] == ["jane-roe"]
    assert [m.entity for m in linker.link("с Пашиняном", "ru") if m.entity] == ["john-doe"]


def test_a_capital_accused_or_urged_stands_for_its_state(dictionary: Dictionary) -> None:
    found = link("Pashinyan accused Moscow of meddling.", dictionary)
    assert [(m.text, m.entity) for m in found if m.text == "Moscow"] == [("Moscow", "russia")]
    found = link("Talks were held in Moscow.", dictionary)
    assert [(m.text, m.entity) for m in found if m.text == "Moscow"] == [("Moscow", "moscow")]
    found = link("Пашинян обвинил Москву во вмешательстве.", dictionary, "ru")
    assert [m.entity for m in found if m.text == "Москву"] == ["russia"]


def test_a_place_named_after_a_person_is_not_the_person(dictionary: Dictionary) -> None:
    text = "Ilham Aliyev hosted the summit at the Heydar Aliyev Center in Baku."
    found = [(m.text, m.entity) for m in link(text, dictionary)]
    assert ("Heydar Aliyev Center", None) in found
    assert all(entity != "heydar-aliyev" for _, entity in found)
    assert ("Heydar Aliyev", "heydar-aliyev") in [
        (m.text, m.entity) for m in link("Heydar Aliyev ruled Azerbaijan.", dictionary)
    ]


def test_a_place_naming_a_time_zone_is_no_mention(dictionary: Dictionary) -> None:
    text = "Tərəflər Moskva vaxtı ilə saat 00:00-dan atəşi dayandırıb, danışıqlar Moskvada olub."
    found = [(m.text, m.entity) for m in link(text, dictionary, "az") if m.kind != "candidate"]
    assert found == [("Moskvada", "moscow")]


SEEN_BEFORE = [
    ("Naxçıvanda və İran'ın səfirliyində Azərbaycanın nümayəndələri", "az"),
    ("учения в Нахичевани, посол Ирана и границы Армении", "ru"),
    ("Ադրբեջանի նախագահը Հայաստանում", "hy"),
    ("The Ministry of Foreign Affairs of Azerbaijan and Ira\u200bn met in Baku.", "en"),
    ("Azerbaijani and Turkish troops; the georgia peach; Georgia", "en"),
]


def test_a_linker_that_has_seen_other_texts_finds_the_same(dictionary: Dictionary) -> None:
    """Words are judged once per language and remembered; that must not change any result."""
    fresh = [Linker(dictionary).link(text, language) for text, language in SEEN_BEFORE]
    warm = Linker(dictionary)
    for text, _ in SEEN_BEFORE:  # every text in every language first
        for language in ("az", "ru", "hy", "en"):
            warm.link(text, language)
    assert [warm.link(text, language) for text, language in SEEN_BEFORE] == fresh
    assert [m.entity for m in fresh[1] if m.entity] == ["nakhchivan", "iran", "armenia"]


def test_a_name_at_the_end_of_the_text_and_a_longer_name_over_its_parts(
    dictionary: Dictionary,
) -> None:
    assert entities(
        "Talks with the Ministry of Foreign Affairs of Azerbaijan", dictionary, "en"
    ) == ["ministry-of-foreign-affairs-of-azerbaijan"]
    assert entities("Tehran", dictionary, "en") == ["tehran"]


def test_armenian_border_guards_are_the_national_security_service(
    dictionary: Dictionary,
) -> None:
    # the dictionary: the National Security Service commands Armenia's border troops
    text = "С 1 августа контроль осуществляют армянские пограничники."
    assert "national-security-service-of-armenia" in entities(text, dictionary, "ru")
    text = "Armenian border guards guard the checkpoint."
    assert "national-security-service-of-armenia" in entities(text, dictionary, "en")


def test_russias_base_in_armenia_is_the_102nd(dictionary: Dictionary) -> None:
    # Russia keeps one base in Armenia, so the descriptive name is the 102nd's
    text = "вопрос о закрытии российской военной базы в Армении"
    assert "russian-102nd-military-base" in entities(text, dictionary, "ru")
    text = "The Russian military base in Armenia stays."
    assert "russian-102nd-military-base" in entities(text, dictionary, "en")


def test_the_general_staff_of_two_states_is_their_armed_forces(dictionary: Dictionary) -> None:
    text = "The chiefs of the general staff of Armenia and Azerbaijan met in Moscow."
    found = [m.entity for m in link(text, dictionary, "en")]
    assert found == ["armed-forces-of-armenia", "armed-forces-of-azerbaijan", "moscow"]
    plain = [m.entity for m in link("Armenia and Azerbaijan met in Moscow.", dictionary, "en")]
    assert plain == ["armenia", "azerbaijan", "moscow"]


def test_a_window_is_stemmed_only_as_far_as_a_name_starting_there_reaches() -> None:
    from kg.extract.lexicon import lexicon

    names = Linker(Dictionary([Entity("ivan-petrov", "Person", "Иван Петров", "x")]))
    ru = lexicon("ru")
    assert names._window_stems(["ивана", "петрова", "и", "других"], ru) == ["иван", "петров"]
    assert names._window_stems(["и", "ивана", "петрова"], ru) == ["и"]
    assert [m.entity for m in names.link("встреча с Иваном Петровым", "ru")] == ["ivan-petrov"]
