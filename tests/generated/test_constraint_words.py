"""The command line's help and the resource methods' docstrings state the same bounds for every argument.

Both outputs are read as generated (the command table's help text, the methods' `Args:` sections), and the rules
each states are picked out of its text, so a rule worded in one place only fails here.
"""

from __future__ import annotations

import inspect
import re
from collections import Counter

import pytest

from videoconf import SignalWire, Whereby
from videoconf._generated._commands import all_commands

RULE = re.compile(
    r"(?:exactly|from|at least|at most|greater than|less than|a multiple of) -?\d+(?:\.\d+)?"
    r"(?:(?: to| and (?:at most|less than)) -?\d+(?:\.\d+)?)?(?: (?:characters?|items?|keys?)\b)?"
    r"|must match the regular expression `[^`]+`"
    r"|no item may appear twice"
    r"|keys: (?:`[^`]+`(?: \(required\))?(?:, )?)+"
)
COMMANDS = all_commands()
CLIENTS = {"signalwire": SignalWire(project_id="p", token="t", space="x"), "whereby": Whereby(api_key="k")}


def rules(text: str) -> Counter[str]:
    return Counter(match.rstrip(", ") for match in RULE.findall(" ".join(text.split()).lower()))


def argument_docs(docstring: str) -> dict[str, str]:
    """`Args:` section of a Google-style docstring: argument name -> its text on one line."""
    section = docstring.split("\nArgs:\n", 1)[1].split("\n\n", 1)[0]
    found: dict[str, str] = {}
    name = ""
    for line in section.splitlines():
        entry = re.match(r"    (\w+): (.*)", line)
        if entry:
            name = entry.group(1)
            found[name] = entry.group(2)
        else:
            found[name] += " " + line.strip()
    return found


def test_the_rules_are_found_in_both_spellings() -> None:
    # The reader of both outputs must see the words the model writes, or the comparison below proves nothing.
    assert rules("[an integer; greater than 0 and at most 200000]") == Counter(["greater than 0 and at most 200000"])
    assert rules("Greater than 0 and at most 200000.") == Counter(["greater than 0 and at most 200000"])
    assert rules("[an integer at most 200000]") != rules("Greater than 0 and at most 200000.")


@pytest.mark.parametrize("operation_id", sorted(COMMANDS))
def test_help_and_docstring_state_the_same_rules(operation_id: str) -> None:
    command = COMMANDS[operation_id]
    method = getattr(getattr(CLIENTS[command["vendor"]], command["resource"]), command["method"])
    docs = argument_docs(inspect.getdoc(method) or "")
    for argument in command["arguments"]:
        help_rules = rules(argument["help"])
        doc_rules = rules(docs[argument["python"]])
        assert help_rules == doc_rules, f"{operation_id} {argument['name']}: help {help_rules}, docstring {doc_rules}"


def test_the_help_texts_state_rules_at_all() -> None:
    found = sum((rules(a["help"]) for c in COMMANDS.values() for a in c["arguments"]), Counter[str]())
    assert found["greater than 0 and at most 200000"] >= 1  # room_tokens create's remove_after_seconds_elapsed
    assert found["at least 1 item"] >= 1  # Whereby's `fields`
    assert sum(found.values()) > 50
