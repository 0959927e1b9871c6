import datetime as dt

import pytest

from kg.dates import DateSpan, PartialDate, Precision
from kg.errors import InputError


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest", "datatype"),
    [
        ("2023-01-27", Precision.DAY, "2023-01-27", "2023-01-27", "date"),
        ("2015-04", Precision.MONTH, "2015-04-01", "2015-04-30", "gYearMonth"),
        ("2024-02", Precision.MONTH, "2024-02-01", "2024-02-29", "gYearMonth"),
        ("2008", Precision.YEAR, "2008-01-01", "2008-12-31", "gYear"),
    ],
)
def test_partial_dates_keep_precision_and_bounds(text, precision, earliest, latest, datatype):
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert date.earliest.isoformat() == earliest
    assert date.latest.isoformat() == latest
    assert date.literal().datatype.endswith("#" + datatype)
    assert date.iso() == text


@pytest.mark.parametrize("text", ["2023-02-30", "2024-13-01", "27.01.2023", "", "20233"])
def test_impossible_dates_are_refused_with_the_value_in_the_message(text):
    with pytest.raises(InputError, match="is not a real date"):
        PartialDate.parse(text)


def test_yaml_date_objects_are_accepted():
    assert PartialDate.parse(dt.date(2020, 11, 10)).iso() == "2020-11-10"


def test_range_bounds_and_precision_use_the_coarser_end():
    span = DateSpan.parse(start="2024-11-11", end="2024-12")
    assert span.is_range
    assert span.precision is Precision.MONTH
    assert (span.earliest.isoformat(), span.latest.isoformat()) == ("2024-11-11", "2024-12-31")
    assert span.iso() == "2024-11-11/2024-12"


def test_range_that_ends_before_it_starts_is_refused():
    with pytest.raises(InputError, match="ends"):
        DateSpan.parse(start="2024-11-22", end="2024-11-11")
