from kg.extract.sentences import split


def test_offsets_and_abbreviations() -> None:
    text = "The U.S. envoy met Dr. Aliyev in Baku. He left on Monday! Did he? Yes."
    parts = split(text, ["en"])
    assert [p.text for p in parts] == [
        "The U.S. envoy met Dr. Aliyev in Baku.",
        "He left on Monday!",
        "Did he?",
        "Yes.",
    ]
    assert all(text[p.start : p.end] == p.text for p in parts)


def test_russian_quotes_and_dash() -> None:
    text = "«Агрессор наказан», — заявил Медведев. В 2008 г. началась война."
    assert [p.text for p in split(text, ["ru"])] == [
        "«Агрессор наказан», — заявил Медведев.",
        "В 2008 г. началась война.",
    ]


def test_blank_line_always_splits() -> None:
    assert len(split("Heading without stop\n\nBody text.")) == 2


def test_azerbaijani() -> None:
    text = "Prezident bəyan edib. Nazirlik açıqlayıb."
    assert len(split(text, ["az"])) == 2
