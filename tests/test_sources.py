from pathlib import Path

import pytest

from kg.errors import InputError
from kg.sources import MAX_BYTES, read_source, source_files


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_markdown_front_matter_gives_metadata(tmp_path):
    path = write(
        tmp_path,
        "Iran Talks.md",
        "---\ntitle: Talks\nurl: https://example.org/a\n"
        "published: 2024-07-15\nlanguage: en\noutlet: Example\n---\nBaku and Tehran met.\n",
    )
    source = read_source(path)
    assert source.slug == "iran-talks"
    assert (source.title, source.language, source.url, source.outlet) == (
        "Talks",
        "en",
        "https://example.org/a",
        "Example",
    )
    assert source.published.isoformat() == "2024-07-15"
    assert source.text == "Baku and Tehran met.\n"
    assert source.content_hash.startswith("sha256:")


def test_overrides_win_over_front_matter(tmp_path):
    path = write(tmp_path, "a.md", "---\nlanguage: en\n---\nText.\n")
    assert read_source(path, overrides={"language": "az", "title": None}).language == "az"


def test_html_keeps_visible_text_only(tmp_path):
    page = (
        "<html><head><title>Drills</title><script>alert(1)</script></head><body>"
        "<nav>Home | News</nav><p>Iran held drills.</p><style>p{}</style><p>Baku watched.</p>"
        "<footer>Copyright</footer></body></html>"
    )
    source = read_source(write(tmp_path, "p.html", page))
    assert source.title == "Drills"
    assert source.text == "Iran held drills.\n\nBaku watched."


def test_deeply_nested_html_does_not_recurse(tmp_path):
    page = "<div>" * 5000 + "Deep text." + "</div>" * 5000
    assert read_source(write(tmp_path, "deep.html", page)).text == "Deep text."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "no text"),
        ("blank.md", b"---\ntitle: x\n---\n   \n", "no text"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("bad.txt", b"Baku \xff\xfe text", "not valid utf-8-sig at byte 5"),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type"),
        ("open.md", b"---\ntitle: x\nno end", "never closed"),
        ("date.md", b"---\npublished: 2023-02-30\n---\ntext", "published date"),
    ],
)
def test_bad_documents_get_one_clear_message(tmp_path, name, data, message):
    with pytest.raises(InputError, match=message) as info:
        read_source(write(tmp_path, name, data))
    assert name in str(info.value)
    assert "\n" not in str(info.value)


def test_cp1251_needs_to_be_named_and_then_decodes(tmp_path):
    path = write(tmp_path, "ru.txt", "Баку и Тегеран".encode("cp1251"))
    with pytest.raises(InputError, match="--encoding cp1251"):
        read_source(path)
    assert read_source(path, encoding="cp1251").text == "Баку и Тегеран"


def test_oversized_document_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="byte limit"):
        read_source(path)


def test_source_files_skip_facts_and_readme(tmp_path):
    for name in ("b.md", "a.txt", "a.facts.yaml", "README.md", "c.html"):
        write(tmp_path, name, "x")
    assert [p.name for p in source_files(tmp_path)] == ["a.txt", "b.md", "c.html"]


def test_source_files_skip_the_annotation_guide(tmp_path):
    for name in ("en-a.md", "ANNOTATION.md", "en-a.facts.yaml"):
        write(tmp_path, name, "x")
    assert [p.name for p in source_files(tmp_path)] == ["en-a.md"]


def test_bundled_sources_hold_the_guide_but_it_is_no_document():
    folder = Path(__file__).resolve().parent.parent / "sources"
    assert (folder / "ANNOTATION.md").is_file()
    documents = source_files(folder)
    assert documents and all(p.with_name(p.stem + ".facts.yaml").is_file() for p in documents)


def test_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not a folder"):
        source_files(tmp_path / "nope")
