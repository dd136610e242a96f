"""The command line: ``generate``, ``check``, ``update``, ``validate``, ``carve``.

Exit status: 0 success; 1 ``check`` found stale files; 2 a spec is invalid
(one ``file:line:col: /pointer: message`` line per problem on stderr);
3 ``check --breaking`` found a breaking API change not yet generated.

Defaults come from ``[tool.aws-bindings-generator]`` in the ``pyproject.toml``
of the current folder (see :mod:`generator.config`); flags override them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import changes, config, load, overrides, pipeline, update, validate, write
from .errors import Problem, SpecError


class Progress:
    """Progress lines on a terminal; silent elsewhere (CI logs) unless asked."""

    def __init__(self, enabled: bool | None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled

    def __call__(self, message: str) -> None:
        if self.enabled:
            print(message, file=sys.stderr, flush=True)


def _jobs(args: argparse.Namespace, settings: config.Settings) -> list[pipeline.Job]:
    if args.package and len(args.specs) != 1:
        raise SystemExit("error: --package needs exactly one SPEC")
    if not args.specs:
        return settings.jobs()
    paths = [Path(s) for s in args.specs]
    return [
        pipeline.Job(spec, args.package or settings.package_for(path))
        for path, spec in zip(paths, pipeline.locate(paths))
    ]


def _print_problems(found: list[Problem]) -> None:
    for problem in found:
        print(problem, file=sys.stderr)


def _run(
    args: argparse.Namespace, settings: config.Settings, reports: list[changes.Report]
) -> tuple[write.Result, Path]:
    progress = Progress(args.progress)
    jobs = _jobs(args, settings)
    out = Path(args.out) if args.out else settings.out
    progress(
        f"[1/3] loading {len(jobs)} service(s): {', '.join(str(j.spec) for j in jobs)}"
    )
    found: list[Problem] = []
    result = pipeline.run(
        jobs,
        out,
        warnings=found,
        formatter=args.formatter or settings.formatter,
        reports=reports,
    )
    _print_problems(found)
    progress(
        f"[2/3] rendered {len(result.contents)} files, formatted {result.formatted} that changed"
    )
    return result, out


def _print_reports(reports: list[changes.Report], markdown: str | None) -> None:
    for report in reports:
        if report:
            print(report.text(), file=sys.stderr)
    if markdown:
        Path(markdown).write_text("".join(r.markdown() for r in reports), "utf-8")


def _generate(args: argparse.Namespace, settings: config.Settings) -> int:
    reports: list[changes.Report] = []
    result, out = _run(args, settings, reports)
    write.commit(result)
    Progress(args.progress)(
        f"[3/3] wrote {len(result.changed)} file(s), removed {len(result.removed)}"
    )
    _print_reports(reports, args.report)
    print(
        f"generated {len(result.contents) + result.kept} files in {out}: "
        f"{len(result.changed)} changed, {len(result.removed)} removed"
        + (
            f" ({result.kept} skipped: their inputs did not change)"
            if result.kept
            else ""
        ),
        file=sys.stderr,
    )
    return 0


def _check(args: argparse.Namespace, settings: config.Settings) -> int:
    reports: list[changes.Report] = []
    result, out = _run(args, settings, reports)
    _print_reports(reports, args.report)
    status = 0
    if result.changed or result.removed:
        print(
            f"{out} is stale: {len(result.changed) + len(result.removed)} files differ",
            file=sys.stderr,
        )
        for rel in result.changed:
            print(f"  changed: {rel}")
        for rel in result.removed:
            print(f"  removed: {rel}")
        print(result.diff(), end="")
        print("run `python -m generator generate` to update", file=sys.stderr)
        status = 1
    elif result.manifest_stale:
        print(
            f"{out} is stale: its files are current but {write.MANIFEST} is not "
            "(it records what they were generated from, and the generator or a "
            "spec changed without changing them)",
            file=sys.stderr,
        )
        print("run `python -m generator generate` to update", file=sys.stderr)
        status = 1
    else:
        print(
            f"{out} is up to date ({len(result.contents) + result.kept} files)",
            file=sys.stderr,
        )
    if args.breaking and any(r.breaking for r in reports):
        print("breaking API changes are pending (see above)", file=sys.stderr)
        status = 3
    return status


def _update(args: argparse.Namespace, settings: config.Settings) -> int:
    if args.source and len(args.services) != 1:
        raise SystemExit("error: --from takes exactly one SERVICE")
    specs_dir = settings.specs
    for service in args.services:
        origin = update.update_spec(
            service,
            specs_dir / service,
            source=Path(args.source) if args.source else None,
        )
        print(f"updated {specs_dir / service}: {origin.describe()}", file=sys.stderr)
    args.specs = [str(specs_dir / service) for service in args.services]
    args.package = None
    return _generate(args, settings)


def _validate(args: argparse.Namespace, settings: config.Settings) -> int:
    problems: list[Problem] = []
    for spec in pipeline.locate([Path(s) for s in args.specs]):
        try:
            doc = overrides.load_with_overrides(spec)
            validate.validate(doc)
            _print_problems(validate.warnings(doc))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    print(f"{len(args.specs)} spec(s) valid", file=sys.stderr)
    return 0


def _carve(args: argparse.Namespace, settings: config.Settings) -> int:
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


def _add_output_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--out", help="output folder (default: generated, or the pyproject setting)"
    )
    sub.add_argument(
        "--formatter",
        choices=["ruff", "black"],
        help="ruff (default, fast) or black; both give the same bytes",
    )
    sub.add_argument(
        "--report",
        metavar="FILE",
        help="also write the API change report as Markdown to FILE",
    )
    sub.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress (default: only on a terminal)",
    )


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m generator", description=(__doc__ or "").split("\n")[0]
    )
    commands = top.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "render bindings for SPECs (default: every service under specs/)"),
        (
            "check",
            "exit 1 with a diff if the bindings are not what generate would write",
        ),
    ):
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument(
            "specs",
            nargs="*",
            metavar="SPEC",
            help="a model file or a folder holding one",
        )
        sub.add_argument(
            "--package", help="package name for a single SPEC (default: from serviceId)"
        )
        _add_output_options(sub)
        if name == "check":
            sub.add_argument(
                "--breaking",
                action="store_true",
                help="exit 3 if a breaking API change is not yet generated",
            )
    sub = commands.add_parser(
        "update", help="refresh specs/<SERVICE>/service-2.json, then regenerate"
    )
    sub.add_argument(
        "services",
        nargs="+",
        metavar="SERVICE",
        help="a botocore service name, e.g. connect",
    )
    sub.add_argument(
        "--from",
        dest="source",
        metavar="PATH",
        help="take the model from PATH instead of botocore",
    )
    _add_output_options(sub)
    sub = commands.add_parser(
        "validate", help="check SPECs against the schema and the semantic rules"
    )
    sub.add_argument("specs", nargs="+", metavar="SPEC")
    sub = commands.add_parser(
        "carve", help="write a smaller spec: some operations and the shapes they reach"
    )
    sub.add_argument("model", metavar="MODEL")
    sub.add_argument(
        "--operation",
        action="append",
        required=True,
        help="an operation to keep (repeatable)",
    )
    sub.add_argument(
        "--shape",
        action="append",
        default=[],
        help="an extra shape to keep (repeatable)",
    )
    sub.add_argument("-o", "--output", help="output file (default: stdout)")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    handler = {
        "generate": _generate,
        "check": _check,
        "update": _update,
        "validate": _validate,
        "carve": _carve,
    }[args.command]
    try:
        settings = config.load_settings(Path.cwd())
        return handler(args, settings)
    except SpecError as exc:
        _print_problems(exc.problems)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return 2
    except config.ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except update.UpdateError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return 130
    except Exception as exc:  # a generator bug: say so plainly; nothing was written
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        print(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "nothing was written; this is a bug in the generator, please report it "
            "(GENERATOR_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return 70
