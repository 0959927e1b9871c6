"""Entity-linking rules of extraction round 17 (Azerbaijani and Russian slice): inflected
forms of names that did not link."""

import pytest

from kg.dictionary import Dictionary
from kg.extract.linking import link


def entities(text: str, dictionary: Dictionary, language: str) -> list[str | None]:
    return [m.entity for m in link(text, dictionary, language) if m.kind != "candidate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakı ABŞ-la yeni saziş imzalayıb.", "united-states"),
        ("BMT-nin missiyası bölgəyə gəlib.", "united-nations"),
        ("Ermənistan KTMT-dən çıxmağı müzakirə edir.", "collective-security-treaty-organization"),
        (
            "Nümayəndə heyəti AŞPA-dakı iclasda çıxış edib.",
            "parliamentary-assembly-of-the-council-of-europe",
        ),
        ("Gürcüstan NATO-ya üzv olmaq istəyir.", "north-atlantic-treaty-organization"),
    ],
)
def test_an_abbreviation_takes_its_case_endings_after_a_hyphen(
    text: str, expected: str, dictionary: Dictionary
) -> None:
    assert expected in entities(text, dictionary, "az")


def test_a_hyphen_before_other_words_is_no_case_ending(dictionary: Dictionary) -> None:
    assert entities("Ordu de-fakto nəzarəti bərpa edib.", dictionary, "az") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бои в Нагорном Карабахе не прекращаются.", "nagorno-karabakh"),
        ("Власти Нагорного Карабаха объявили мобилизацию.", "nagorno-karabakh"),
        ("Жители Агдама вернулись домой.", "aghdam-district"),
    ],
)
def test_a_name_whose_nominative_ends_like_a_case_ending_links_in_other_cases(
    text: str, expected: str, dictionary: Dictionary
) -> None:
    assert expected in entities(text, dictionary, "ru")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Rusiya Gürcüstana qoşun yeridib.", "georgia"),
        ("Rusiya Gürcüstandan qoşunlarını çıxarıb.", "georgia"),
        ("Türkiyə Azərbaycana hərbçilər göndərib.", "azerbaijan"),
    ],
)
def test_a_state_in_an_oblique_case_owns_no_troops_after_it(
    text: str, state: str, dictionary: Dictionary
) -> None:
    found = entities(text, dictionary, "az")
    assert state in found and not any(
        str(s).startswith(("armed-forces", "defense")) for s in found[1:]
    )


def test_a_state_in_the_genitive_still_owns_its_troops(dictionary: Dictionary) -> None:
    assert "defense-forces-of-georgia" in entities(
        "Gürcüstanın qoşunları geri çəkilib.", dictionary, "az"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Эксперты обсуждают азербайджано-иранские отношения.", ["azerbaijan", "iran"]),
        ("На ирано-азербайджанской границе спокойно.", ["iran", "azerbaijan"]),
    ],
)
def test_a_compound_adjectives_lower_case_first_part_is_a_state(
    text: str, expected: list[str], dictionary: Dictionary
) -> None:
    assert entities(text, dictionary, "ru") == expected


def test_a_lower_case_last_part_still_needs_its_capital(dictionary: Dictionary) -> None:
    text = "ирано-иракский конфликт и война иран-ирак"
    assert entities(text, dictionary, "ru") == ["iran", "iraq"]  # not the lower-case "ирак"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Türkiyənin Xarici İşlər Nazirliyi bəyanat yayıb.",
            ["ministry-of-foreign-affairs-of-turkey"],
        ),
        ("İranın Müdafiə Nazirliyi təlim keçirib.", ["ministry-of-defence-of-iran"]),
        ("Rusiya Federasiyası Müdafiə Nazirliyi bildirib.", ["ministry-of-defence-of-russia"]),
        ("Xarici İşlər Nazirliyi bildirib.", ["ministry-of-foreign-affairs-of-azerbaijan"]),
    ],
)
def test_a_ministry_after_a_state_is_that_states_not_azerbaijans(
    text: str, expected: list[str], dictionary: Dictionary
) -> None:
    assert entities(text, dictionary, "az") == expected
