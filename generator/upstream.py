"""`python -m generator upstream signalwire|whereby SPEC_FILE`: a vendor's published spec compared with our contract.

`generator.spec_diff` finds every difference, each one fact: (operation, place, kind). A difference we keep on purpose
is known when `generator/upstream-known.yaml` records exactly that triple with its reason; nothing else excuses it
(no pattern, no note in the contract). The report lists per operation what is new (a maintainer decides: change the
contract, or record the difference with its reason), what is known, and recorded differences no longer found.
`--propose` prints the new ones in the record file's form, for the maintainer to give reasons.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.spec_diff import Difference, compare

ROOT = Path(__file__).resolve().parent.parent
KNOWN = Path(__file__).resolve().parent / "upstream-known.yaml"
# Where each vendor's operations live in its own published spec (SignalWire's file holds its other products too).
SCOPE = {"signalwire": "/api/video", "whereby": ""}

Key = tuple[str, str, str]


class KnownFileError(ValueError):
    """The record of known differences is malformed: the message says where."""


@dataclass(frozen=True)
class Finding:
    difference: Difference
    known: str | None  # the recorded reason, or None for news


def load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data: Any = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    if not isinstance(data, dict) or "paths" not in data:
        raise ValueError(f"{path}: not an OpenAPI document")
    return data


def known(vendor: str, path: Path | None = None) -> dict[Key, str]:
    """The recorded differences of a vendor, each exact (operation, place, kind) with its reason."""
    path = KNOWN if path is None else path
    data = (yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None) or {}
    if not isinstance(data, dict) or not set(data) <= set(SCOPE):
        raise KnownFileError(f"{path}: a mapping of {sorted(SCOPE)} to lists of recorded groups")
    found: dict[Key, str] = {}
    for number, group in enumerate(data.get(vendor) or [], 1):
        where = f"{path}: {vendor} group {number}"
        if not isinstance(group, dict) or set(group) != {"reason", "differences"}:
            raise KnownFileError(f"{where}: needs exactly `reason` and `differences`")
        reason = group["reason"]
        if not isinstance(reason, str) or not reason.strip():
            raise KnownFileError(f"{where}: the reason is empty")
        for entry in group["differences"] or []:
            if not (isinstance(entry, list) and len(entry) == 3 and all(isinstance(part, str) for part in entry)):
                raise KnownFileError(f"{where}: {entry!r} is not [operation, place, kind]")
            key = (entry[0], entry[1], entry[2])
            if key in found:
                raise KnownFileError(f"{where}: {list(key)} is recorded twice")
            found[key] = reason.strip()
    return found


def findings(vendor: str, ours: dict[str, Any], theirs: dict[str, Any], record: dict[Key, str]) -> list[Finding]:
    return [Finding(d, record.get(d.key)) for d in compare(ours, theirs, SCOPE[vendor])]


def stale(found: list[Finding], record: dict[Key, str]) -> list[Key]:
    """Recorded differences the comparison no longer finds: the vendor (or we) changed, and the record should go."""
    seen = {finding.difference.key for finding in found}
    return sorted(key for key in record if key not in seen)


def report(found: list[Finding], gone: list[Key]) -> str:
    lines: list[str] = []
    by_operation: dict[str, list[Finding]] = {}
    for finding in found:
        by_operation.setdefault(finding.difference.operation, []).append(finding)
    for operation, items in by_operation.items():
        lines.append(operation)
        for label, chosen in (("new", [f for f in items if not f.known]), ("known", [f for f in items if f.known])):
            if chosen:
                lines.append(f"  {label}:")
                for f in chosen:
                    note = f"  [known: {f.known}]" if f.known else ""
                    lines.append(f"    {f.difference.place}: {f.difference.kind}{note}")
    if gone:
        lines.append("recorded as known, no longer found (remove from generator/upstream-known.yaml):")
        lines += [f"  {operation}: {place}: {kind}" for operation, place, kind in gone]
    news = sum(1 for f in found if not f.known)
    lines.append(
        f"{news} new differences, {len(found) - news} known, in {len(by_operation)} operations; "
        f"{len(gone)} recorded no longer found"
    )
    return "\n".join(lines) + "\n"


def proposal(vendor: str, found: list[Finding]) -> str:
    """The new differences as one group of the record file, its reason left for the maintainer to write."""
    entries = [list(f.difference.key) for f in found if not f.known]
    group = {"reason": "WHY WE KEEP THESE (write it, or change the contract instead)", "differences": entries}
    return str(yaml.safe_dump({vendor: [group]}, sort_keys=False, allow_unicode=True, width=200))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator upstream", description=__doc__.split("\n", 1)[0])
    parser.add_argument("vendor", choices=sorted(SCOPE))
    parser.add_argument("spec", type=Path, metavar="SPEC_FILE", help="the vendor's published OpenAPI (YAML or JSON)")
    parser.add_argument(
        "--ours", type=Path, help="our contract to compare (default: generated/<vendor>.openapi.yaml)", default=None
    )
    parser.add_argument("--known", type=Path, default=None, help="the record of known differences (default: shipped)")
    parser.add_argument("--new-only", action="store_true", help="leave out the known differences")
    parser.add_argument("--propose", action="store_true", help="print the new differences as a record to fill in")
    args = parser.parse_args(argv)
    ours_path = args.ours or ROOT / "generated" / f"{args.vendor}.openapi.yaml"
    try:
        record = known(args.vendor, args.known)
        found = findings(args.vendor, load(ours_path), load(args.spec), record)
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(f"generator upstream: {error}", file=sys.stderr)
        return 1
    if args.propose:
        sys.stdout.write(proposal(args.vendor, found))
        return 0
    gone = stale(found, record)
    if args.new_only:
        found = [f for f in found if not f.known]
    sys.stdout.write(report(found, gone))
    return 0
