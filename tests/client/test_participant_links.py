"""`videoconf.participant_url`: Whereby's room-URL parameters from the contract's table, written as the contract's
rules say, and every refused value refused before anything is built (by the one request checker)."""

from __future__ import annotations

import warnings
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

import videoconf
from tests.specdata import resolved
from videoconf import UnlistedValueWarning, ValidationError, participant_url
from videoconf._generated._room_url import PARAMETERS, URL_FIELDS
from videoconf._links import parse_participant_url

ROOM = "https://example.whereby.com/standup-4b3bd908"
HOST = ROOM + "?roomKey=sekret-host-key-51"
CONTRACT = resolved()["components"]["schemas"]["Meeting"]["x-url-parameters"]


def _query(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(url).query, keep_blank_values=True)


def test_the_issues_example_builds_the_link_the_contract_describes() -> None:
    url = videoconf.participant_url(ROOM, display_name="Ada", external_id="u-42", metadata="booking-7", audio=False)
    assert url == ROOM + "?audio=off&displayName=Ada&externalId=u-42&metadata=booking-7"


def test_the_table_is_the_contracts_parameters_for_the_contracts_fields() -> None:
    assert URL_FIELDS == tuple(CONTRACT["fields"]) == ("roomUrl", "hostRoomUrl", "viewerRoomUrl")
    assert [p["wire"] for p in PARAMETERS.values()] == list(CONTRACT["schema"]["properties"])
    assert len(PARAMETERS) >= 45
    kinds = {p["wire"]: p["kind"] for p in PARAMETERS.values()}
    assert (kinds["minimal"], kinds["audio"], kinds["chat"], kinds["groups"], kinds["lang"]) == (
        "flag",
        "switch",
        "switch",
        "list",
        "value",
    )


def _valid(wire: str, parameter: Any) -> tuple[object, str | None]:
    """A valid Python value for a parameter and what the link then carries (None: the bare name)."""
    schema = CONTRACT["schema"]["properties"][wire]
    if parameter["kind"] == "flag":
        return True, None
    if parameter["kind"] == "switch":
        word = parameter["choices"][-1]
        return word == "on", word
    if parameter["kind"] == "list":
        return ["Orange", "Banana split"], "Orange,Banana split"
    if parameter["choices"]:
        return parameter["choices"][-1], parameter["choices"][-1]
    if schema.get("format") == "uri":
        return "https://cdn.example.com/people/ada.png", "https://cdn.example.com/people/ada.png"
    if "pattern" in schema:
        return "u-42_x", "u-42_x"
    return "ä b&c=d#e/f", "ä b&c=d#e/f"


@pytest.mark.parametrize("python", list(PARAMETERS))
def test_each_parameter_is_written_as_its_kind_says(python: str) -> None:
    parameter = PARAMETERS[python]
    value, carried = _valid(parameter["wire"], parameter)
    url = participant_url(ROOM, **{python: value})  # type: ignore[arg-type]
    assert url.startswith(ROOM + "?")
    pairs = _query(url)
    assert pairs == [(parameter["wire"], carried if carried is not None else "")]
    if carried is None:
        assert url.endswith("?" + parameter["wire"])  # a flag is the bare name, with no `=`
    assert parse_participant_url(PARAMETERS, url) == {
        parameter["wire"]: True if carried is None else carried.split(",") if parameter["kind"] == "list" else carried
    }


def test_only_unreserved_characters_are_left_unencoded() -> None:
    url = participant_url(ROOM, metadata="a b&c=d#e/f?g+h~i.j_k-l%m", groups=["x y", "z"])
    assert url.endswith("?groups=x%20y,z&metadata=a%20b%26c%3Dd%23e%2Ff%3Fg%2Bh~i.j_k-l%25m")


def test_switches_write_only_the_words_they_list() -> None:
    assert participant_url(ROOM, chat=True, screenshare=False) == ROOM + "?chat=on&screenshare=off"
    # `audio` lists only `off`: True is the room's default and writes nothing; `roomIntegrations` lists only `on`.
    assert participant_url(ROOM, audio=True, room_integrations=False) == ROOM
    assert participant_url(ROOM, audio=None, minimal=False) == ROOM


def test_the_urls_own_query_stays_first_and_order_is_the_contracts() -> None:
    url = participant_url(HOST, video=False, display_name="Grace", audio=False)
    assert url == HOST + "&audio=off&displayName=Grace&video=off"
    assert participant_url(ROOM + "#top", minimal=True) == ROOM + "?minimal#top"
    assert participant_url(ROOM, display_name="Ada", extra={"emojiSkinTone": "dark tone"}) == (
        ROOM + "?displayName=Ada&emojiSkinTone=dark%20tone"
    )


@pytest.mark.parametrize(
    ("arguments", "field", "rule", "value"),
    [
        ({"display_name": "Ada $"}, "display_name", "pattern", "Ada $"),
        ({"display_name": "x" * 101}, "display_name", "maxLength", "x" * 101),
        ({"external_id": "u 42"}, "external_id", "pattern", "u 42"),
        ({"external_id": "u" * 37}, "external_id", "maxLength", "u" * 37),
        ({"external_id": ""}, "external_id", "pattern", ""),
        ({"camera_effect": "sparkles"}, "camera_effect", "enum", "sparkles"),
        ({"groups": [f"g{n}" for n in range(21)]}, "groups", "maxItems", [f"g{n}" for n in range(21)]),
        ({"groups": ["a,b"]}, "groups[0]", "pattern", "a,b"),
        ({"groups": ["ok", ""]}, "groups[1]", "minLength", ""),
        ({"groups": "Orange"}, "groups", "type", "Orange"),
        ({"avatar_url": "http://cdn.example.com/a.png"}, "avatar_url", "pattern", "http://cdn.example.com/a.png"),
        (
            {"avatar_url": "https://cdn.example.com/a.png?v=2"},
            "avatar_url",
            "pattern",
            "https://cdn.example.com/a.png?v=2",
        ),
        ({"virtual_background_url": "not a url"}, "virtual_background_url", "format", "not a url"),
        ({"chat": "maybe"}, "chat", "enum", "maybe"),
        ({"minimal": "yes"}, "minimal", "type", "yes"),
        ({"metadata": 7}, "metadata", "type", 7),
    ],
)
def test_a_refused_value_names_its_argument_rule_and_value(
    arguments: dict[str, Any], field: str, rule: str, value: object
) -> None:
    with pytest.raises(ValidationError) as refused:
        participant_url(ROOM, **arguments)
    assert (refused.value.field, refused.value.rule, refused.value.value) == (field, rule, value)
    assert str(refused.value).startswith(f"{field}: ")


@pytest.mark.parametrize("room_url", ["", "standup", "ftp://example.whereby.com/r", "https://", 42])
def test_only_an_absolute_web_url_takes_parameters(room_url: Any) -> None:
    with pytest.raises(ValidationError) as refused:
        participant_url(room_url, display_name="Ada")
    assert refused.value.field == "room_url"


def test_a_parameter_the_url_carries_or_the_contract_lists_is_not_added_twice() -> None:
    with pytest.raises(ValidationError) as refused:
        participant_url(HOST, room_key="another-key")
    assert (refused.value.field, refused.value.rule) == ("room_key", "conflict")
    assert "another-key" not in str(refused.value) and "sekret-host-key-51" not in str(refused.value)
    with pytest.raises(ValidationError, match=r"extra\['audio'\].*use its argument"):
        participant_url(ROOM, extra={"audio": "on"})
    with pytest.raises(ValidationError, match=r"extra\['viewerKey'\].*in the URL already"):
        participant_url(ROOM + "?viewerKey=v", extra={"viewerKey": "x"})


def test_a_host_key_is_never_shown_and_neither_is_a_bad_url() -> None:
    with pytest.raises(ValidationError) as refused:
        participant_url(ROOM, room_key="")
    assert (refused.value.field, refused.value.rule) == ("room_key", "minLength")
    assert "<redacted>" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        participant_url("mailto:host-key-9f3@example.com", display_name="Ada")
    assert "host-key-9f3" not in str(refused.value)


def test_an_unlisted_interface_language_is_written_with_a_warning() -> None:
    with pytest.warns(UnlistedValueWarning, match=r"^lang: 'ko' .*written as given") as caught:
        assert participant_url(ROOM, lang="ko") == ROOM + "?lang=ko"
    assert caught[0].filename == __file__
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert participant_url(ROOM, lang="zh-hant") == ROOM + "?lang=zh-hant"


@given(
    name=st.text(st.characters(blacklist_characters="$!<>:;", blacklist_categories=["Cs"]), max_size=100),
    metadata=st.text(st.characters(blacklist_categories=["Cs"])),
)
def test_any_valid_value_reads_back_from_the_link_unchanged(name: str, metadata: str) -> None:
    url = participant_url(HOST, display_name=name, metadata=metadata)
    assert dict(_query(url)) == {"roomKey": "sekret-host-key-51", "displayName": name, "metadata": metadata}
    # Nothing outside the unreserved characters is left as it is.
    assert all(c.isascii() and (c.isalnum() or c in "-._~%=&") for c in urlsplit(url).query)
