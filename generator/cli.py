"""The command line: generate, check, update, list, validate, carve.

Run it as ``python -m generator COMMAND`` or ``aws-bindings-generator
COMMAND``; ``--help`` after a command shows its options and examples.

Exit status:
  0    success; check: the bindings are current; check --breaking: no
       breaking API change
  1    check: the bindings are stale (a patch that makes them current is
       printed)
  2    a spec is invalid or missing: one "file:line:col: /pointer: message"
       line per problem on stderr, and nothing written (update: for the
       services whose model failed; the others are updated)
  3    check --breaking: a breaking API change
  64   usage error: a bad argument or setting, an unknown service or
       operation, git or botocore missing; nothing done
  70   internal error (a bug in the generator); nothing written
  130  interrupted; nothing written

Settings come from [tool.aws-bindings-generator] in the nearest
pyproject.toml, from the current folder up to the repository root, or
from --config PATH (see generator/config.py); flags override them.  Their
services (every folder under specs/ by default) are the whole content of
the output folder: generate removes the bindings of a service no longer
among them, check reports them as stale, and update adds the service it
fetches to the list.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__, config
from .errors import Problem, SpecError, UsageError, did_you_mean

if TYPE_CHECKING:
    from . import changes, pipeline, update, write

OK, STALE, INVALID, BREAKING, USAGE, INTERNAL, INTERRUPTED = 0, 1, 2, 3, 64, 70, 130
#: The name the console script is installed as (pyproject's [project.scripts]).
SCRIPT = "aws-bindings-generator"


class Progress:
    """Progress lines on a terminal; silent elsewhere (CI logs) unless asked."""

    def __init__(self, enabled: bool | None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled

    def __call__(self, message: str) -> None:
        if self.enabled:
            print(message, file=sys.stderr, flush=True)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _shown(path: Path) -> str:
    """A path as messages show it: from the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        return str(path)


def _report_target(args: argparse.Namespace) -> None:
    """Refuse a --report FILE that cannot be written, before anything is."""
    report = getattr(args, "report", None)
    if report and Path(report).is_dir():
        raise UsageError(f"--report {report}: is a folder, not a file")


def _print_problems(found: list[Problem]) -> None:
    for problem in found:
        print(problem, file=sys.stderr)


# --------------------------------------------------------------------------
# Which services, into which folder


def _out(args: argparse.Namespace, settings: config.Settings) -> Path:
    return Path(args.out) if args.out else settings.out


def _jobs(
    args: argparse.Namespace, settings: config.Settings, out: Path
) -> tuple[list[pipeline.Job], bool]:
    """The jobs of a run, and whether they are every service of ``out``.

    Into the configured output folder only configured services go (with
    their configured packages): the settings are the one list of what that
    folder holds, so a later flagless ``generate`` or ``check`` agrees.
    """
    from . import pipeline

    if args.package and len(args.specs) != 1:
        raise UsageError("--package needs exactly one SPEC")
    if not args.specs:
        return settings.jobs(), True
    paths = [Path(s) for s in args.specs]
    if out.resolve() == settings.out.resolve():
        for path in paths:
            _configured(path, settings, args.package)
    specs = pipeline.locate(paths)
    return [
        pipeline.Job(spec, args.package or settings.package_for(path))
        for path, spec in zip(paths, specs)
    ], False


def _configured(path: Path, settings: config.Settings, package: str | None) -> None:
    """Refuse a SPEC the settings do not list, for the configured output folder."""
    name = settings.service_of(path)
    if name is None:
        try:
            names = settings.service_names()
        except SpecError:
            names = []
        listed = ", ".join(names) or "none"
        what = (
            f"the services in {settings.describe()}"
            if settings.services is not None
            else f"the service folders under {settings.specs}"
        )
        raise UsageError(
            f"{path}: not one of {what} ({listed}){did_you_mean(path.name, names)}, "
            f"which are all that {settings.out} holds; give --out DIR to generate "
            "it elsewhere, or add it (`update SERVICE` does)"
        )
    if package is not None and package != settings.packages.get(name):
        raise UsageError(
            f"--package {package}: {settings.out} holds the packages the settings "
            f"name ({settings.describe()}); set {name} = {package!r} in "
            f"[tool.{config.TABLE}.packages], or give --out DIR"
        )


def _render(
    args: argparse.Namespace,
    settings: config.Settings,
    jobs: list[pipeline.Job],
    out: Path,
    reports: list[changes.Report],
    prune: bool,
    show_warnings: bool = True,
) -> write.Result:
    from . import pipeline

    progress = Progress(args.progress)
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
        prune=prune,
    )
    if show_warnings:
        _print_problems(found)
    progress(
        f"[2/3] rendered {len(result.contents)} files, formatted {result.formatted} that changed"
    )
    return result


def _print_reports(reports: list[changes.Report], markdown: str | None) -> None:
    from . import changes

    for report in reports:
        if report:
            _say(report.text())
    if markdown:
        target = Path(markdown)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(changes.markdown(reports), "utf-8")


def _summary(result: write.Result, out: Path) -> str:
    return (
        f"generated {len(result.contents) + result.kept} files in {_shown(out)}: "
        f"{len(result.changed)} changed, {len(result.removed)} removed"
        + (
            f" ({result.kept} skipped: their inputs did not change)"
            if result.kept
            else ""
        )
    )


# --------------------------------------------------------------------------
# The commands


def _generate(args: argparse.Namespace, settings: config.Settings) -> int:
    from . import write

    _report_target(args)
    out = _out(args, settings)
    jobs, complete = _jobs(args, settings, out)
    reports: list[changes.Report] = []
    result = _render(args, settings, jobs, out, reports, prune=complete)
    write.commit(result)
    Progress(args.progress)(
        f"[3/3] wrote {len(result.changed)} file(s), removed {len(result.removed)}"
    )
    _print_reports(reports, args.report)
    _say(_summary(result, out))
    return OK


def _check(args: argparse.Namespace, settings: config.Settings) -> int:
    if args.base and not args.breaking:
        raise UsageError("--base REF goes with --breaking")
    _report_target(args)
    out = _out(args, settings)
    jobs, complete = _jobs(args, settings, out)
    if args.breaking:
        return _check_breaking(args, settings, jobs, complete, out)
    reports: list[changes.Report] = []
    result = _render(args, settings, jobs, out, reports, prune=complete)
    _print_reports(reports, args.report)
    if not result.changed and not result.removed and not result.manifest_stale:
        _say(
            f"{_shown(out)} is up to date ({len(result.contents) + result.kept} files)"
        )
        return OK
    files = len(result.changed) + len(result.removed)
    if files:
        _say(f"{_shown(out)} is stale: {files} file(s) differ")
        for rel in result.changed:
            _say(f"  changed: {rel}")
        for rel in result.removed:
            _say(f"  removed: {rel}")
    else:
        from .write import MANIFEST

        _say(
            f"{_shown(out)} is stale: its files are current but {MANIFEST} is not: "
            + _manifest_reason(out, result)
        )
    sys.stdout.write(result.diff(_patch_prefix(out)))
    _say(
        "run `python -m generator generate` to update (or apply the patch above: "
        "git apply, or patch -p1, in the current folder)"
    )
    return STALE


def _patch_prefix(out: Path) -> str:
    """The output folder's path in the patch: from the current folder when
    it is inside it (so ``git apply`` works there), else nothing."""
    try:
        rel = out.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return ""
    return "" if rel == Path(".") else rel.as_posix() + "/"


def _manifest_reason(out: Path, result: write.Result) -> str:
    """Why the manifest on disk is not the one generate would write."""
    from . import write

    old, new = write.Manifest.read(out), result.manifest
    reasons: list[str] = []
    if old.formatter != new.formatter:
        reasons.append(
            f"it records the formatting style {old.formatter or '(none)'!r}, "
            f"and this generator formats as {new.formatter!r}"
        )
    changed = sorted(p for p in new.inputs if old.inputs.get(p) != new.inputs[p])
    if changed:
        reasons.append(
            f"the fingerprint of {', '.join(changed)} changed (the generator's own "
            "code, a spec, its overrides or the package name) without changing "
            "any file"
        )
    gone = sorted(old.inputs.keys() - new.inputs.keys())
    if gone:
        reasons.append(f"it lists packages no longer generated: {', '.join(gone)}")
    if not reasons:
        reasons.append("its list of files differs")
    return "; ".join(reasons)


def _check_breaking(
    args: argparse.Namespace,
    settings: config.Settings,
    jobs: list[pipeline.Job],
    complete: bool,
    out: Path,
) -> int:
    from . import baseline

    revision = baseline.Revision(args.base, Path.cwd()) if args.base else None
    after = baseline.current(jobs)
    if revision is not None:
        specs = (
            None
            if complete
            else [
                (Path(s), args.package or settings.package_for(Path(s)))
                for s in args.specs
            ]
        )
        before = revision.api(settings, specs)
        against = f"the specs at {args.base}"
    else:
        generated = baseline.generated_packages(out) if complete else []
        before = baseline.recorded(out, sorted(set(after) | set(generated)))
        against = f"what {_shown(out)} was last generated from"
    reports = baseline.compare(before, after, complete)
    _print_reports(reports, args.report)
    breaking = [r for r in reports if r.breaking]
    if breaking:
        _say(
            f"breaking API changes in {', '.join(r.service for r in breaking)}, "
            f"compared with {against} (see above)"
        )
        return BREAKING
    _say(f"no breaking API change in {len(after)} service(s), compared with {against}")
    return OK


def _update(args: argparse.Namespace, settings: config.Settings) -> int:
    from . import update

    source = Path(args.source) if args.source else None
    if source is not None and len(args.services) != 1:
        raise UsageError("--from takes exactly one SERVICE")
    twice = sorted({s for s in args.services if args.services.count(s) > 1})
    if twice:
        raise UsageError(f"{twice[0]} is given twice")
    update.check_names(args.services, source)
    _report_target(args)
    out = _out(args, settings)
    added = [
        s
        for s in args.services
        if settings.services is not None and s not in settings.services
    ]
    if added:
        config.with_services(settings, added)  # refuse now if the list cannot be edited
    fetched: list[update.Fetched] = []
    failed: list[str] = []
    for service in args.services:
        folder = settings.specs / service
        try:
            found = update.fetch(service, source)
            _print_problems(
                update.verify(found, folder, settings.packages.get(service))
            )
        except SpecError as exc:
            _print_problems(exc.problems)
            _say(
                f"not updated: {service}: its model does not validate or build "
                f"(the problems above); {_shown(folder)} and {_shown(out)} are unchanged"
            )
            failed.append(service)
            continue
        fetched.append(found)
    if fetched:
        _install(
            args,
            settings,
            out,
            fetched,
            [f.service for f in fetched if f.service in added],
        )
    if failed:
        done = ", ".join(f.service for f in fetched) or "none"
        _say(f"updated: {done}; failed: {', '.join(failed)}")
        return INVALID
    return OK


def _install(
    args: argparse.Namespace,
    settings: config.Settings,
    out: Path,
    fetched: list[update.Fetched],
    added: list[str],
) -> None:
    """Generate the fetched models, then write specs, bindings and settings."""
    import tempfile

    from . import pipeline, update, write

    reports: list[changes.Report] = []
    with tempfile.TemporaryDirectory(prefix="generator-update-") as scratch:
        jobs = [
            pipeline.Job(
                update.stage(f, settings.specs / f.service, Path(scratch)),
                settings.packages.get(f.service),
            )
            for f in fetched
        ]
        # (the warnings were printed when the models were checked, with
        # their own paths rather than the scratch folder's)
        result = _render(
            args, settings, jobs, out, reports, prune=False, show_warnings=False
        )
    new_settings = config.with_services(settings, added) if added else None
    # The specs, then the settings, then the bindings (all at once, or not
    # at all): if anything fails, what was written before it is put back.
    undo: list[Callable[[], None]] = []
    try:
        for f in fetched:
            undo.append(update.install(f, settings.specs / f.service))
        if new_settings is not None and settings.path is not None:
            undo.append(update.replace_text(settings.path, new_settings))
        write.commit(result)
    except BaseException:
        for step in reversed(undo):
            step()
        raise
    for f in fetched:
        _say(f"updated {_shown(settings.specs / f.service)}: {f.origin.describe()}")
    if added and settings.path is not None:
        _say(f"added {', '.join(added)} to services in {_shown(settings.path)}")
    _print_reports(reports, args.report)
    _say(_summary(result, out))


def _list(args: argparse.Namespace, settings: config.Settings) -> int:
    import gzip
    import json

    from . import protocols, validate
    from .build import uses_event_stream
    from .update import available_services, botocore_data, newest_model

    _, version = botocore_data()
    try:
        configured: set[str] = set(settings.service_names())
    except SpecError:
        configured = set()
    rows: list[tuple[str, ...]] = []
    services = available_services()
    for service in services:
        path, api_version, _ = newest_model(service)
        raw = path.read_bytes()
        model = json.loads(gzip.decompress(raw) if path.suffix == ".gz" else raw)
        metadata = model.get("metadata", {})
        chosen = validate.supported_protocol(metadata)
        protocol = chosen or validate.declared_protocol(metadata)[0]
        builds = chosen is not None
        if not builds and not args.all:
            continue
        operations = model.get("operations", {})
        streams = sum(1 for op in operations.values() if uses_event_stream(model, op))
        notes: list[str] = []
        if not builds:
            notes.append("protocol not supported")
        if streams:
            notes.append(f"{streams} event-stream operation(s) left out")
        if service in configured:
            notes.append(f"in {settings.specs}")
        rows.append(
            (
                service,
                protocol or "?",
                str(len(operations) - streams),
                api_version,
                "; ".join(notes),
            )
        )
    header = ("SERVICE", "PROTOCOL", "OPERATIONS", "API VERSION", "NOTES")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    buildable = sum(1 for r in rows if "protocol not supported" not in r[4])
    supported = ", ".join(sorted(protocols.PROTOCOLS))
    _say(
        f"{buildable} of the {len(services)} services of botocore {version} build "
        f"(protocols: {supported}); `update SERVICE` adds one"
    )
    return OK


def _validate(args: argparse.Namespace, settings: config.Settings) -> int:
    from . import overrides, paging, pipeline, validate

    problems: list[Problem] = []
    for spec in pipeline.locate([Path(s) for s in args.specs]):
        try:
            doc = overrides.load_with_overrides(spec)
            validate.validate(doc, paging.load_companions(spec))
            _print_problems(validate.warnings(doc))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    _say(f"{len(args.specs)} spec(s) valid")
    return OK


def _carve(args: argparse.Namespace, settings: config.Settings) -> int:
    from . import carve, load, update, validate

    output = Path(args.output) if args.output else None
    fmt = carve.format_for(output)
    doc = load.load_document(load.find_spec(Path(args.model)))
    problems = validate.schema_problems(doc)
    if problems:
        raise SpecError(problems)
    text = carve.dump(carve.carve(doc, args.operation, args.shape), fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        update.write_text(output, text)
        _say(f"wrote {output} ({fmt})")
    return OK


# --------------------------------------------------------------------------
# The parser


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors exiting 64 (argparse's own 2 means
    "invalid spec" here) and a "did you mean" for a mistyped command."""

    def error(self, message: str) -> NoReturn:
        wrong = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if wrong:
            choices = re.findall(r"'([^']*)'", wrong.group(2))
            message += did_you_mean(wrong.group(1), choices)
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: error: {message}\n")


_EXAMPLES = {
    "generate": """\
Every configured service (see --help of the program) is generated into the
output folder, and the bindings of a service no longer configured are
removed; with SPECs, only those. Nothing is written unless everything
rendered.

examples:
  # every configured service, into the configured folder
  {prog} generate
  # one of them
  {prog} generate specs/connect
  # any model, into another folder
  {prog} generate model.json --out build/aws --package myservice
  # also write the API change report as Markdown
  {prog} generate --report changes.md""",
    "check": """\
Without --breaking: render what generate would write and compare it with the
output folder: exit 0 when current; exit 1 when stale, with the files on
stderr and a patch on stdout (apply it with git apply, or patch -p1, in the
current folder; or run generate).

With --breaking: compare the APIs only (no rendering, no patch): exit 3 if a
change would break code that uses the bindings (a service, operation, shape,
member or enum value removed, a member's type changed, a member became
required), else 0. It compares the specs in the working tree with
  --base REF   the specs at git revision REF (their overrides and settings
               included), so a breaking change fails even when the bindings
               were regenerated in the same commit: the CI and pre-commit gate;
  no --base    the API recorded in the output folder when it was last
               generated: what the next generate would break.

exit status: 0 current / no breaking change, 1 stale, 2 invalid spec,
3 breaking change, 64 usage error

examples:
  # are the bindings current? (CI)
  {prog} check
  # or make them current with the patch
  {prog} check > fix.patch; git apply fix.patch
  # a breaking change since main? (CI, pre-commit)
  {prog} check --breaking --base origin/main
  # would the next generate break users?
  {prog} check --breaking""",
    "update": """\
Each SERVICE on its own: its model is read and checked (validated and built
with the service's overrides) first; one that fails is reported and nothing
of it is written; the others are copied to specs/<SERVICE>/service-2.json
(origin.json records where from) and generated. A SERVICE not in the
configured services list is added to it. Exit 2 if any failed.

examples:
  # after pip install -U botocore
  {prog} update connect connectparticipant
  # any model file (json, json.gz, yaml)
  {prog} update myservice --from model.json""",
    "list": """\
examples:
  # the services of the installed botocore that build
  {prog} list
  # every service, and why the others do not build
  {prog} list --all""",
    "validate": """\
examples:
  {prog} validate specs/connect tests/model.yaml""",
    "carve": """\
The output's suffix picks its format: .json, .yaml or .yml; YAML on stdout.

examples:
  {prog} carve specs/connect --operation StartChatContact -o small.json
  {prog} carve specs/connect --operation StartChatContact --shape ThrottlingException""",
}


def _exit_status_help() -> str:
    doc = __doc__ or ""
    start = doc.find("Exit status:")
    end = doc.find("\n\n", start)
    return doc[start:end].replace("Exit status:", "exit status:") if start >= 0 else ""


def parser(prog: str = "python -m generator") -> argparse.ArgumentParser:
    """The command line's parser (``prog`` names the program in usage lines)."""
    top = _Parser(
        prog=prog,
        description=(
            "Generate typed Python bindings from AWS service models "
            "(botocore's service-2.json)."
        ),
        epilog=(_exit_status_help() + f"""

settings: [tool.{config.TABLE}] in the nearest pyproject.toml (from the
current folder up to the repository root), or --config PATH.

examples:
  # regenerate every configured service
  {prog} generate
  # exit 1 with a patch if the bindings are stale (CI)
  {prog} check
  # exit 3 on a breaking API change since main (CI)
  {prog} check --breaking --base origin/main
  # botocore's newest model of a service, then generate
  {prog} update connect
  # the botocore services that build
  {prog} list

`{prog} COMMAND --help` shows a command's options."""),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"{SCRIPT} {__version__}")
    top.add_argument(
        "--config",
        metavar="PATH",
        help="the pyproject.toml to read settings from (default: found upward)",
    )
    common = _Parser(add_help=False)
    common.add_argument(
        "--config", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str, help_text: str, usage_note: str = ""
    ) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_text,
            description=help_text[0].upper() + help_text[1:] + "." + usage_note,
            epilog=_EXAMPLES[name].format(prog=prog),
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[common],
        )

    for name, help_text in (
        ("generate", "render the bindings of the configured services, or of SPECs"),
        (
            "check",
            "exit 1 with a patch if the bindings are not what generate would write",
        ),
    ):
        sub = command(name, help_text)
        sub.add_argument(
            "specs",
            nargs="*",
            metavar="SPEC",
            help="a model file or a folder holding one (default: every configured service)",
        )
        sub.add_argument(
            "--package", help="package name for a single SPEC (default: from serviceId)"
        )
        _add_output_options(sub)
        if name == "check":
            sub.add_argument(
                "--breaking",
                action="store_true",
                help="compare the APIs only: exit 3 on a breaking change (see below)",
            )
            sub.add_argument(
                "--base",
                metavar="REF",
                help="with --breaking: compare with the specs at git revision REF",
            )
    sub = command(
        "update", "copy botocore's newest model of SERVICEs into specs, then generate"
    )
    sub.add_argument(
        "services",
        nargs="+",
        metavar="SERVICE",
        help="a botocore service name, e.g. connect (see the list command)",
    )
    sub.add_argument(
        "--from",
        dest="source",
        metavar="PATH",
        help="take the model from PATH instead of botocore",
    )
    _add_output_options(sub)
    sub = command(
        "list",
        "show the services of the installed botocore that build, with protocol and operation count",
    )
    sub.add_argument(
        "--all",
        action="store_true",
        help="also the services whose protocol is not supported",
    )
    sub = command("validate", "check SPECs against the schema and the semantic rules")
    sub.add_argument("specs", nargs="+", metavar="SPEC")
    sub = command(
        "carve", "write a smaller spec: some operations and the shapes they reach"
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
    sub.add_argument(
        "-o", "--output", help="output file, .json or .yaml (default: stdout)"
    )
    return top


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


def _prog() -> str:
    """How the user ran the program: the console script, or ``python -m generator``."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return SCRIPT if name.removesuffix(".exe") == SCRIPT else "python -m generator"


_HANDLERS = {
    "generate": _generate,
    "check": _check,
    "update": _update,
    "list": _list,
    "validate": _validate,
    "carve": _carve,
}


def main(argv: list[str] | None = None) -> int:
    args = parser(_prog()).parse_args(argv)
    try:
        settings = config.load_settings(
            Path.cwd(), Path(args.config) if args.config else None
        )
        return _HANDLERS[args.command](args, settings)
    except SpecError as exc:
        _print_problems(exc.problems)
        _say(f"{len(exc.problems)} problem(s) found")
        return INVALID
    except UsageError as exc:
        _say(f"error: {exc}")
        return USAGE
    except KeyboardInterrupt:
        _say("interrupted; nothing was written")
        return INTERRUPTED
    except ModuleNotFoundError as exc:
        if os.environ.get("GENERATOR_DEBUG") or (exc.name or "").startswith(
            "generator"
        ):
            raise
        _say(
            f"error: the module {exc.name!r} is not installed for {sys.executable}, and the "
            f"generator needs it: install the generator (pip install {SCRIPT}), or "
            "run it with the Python of the virtualenv it is installed in"
        )
        return USAGE
    except Exception as exc:  # a generator bug: say so plainly; nothing was written
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        _say(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "nothing was written; this is a bug in the generator, please report it "
            "(GENERATOR_DEBUG=1 shows the traceback)"
        )
        return INTERNAL
