"""The command line: ``generate``, ``check`` and ``validate``.

Exit status: 0 success; 1 ``check`` found stale files; 2 a spec is invalid
(one ``file:line:col: /pointer: message`` line per problem on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import load, overrides, pipeline, validate
from .errors import Problem, SpecError

DEFAULT_SPECS = Path("specs")
DEFAULT_OUT = Path("generated")


def _jobs(args: argparse.Namespace) -> list[pipeline.Job]:
    if not args.specs:
        if args.package:
            raise SystemExit("error: --package needs exactly one SPEC")
        return pipeline.discover(DEFAULT_SPECS)
    if args.package and len(args.specs) != 1:
        raise SystemExit("error: --package needs exactly one SPEC")
    return [pipeline.Job(load.find_spec(Path(s)), args.package) for s in args.specs]


def _print_warnings(found: list[Problem]) -> None:
    for problem in found:
        print(problem, file=sys.stderr)


def _generate(args: argparse.Namespace) -> int:
    found: list[Problem] = []
    result = pipeline.run(_jobs(args), Path(args.out), warnings=found)
    _print_warnings(found)
    from .write import commit

    commit(result)
    print(
        f"generated {len(result.contents)} files in {args.out}: "
        f"{len(result.changed)} changed, {len(result.removed)} removed",
        file=sys.stderr,
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    result = pipeline.run(_jobs(args), Path(args.out))
    if not result.changed and not result.removed:
        print(f"{args.out} is up to date ({len(result.contents)} files)", file=sys.stderr)
        return 0
    print(f"{args.out} is stale: {len(result.changed) + len(result.removed)} files differ", file=sys.stderr)
    for rel in result.changed:
        print(f"  changed: {rel}")
    for rel in result.removed:
        print(f"  removed: {rel}")
    print(result.diff(), end="")
    print("run `python -m generator generate` to update", file=sys.stderr)
    return 1


def _validate(args: argparse.Namespace) -> int:
    problems = []
    for spec in args.specs:
        try:
            doc = overrides.load_with_overrides(load.find_spec(Path(spec)))
            validate.validate(doc)
            _print_warnings(validate.warnings(doc))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    print(f"{len(args.specs)} spec(s) valid", file=sys.stderr)
    return 0


def _carve(args: argparse.Namespace) -> int:
    from .carve import carve, dump_yaml

    doc = load.load_document(load.find_spec(Path(args.model)))
    try:
        model = carve(doc.data, args.operation, args.shape)
    except KeyError as exc:
        raise SystemExit(f"error: {exc.args[0]!r} is not in {args.model}") from None
    text = dump_yaml(model)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(text, "utf-8")
    else:
        sys.stdout.write(text)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m generator", description=__doc__.split("\n")[0])
    commands = top.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "render bindings for SPECs (default: every service under specs/)"),
        ("check", "exit 1 with a diff if the bindings are not what generate would write"),
    ):
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("specs", nargs="*", metavar="SPEC", help="a model file or a folder holding one")
        sub.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (default: generated)")
        sub.add_argument("--package", help="package name for a single SPEC (default: from serviceId)")
    sub = commands.add_parser("validate", help="check SPECs against the schema and the semantic rules")
    sub.add_argument("specs", nargs="+", metavar="SPEC")
    sub = commands.add_parser("carve", help="write a smaller spec: some operations and the shapes they reach")
    sub.add_argument("model", metavar="MODEL")
    sub.add_argument("--operation", action="append", required=True, help="an operation to keep (repeatable)")
    sub.add_argument("--shape", action="append", default=[], help="an extra shape to keep (repeatable)")
    sub.add_argument("-o", "--output", help="output file (default: stdout)")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    handler = {"generate": _generate, "check": _check, "validate": _validate, "carve": _carve}[args.command]
    try:
        return handler(args)
    except SpecError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return 130
