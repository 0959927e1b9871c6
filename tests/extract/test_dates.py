import datetime as dt

import pytest

from kg.extract.dates import find_dates

PUBLISHED = dt.date(2024, 11, 27)  # a Wednesday


def iso(text: str, language: str, published: dt.date | None = PUBLISHED) -> list[str | None]:
    return [m.span.iso() if m.span else None for m in find_dates(text, language, published)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("on January 27, 2023", "en", "2023-01-27"),
        ("on 27 January 2023", "en", "2023-01-27"),
        ("in April 2015", "en", "2015-04"),
        ("in 2008", "en", "2008"),
        ("from 11 to 22 November 2024", "en", "2024-11-11/2024-11-22"),
        ("27 января 2023 года", "ru", "2023-01-27"),
        ("в апреле 2016 года", "ru", "2016-04"),
        ("в 2008 году", "ru", "2008"),
        ("с 11 по 22 ноября 2024 года", "ru", "2024-11-11/2024-11-22"),
        ("27 yanvar 2023-cü il", "az", "2023-01-27"),
        ("2023-cü il yanvarın 27-də", "az", "2023-01-27"),
        ("2016-cı ilin aprelində", "az", "2016-04"),
        ("2021-ci il iyunun 15-də", "az", "2021-06-15"),
    ],
)
def test_absolute_and_partial(text: str, language: str, expected: str) -> None:
    assert iso(text, language, None) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("on Monday", "en", "2024-11-25"),
        ("yesterday", "en", "2024-11-26"),
        ("last month", "en", "2024-10"),
        ("June 12", "en", "2024-06-12"),
        ("в понедельник", "ru", "2024-11-25"),
        ("с 11 по 22 ноября", "ru", "2024-11-11/2024-11-22"),
        ("bazar ertəsi", "az", "2024-11-25"),
        ("ötən ay", "az", "2024-10"),
        ("ötən ilin yanvarında", "az", "2023-01"),
        ("в ноябре прошлого года", "ru", "2023-11"),
        ("in March", "en", "2024-03"),
        ("в мае", "ru", "2024-05"),
        ("в начале марта", "ru", "2024-03"),
        ("в конце августа", "ru", "2024-08"),
        # weeks, Monday to Sunday (a range of days: the model has no week precision)
        ("last week", "en", "2024-11-18/2024-11-24"),
        ("this week", "en", "2024-11-25/2024-12-01"),
        ("next week", "en", "2024-12-02/2024-12-08"),
        ("earlier this week", "en", "2024-11-25/2024-11-26"),
        ("later this week", "en", "2024-11-28/2024-12-01"),
        ("на прошлой неделе", "ru", "2024-11-18/2024-11-24"),
        ("на минувшей неделе", "ru", "2024-11-18/2024-11-24"),
        ("на этой неделе", "ru", "2024-11-25/2024-12-01"),
        ("на следующей неделе", "ru", "2024-12-02/2024-12-08"),
        ("keçən həftə", "az", "2024-11-18/2024-11-24"),
        ("ötən həftənin", "az", "2024-11-18/2024-11-24"),
        ("bu həftə", "az", "2024-11-25/2024-12-01"),
        ("gələn həftə", "az", "2024-12-02/2024-12-08"),
    ],
)
def test_relative_resolved_against_publication(text: str, language: str, expected: str) -> None:
    assert iso(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("on Monday", "en"),
        ("June 12", "en"),
        ("в понедельник", "ru"),
        ("ötən ay", "az"),
        ("last week", "en"),
        ("на прошлой неделе", "ru"),
        ("keçən həftə", "az"),
    ],
)
def test_relative_without_publication_is_unresolved(text: str, language: str) -> None:
    (mention,) = find_dates(text, language, None)
    assert mention.span is None and "unresolved" in mention.flags


@pytest.mark.parametrize(
    ("text", "language"),
    [("February 30, 2023", "en"), ("30 февраля 2023 года", "ru"), ("30 fevral 2023-cü il", "az")],
)
def test_impossible_dates_are_flagged_not_emitted(text: str, language: str) -> None:
    (mention,) = find_dates(text, language, PUBLISHED)
    assert mention.span is None and mention.flags == ("impossible",)


def test_year_taken_from_an_earlier_date_in_the_text() -> None:
    mentions = find_dates("On 7 August 2008 war began; on 12 August it ended.", "en", PUBLISHED)
    assert [m.span.iso() for m in mentions if m.span] == ["2008-08-07", "2008-08-12"]
    assert "year-from-context" in mentions[1].flags


def test_offsets_point_into_original_text() -> None:
    text = "Signed on 5 MAY 2024 in Baku."
    (mention,) = find_dates(text, "en")
    assert text[mention.start : mention.end] == mention.text == "5 MAY 2024"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("On 27 January 2023 it began; the same day it ended.", "en", "2023-01-27"),
        ("On 27 January 2023 it began; the next day it ended.", "en", "2023-01-28"),
        ("On 27 January 2023 it began, a day after the talks.", "en", "2023-01-26"),
        ("27 yanvar 2023-cü ildə başlayıb, elə həmin gün bitib.", "az", "2023-01-27"),
        ("27 yanvar 2023-cü ildə başlayıb, ertəsi gün bitib.", "az", "2023-01-28"),
        ("27 yanvar 2023-cü ildə başlayıb. Eyni gün bitib.", "az", "2023-01-27"),
        ("On 27 January 2023 it began; the same night it ended.", "en", "2023-01-27"),
        ("He spoke on 22 February 2024. In the same interview he left.", "en", "2024-02-22"),
        ("22 февраля 2024 года он выступил. В том же интервью он ушёл.", "ru", "2024-02-22"),
        ("22 fevral 2024-cü ildə danışıb. Həmin müsahibədə çıxıb.", "az", "2024-02-22"),
        ("27 января 2023 года началось, в тот же день закончилось.", "ru", "2023-01-27"),
        ("27 января 2023 года началось, на следующий день закончилось.", "ru", "2023-01-28"),
        (
            "27 января 2023 года началось. Это было на следующий день после того, как они ушли.",
            "ru",
            "2023-01-26",
        ),
        ("27 января 2023 года началось, за день до того как они ушли.", "ru", "2023-01-28"),
    ],
)
def test_that_day_counts_from_the_last_full_date(text: str, language: str, expected: str) -> None:
    mentions = find_dates(text, language, PUBLISHED)
    assert mentions[-1].span is not None and mentions[-1].span.iso() == expected
    assert "anaphoric" in mentions[-1].flags


def test_that_day_without_an_earlier_date_is_unresolved() -> None:
    (mention,) = find_dates("The same day it ended.", "en", PUBLISHED)
    assert mention.span is None and "unresolved" in mention.flags


def test_a_year_looked_ahead_to_sets_no_year_for_later_dates() -> None:
    text = "They pledged $300 billion a year until 2035. On 13 November he spoke."
    assert iso(text, "en") == ["2035", "2024-11-13"]


def test_the_month_before_a_noun() -> None:
    assert iso("the January attack on the embassy", "en") == ["2024-01"]
    assert iso("the May drills", "en") == []


def test_azerbaijani_deadline_ending() -> None:
    assert iso("noyabrın 20-dək", "az") == ["2024-11-20"]


def test_russian_last_weekday() -> None:
    assert iso("в прошлую пятницу", "ru") == ["2024-11-22"]
    assert iso("в минувшее воскресенье", "ru") == ["2024-11-24"]


def test_two_days_either_side_and_tomorrow() -> None:
    assert iso("позавчера и послезавтра", "ru") == ["2024-11-25", "2024-11-29"]
    assert iso("srağagün, sabah və birigün", "az") == ["2024-11-25", "2024-11-28", "2024-11-29"]


def test_going_on_since_a_day_runs_to_publication() -> None:
    # "продолжаются с 27 сентября", "sentyabrın 27-dən bəri": from then until the article
    published = dt.date(2020, 11, 10)
    expected = ["2020-09-27/2020-11-10"]
    assert iso("Бои продолжаются с 27 сентября.", "ru", published) == expected
    assert iso("Döyüşlər sentyabrın 27-dən bəri davam edir.", "az", published) == expected
    assert iso("с 27 сентября", "ru", published) == ["2020-09-27"]


def test_a_day_of_last_month() -> None:
    # "ötən ayın 24-də", "25-го прошлого месяца": a day of a month told relative to publication.
    assert iso("ötən ayın 24-də", "az") == ["2024-10-24"]
    assert iso("bu ayın 3-də", "az") == ["2024-11-03"]
    assert iso("25-го прошлого месяца", "ru") == ["2024-10-25"]
    # November has no 31st: no date rather than a wrong one
    assert iso("ötən ayın 31-də", "az", dt.date(2024, 12, 5)) == [None]


def test_a_major_general_is_no_may() -> None:
    # "general-mayor" (major general) holds the letters of "may", the month.
    assert iso("döyüşdə general-mayor Polad Həşimov həlak olub", "az") == []
    assert iso("2024-cü il mayın 19-da", "az", None) == ["2024-05-19"]
    assert iso("2024-cü ilin mayında", "az", None) == ["2024-05"]


def test_russian_weekday_since() -> None:
    # "со вторника" (since Tuesday): the weekday in the genitive after "с/со".
    assert iso("со вторника Россия приостановила сообщение", "ru") == ["2024-11-26"]
    assert iso("с пятницы", "ru") == ["2024-11-22"]


def test_azerbaijani_day_in_the_dative() -> None:
    # "set for 24 June": the day's dative ending keeps the day.
    assert iso("iyunun 24-nə təyin olunmuş seçkilər", "az") == ["2024-06-24"]
    assert iso("seçkini fevralın 7-ə keçirib", "az") == ["2024-02-07"]


def test_a_story_told_forward_keeps_going_forward() -> None:
    text = "At a summit on November 1, 2017 they spoke. On 30 July the ministers met."
    assert iso(text, "en", dt.date(2018, 8, 13)) == ["2017-11-01", "2018-07-30"]
    text = "On 7 August 2008 war began; on 12 August it ended."
    assert iso(text, "en", dt.date(2018, 8, 13)) == ["2008-08-07", "2008-08-12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the night of 7–8 August, when", "2024-08-07/2024-08-08"),
        ("on August 7-8 the talks", "2024-08-07/2024-08-08"),
    ],
)
def test_a_day_range_without_a_year(text: str, expected: str) -> None:
    assert iso(text, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("would extend its railway by the end of the year", "en"),
        ("до конца года", "ru"),
        ("dəmir yolu ilin sonunadək çəkiləcək", "az"),
    ],
)
def test_the_end_of_the_year_is_the_publication_year(text: str, language: str) -> None:
    assert iso(text, language) == ["2024"]


def test_the_end_of_last_year_is_not_this_year() -> None:
    assert iso("ötən ilin sonunda", "az") == ["2023"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("on the eve of the 30th anniversary of diplomatic relations", "en"),
        ("в преддверии 30-летия установления дипломатических отношений", "ru"),
        ("diplomatik münasibətlərin 30 illiyi", "az"),
    ],
)
def test_an_anniversary_dates_what_it_is_of(text: str, language: str) -> None:
    assert iso(text, language) == ["1994"]
    assert iso(text, language, None) == [None]


@pytest.mark.parametrize(
    ("text", "language"), [("30-летний срок", "ru"), ("COP29-un 29-cu sessiyası", "az")]
)
def test_a_count_of_years_or_an_ordinal_is_no_anniversary(text: str, language: str) -> None:
    assert iso(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("expelled on 6 April 2023; a month later Iran did", "en"),
        ("6 апреля 2023 года выслал, а через месяц Иран выслал", "ru"),
        ("2023-cü il aprelin 6-da çıxarmış, İran isə bir ay sonra çıxarmışdı", "az"),
    ],
)
def test_a_month_later_counts_from_the_last_full_date(text: str, language: str) -> None:
    assert iso(text, language) == ["2023-04-06", "2023-05"]


def test_a_month_later_without_an_earlier_date_is_unresolved() -> None:
    assert iso("a month later Iran did", "en") == [None]


def test_days_after_something_count_back_from_the_last_full_date() -> None:
    text = "Georgia said on Friday it was leaving, three days after Moscow recognised them."
    assert iso(text, "en", dt.date(2008, 8, 30)) == ["2008-08-29", "2008-08-26"]


def test_a_russian_night_spans_the_evening_before() -> None:
    assert iso("в ночь на 13 августа 2008 года", "ru") == ["2008-08-12/2008-08-13"]
    assert iso("в ночь на 1 января", "ru") == ["2023-12-31/2024-01-01"]


def test_a_year_alone_sets_no_year_for_later_dates() -> None:
    text = "Russian guards had served there since 1992. On 1 August Armenians took over."
    assert iso(text, "en", dt.date(2024, 8, 5)) == ["1992", "2024-08-01"]


def test_a_year_before_an_agreement_noun_dates_it() -> None:
    assert iso("The base operates under a 1995 agreement.", "en") == ["1995"]
    assert iso("They signed the 2010 protocols.", "en") == ["2010"]
    # a year before a name is part of the name, it dates no event of the sentence
    assert iso("They confirmed the 1991 Alma-Ata Declaration.", "en") == []


def test_a_day_with_its_year_told_in_words_sets_the_year_of_later_dates() -> None:
    text = "He led from May 2020 until September 1 this year. Police held him on September 27."
    found = find_dates(text, "en", dt.date(2023, 10, 4))
    assert [m.span.iso() for m in found if m.span] == ["2020-05", "2023-09-01", "2023-09-27"]
    (last,) = find_dates("on 3 March last year", "en", dt.date(2023, 10, 4))
    assert last.span is not None and last.span.iso() == "2022-03-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 5 and 6 May 2024", "2024-05-05/2024-05-06"),
        ("on May 5 and 6, 2024", "2024-05-05/2024-05-06"),
        ("on 5 and 6 May", "2024-05-05/2024-05-06"),
        ("from May 5 to 7", "2024-05-05/2024-05-07"),
        ("from May 5 to June 7, 2023", "2023-05-05/2023-06-07"),
        ("in mid-May", "2024-05"),
        ("at the end of March", "2024-03"),
        ("by the beginning of June", "2024-06"),
    ],
)
def test_english_days_joined_by_and_and_parts_of_a_month(text: str, expected: str) -> None:
    assert iso(text, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("They met on 3 May 2024. A week later they signed.", "en", "2024-05-10"),
        ("They met on 3 May 2024. Two weeks earlier they clashed.", "en", "2024-04-19"),
        ("They met on 3 May 2024. The following week they signed.", "en", "2024-05-06/2024-05-12"),
        ("They met on 3 May 2024. The previous week they clashed.", "en", "2024-04-22/2024-04-28"),
        ("They met on 3 May 2024. That week they signed.", "en", "2024-04-29/2024-05-05"),
        ("Они встретились 3 мая 2024 года. Неделю спустя они подписали.", "ru", "2024-05-10"),
        (
            "Они встретились 3 мая 2024 года. На той же неделе они подписали.",
            "ru",
            "2024-04-29/2024-05-05",
        ),
        ("Görüş 3 may 2024-cü ildə olub. Bir həftə sonra saziş imzalanıb.", "az", "2024-05-10"),
        (
            "Görüş 3 may 2024-cü ildə olub. Həmin həftə saziş imzalanıb.",
            "az",
            "2024-04-29/2024-05-05",
        ),
    ],
)
def test_weeks_count_from_the_last_full_date(text: str, language: str, expected: str) -> None:
    assert iso(text, language)[-1] == expected


def test_an_approximate_two_weeks_after_sets_no_day() -> None:
    assert iso("It came on 26 August 2008, less than two weeks after the ceasefire.", "en") == [
        "2008-08-26"
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("in the autumn of 2020", None, "2020-09/2020-11"),
        ("in spring 2021", None, "2021-03/2021-05"),
        ("in the fall of 2020", None, "2020-09/2020-11"),
        ("this summer", dt.date(2023, 2, 15), "2023-06/2023-08"),
        ("last summer", PUBLISHED, "2024-06/2024-08"),
        ("last summer", dt.date(2024, 7, 10), "2023-06/2023-08"),
        ("next spring", PUBLISHED, "2025-03/2025-05"),
    ],
)
def test_an_english_season_is_its_three_months(
    text: str, published: dt.date | None, expected: str
) -> None:
    assert iso(text, "en", published) == [expected]


def test_the_fall_of_a_town_is_no_season() -> None:
    assert iso("after the fall of Shusha", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("over the weekend", "en", "2024-11-23/2024-11-24"),
        ("last weekend", "en", "2024-11-23/2024-11-24"),
        ("next weekend", "en", "2024-11-30/2024-12-01"),
        ("в минувшие выходные", "ru", "2024-11-23/2024-11-24"),
        ("в следующие выходные", "ru", "2024-11-30/2024-12-01"),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(text: str, language: str, expected: str) -> None:
    assert iso(text, language) == [expected]
