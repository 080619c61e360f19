"""Shell completion from the command table: `videoconf --completion bash` prints a script that asks
`videoconf __complete WORDS...` for the candidates, so completion never goes stale when the contract changes."""

from __future__ import annotations

from collections.abc import Sequence

from videoconf._generated._commands import TREE, commands

from ._parser import COMMON_OPTIONS, cli_name, words_of

__all__ = ["complete", "script"]

_BASH = """\
_videoconf_complete() {
    local IFS=$'\\n'
    COMPREPLY=($(compgen -W "$(videoconf __complete "${COMP_WORDS[@]:1:COMP_CWORD-1}")" -- "${COMP_WORDS[COMP_CWORD]}"))
}
complete -o default -F _videoconf_complete videoconf
"""

_ZSH_PRELUDE = "autoload -U +X bashcompinit && bashcompinit\n"

# `commandline -opc`: the words before the cursor, the command itself first.
_FISH = """\
function __videoconf_complete
    set -l words (commandline -opc)
    videoconf __complete $words[2..-1]
end
complete -c videoconf -f -a '(__videoconf_complete)'
"""


def script(shell: str) -> str:
    """The completion script for `shell`: bash, zsh (through its bash compatibility) or fish."""
    if shell == "fish":
        return _FISH
    return (_ZSH_PRELUDE if shell == "zsh" else "") + _BASH


def complete(before: Sequence[str]) -> list[str]:
    """Candidates for the word after `before` (the words already typed after `videoconf`)."""
    words = [word.replace("_", "-") for _, word in words_of(before)]
    if len(words) == 0:
        return [*TREE, "--help", "--version", "--completion"]
    resources = TREE.get(words[0], {})
    if len(words) == 1:
        return [cli_name(name) for name in resources]
    methods = resources.get(words[1].replace("-", "_"), {})
    if len(words) == 2:
        return [cli_name(name) for name in methods]
    operation_id = methods.get(words[2].replace("-", "_"))
    if operation_id is None:
        return []
    command = commands(words[0])[operation_id]
    previous = before[-1] if before else ""
    for argument in command["arguments"]:
        if previous == "--" + cli_name(argument["python"]) and argument["choices"]:
            return [str(choice) for choice in argument["choices"]]
    if previous in ("--output", "-o"):
        return ["json", "table"]
    options = ["--" + cli_name(a["python"]) for a in command["arguments"] if a["where"] != "path"]
    skipped = {"--json", "--extra-body"} if not command["body"] else set()
    if not command["paginated"]:
        skipped.add("--all")
    return options + sorted(COMMON_OPTIONS - skipped) + ["-o"]
