import pytest

from kg.text import clean, fold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("İran", "Iran"),
        ("IRAN", "iran"),
        ("Naxçıvan", "Naxcivan"),
        ("Şuşa", "Susa"),
        ("Ira\u200bn", "Iran"),
        ("\u202eIran", "Iran"),
        ("Tbilisi  ", "tbilisi"),
        ("تهران", "تهران"),
        ("ايران", "ایران"),  # Arabic yeh vs Persian yeh
    ],
)
def test_fold_makes_spelling_variants_meet(a, b):
    assert fold(a) == fold(b)


def test_fold_keeps_scripts_apart():
    assert fold("Баку") != fold("Baku")


def test_clean_composes_to_nfc_and_keeps_visible_text():
    decomposed = "Azərbaycan".replace("ç", "c\u0327")
    assert clean(decomposed) == "Azərbaycan"
    assert clean("Երևան") == "Երևան"
