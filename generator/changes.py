"""What changed in a service's API, as users of its bindings see it.

An *API summary* is a small JSON document derived from a model: every
operation (its input, output and errors), every structure (its members'
wire names, types and whether they are required), every enum (its values),
and a hash of each documentation string.  ``write`` keeps the summary of
what was last generated in the output folder; comparing it with the
summary of the current spec gives the change report that ``generate`` and
``update`` print, and that ``check --breaking`` acts on.

Breaking changes are the ones that can make working user code fail:
a service (its whole package), an operation, structure or enum removed; a
member removed or its type changed; a member that became required; an
enum value removed.  A service generated for the first time is reported as
new, with what it holds.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

SUMMARY_VERSION = 1


def _doc_hash(text: str) -> str:
    return (
        hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        if text
        else ""
    )


def _type_of(shapes: dict[str, Any], name: str, depth: int = 0) -> str:
    """A readable type for a member: ``string``, ``list<Foo>``, ``map<string, Bar>``."""
    shape = shapes.get(name, {})
    kind = str(shape.get("type", "?"))
    if depth > 8:
        return kind
    if kind == "list":
        return f"list<{_type_of(shapes, shape['member']['shape'], depth + 1)}>"
    if kind == "map":
        key = _type_of(shapes, shape["key"]["shape"], depth + 1)
        return f"map<{key}, {_type_of(shapes, shape['value']['shape'], depth + 1)}>"
    if kind == "structure" and not shape.get("document"):
        return name
    if kind == "string" and "enum" in shape:
        return f"enum {name}"
    return "document" if shape.get("document") else kind


def summarize(model: dict[str, Any]) -> dict[str, Any]:
    """The API summary of a (validated) model."""
    shapes: dict[str, Any] = model.get("shapes", {})
    operations = {}
    for name, op in sorted(model.get("operations", {}).items()):
        operations[name] = {
            "input": op.get("input", {}).get("shape", ""),
            "output": op.get("output", {}).get("shape", ""),
            "errors": sorted(e["shape"] for e in op.get("errors", [])),
            "http": f"{op.get('http', {}).get('method', 'POST')} {op.get('http', {}).get('requestUri', '/')}",
            "doc": _doc_hash(op.get("documentation", "")),
        }
    structures = {}
    enums = {}
    for name, shape in sorted(shapes.items()):
        if shape.get("type") == "structure" and not shape.get("document"):
            required = set(shape.get("required", []))
            structures[name] = {
                "members": {
                    member_name: {
                        "type": _type_of(shapes, member["shape"]),
                        "required": member_name in required,
                        "doc": _doc_hash(member.get("documentation", "")),
                    }
                    for member_name, member in shape.get("members", {}).items()
                },
                "doc": _doc_hash(shape.get("documentation", "")),
            }
        elif shape.get("type") == "string" and "enum" in shape:
            enums[name] = {
                "values": list(shape["enum"]),
                "doc": _doc_hash(shape.get("documentation", "")),
            }
    return {
        "version": SUMMARY_VERSION,
        "operations": operations,
        "structures": structures,
        "enums": enums,
    }


@dataclass
class Change:
    kind: str  # e.g. "operation removed"
    subject: str  # e.g. "StartChatContact" or "ChatMessage.Content"
    detail: str = ""
    breaking: bool = False

    def __str__(self) -> str:
        mark = "BREAKING " if self.breaking else ""
        detail = f": {self.detail}" if self.detail else ""
        return f"{mark}{self.kind} {self.subject}{detail}"


@dataclass
class Report:
    """The changes between two API summaries of one service."""

    service: str
    changes: list[Change] = field(default_factory=list[Change])
    documentation_changes: int = 0
    #: For a service generated for the first time: what it holds
    #: ("12 operations, 40 structures, 5 enums"); "" otherwise.
    new_service: str = ""

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    def __bool__(self) -> bool:
        return bool(self.changes or self.documentation_changes or self.new_service)

    def text(self) -> str:
        """Plain text, one change per line."""
        if self.new_service:
            return f"API changes in {self.service}: new service ({self.new_service})"
        lines = [
            f"API changes in {self.service}: {len(self.changes)} ({len(self.breaking)} breaking)"
        ]
        lines += [f"  {change}" for change in self.changes]
        if self.documentation_changes:
            lines.append(f"  {self.documentation_changes} documentation-only change(s)")
        return "\n".join(lines)

    def markdown(self) -> str:
        """Markdown for a pull request or a changelog."""
        lines = [f"## API changes in `{self.service}`", ""]
        if self.new_service:
            lines.append(f"New service: {self.new_service}.")
        elif not self.changes:
            lines.append("No API changes.")
        for title, wanted in (("Breaking", True), ("Other", False)):
            items = [c for c in self.changes if c.breaking == wanted]
            if items:
                lines += [f"### {title} ({len(items)})", ""]
                lines += [
                    f"- {c.kind} `{c.subject}`" + (f": {c.detail}" if c.detail else "")
                    for c in items
                ]
                lines.append("")
        if self.documentation_changes:
            lines.append(
                f"{self.documentation_changes} documentation-only change(s), not listed."
            )
        return "\n".join(lines).rstrip() + "\n"


def markdown(reports: list[Report]) -> str:
    """The Markdown of several reports (``--report FILE``): the ones with
    something to say, or one line saying there is nothing."""
    told = [report.markdown() for report in reports if report]
    if not told:
        return "No API changes.\n"
    return "\n".join(told)


def _count(number: int, what: str) -> str:
    return f"{number} {what}" if number == 1 else f"{number} {what}s"


def removed_service(service: str) -> Report:
    """The report of a service whose package is no longer generated."""
    return Report(service, [Change("service removed", service, breaking=True)])


def compare(service: str, old: dict[str, Any] | None, new: dict[str, Any]) -> Report:
    """The report of going from summary ``old`` (None: nothing generated yet) to ``new``."""
    report = Report(service)
    if old is None:
        report.new_service = ", ".join(
            [
                _count(len(new["operations"]), "operation"),
                _count(len(new["structures"]), "structure"),
                _count(len(new["enums"]), "enum"),
            ]
        )
        return report
    add = report.changes.append
    docs = 0

    old_ops, new_ops = old.get("operations", {}), new["operations"]
    for name in sorted(old_ops.keys() - new_ops.keys()):
        add(Change("operation removed", name, breaking=True))
    for name in sorted(new_ops.keys() - old_ops.keys()):
        add(Change("operation added", name))
    for name in sorted(old_ops.keys() & new_ops.keys()):
        before, after = old_ops[name], new_ops[name]
        if before["http"] != after["http"]:
            add(
                Change(
                    "operation HTTP binding changed",
                    name,
                    f"{before['http']} → {after['http']}",
                )
            )
        for error in sorted(set(after["errors"]) - set(before["errors"])):
            add(Change("error added", f"{name}: {error}"))
        for error in sorted(set(before["errors"]) - set(after["errors"])):
            add(Change("error removed", f"{name}: {error}"))
        docs += before["doc"] != after["doc"]

    old_structs, new_structs = old.get("structures", {}), new["structures"]
    for name in sorted(old_structs.keys() - new_structs.keys()):
        add(Change("shape removed", name, breaking=True))
    for name in sorted(new_structs.keys() - old_structs.keys()):
        add(Change("shape added", name))
    for name in sorted(old_structs.keys() & new_structs.keys()):
        before, after = old_structs[name]["members"], new_structs[name]["members"]
        docs += old_structs[name]["doc"] != new_structs[name]["doc"]
        for member in sorted(before.keys() - after.keys()):
            add(Change("member removed", f"{name}.{member}", breaking=True))
        for member in sorted(after.keys() - before.keys()):
            required = after[member]["required"]
            add(
                Change(
                    "member added",
                    f"{name}.{member}",
                    f"{after[member]['type']}" + (", required" if required else ""),
                    breaking=required,
                )
            )
        for member in sorted(before.keys() & after.keys()):
            b, a = before[member], after[member]
            if b["type"] != a["type"]:
                add(
                    Change(
                        "member type changed",
                        f"{name}.{member}",
                        f"{b['type']} → {a['type']}",
                        breaking=True,
                    )
                )
            if a["required"] and not b["required"]:
                add(Change("member became required", f"{name}.{member}", breaking=True))
            elif b["required"] and not a["required"]:
                add(Change("member became optional", f"{name}.{member}"))
            docs += b["doc"] != a["doc"]

    old_enums, new_enums = old.get("enums", {}), new["enums"]
    for name in sorted(old_enums.keys() - new_enums.keys()):
        add(Change("enum removed", name, breaking=True))
    for name in sorted(new_enums.keys() - old_enums.keys()):
        add(Change("enum added", name))
    for name in sorted(old_enums.keys() & new_enums.keys()):
        before_values, after_values = (
            old_enums[name]["values"],
            new_enums[name]["values"],
        )
        added = [v for v in after_values if v not in before_values]
        removed = [v for v in before_values if v not in after_values]
        if added:
            add(Change("enum values added", name, ", ".join(added)))
        if removed:
            add(Change("enum values removed", name, ", ".join(removed), breaking=True))
        docs += old_enums[name]["doc"] != new_enums[name]["doc"]
    report.documentation_changes = docs
    return report


def dumps(summary: dict[str, Any]) -> str:
    """The summary as the text stored in the output folder (stable, diff-friendly)."""
    return json.dumps(summary, indent=1, sort_keys=True) + "\n"
