"""The build-time workflow: update, change reports, check --breaking, pyproject settings."""

from __future__ import annotations

import copy
import json
import re
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import changes, config

from .conftest import ROOT

CONNECT = json.loads((ROOT / "specs" / "connect" / "service-2.json").read_text())


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=600,
    )


def edited_connect() -> dict:
    model = copy.deepcopy(CONNECT)
    shapes = model["shapes"]
    del model["operations"]["DeleteQueue"]  # breaking: operation removed
    model["operations"]["StartChatContact"]["documentation"] += "<p>More.</p>"  # docs only
    shapes["ChatMessage"]["members"]["Format"] = {"shape": "ChatContentType"}  # member added
    shapes["ParticipantDetails"]["members"]["Nickname"] = {"shape": "DisplayName"}
    shapes["ParticipantDetails"]["required"].append("Nickname")  # breaking: new required member
    shapes["StartChatContactRequest"]["required"].append("ClientToken")  # breaking: became required
    shapes["StartChatContactRequest"]["members"]["ChatDurationInMinutes"]["shape"] = "ContactId"  # breaking: type
    shapes["ResponseMode"]["enum"] = ["INCREMENTAL", "STREAMING"]  # breaking: value removed; one added
    return model


def test_report_on_a_crafted_pair() -> None:
    report = changes.compare("connect", changes.summarize(CONNECT), changes.summarize(edited_connect()))
    lines = {str(c) for c in report.changes}
    assert "BREAKING operation removed DeleteQueue" in lines
    assert "member added ChatMessage.Format: string" in lines
    assert "BREAKING member added ParticipantDetails.Nickname: string, required" in lines
    assert "BREAKING member became required StartChatContactRequest.ClientToken" in lines
    assert "BREAKING member type changed StartChatContactRequest.ChatDurationInMinutes: integer → string" in lines
    assert "enum values added ResponseMode: STREAMING" in lines
    assert "BREAKING enum values removed ResponseMode: COMPLETE" in lines
    assert len(report.breaking) == 5
    assert report.documentation_changes == 1
    assert "## API changes in `connect`" in report.markdown() and "### Breaking (5)" in report.markdown()


def test_no_changes_and_first_generation() -> None:
    summary = changes.summarize(CONNECT)
    assert not changes.compare("connect", summary, summary)
    assert not changes.compare("connect", None, summary).changes


def test_generate_prints_the_report_and_check_breaking_fails(tmp_path: Path) -> None:
    spec_dir = tmp_path / "specs" / "connect"
    spec_dir.mkdir(parents=True)
    small = {**CONNECT, "operations": {k: CONNECT["operations"][k] for k in ("StartChatContact", "DeleteQueue")}}
    (spec_dir / "service-2.json").write_text(json.dumps(small))
    out = tmp_path / "out"
    assert run("generate", str(spec_dir), "--out", str(out)).returncode == 0
    assert (out / ".generator-api" / "connect.json").is_file()

    edited = edited_connect()
    edited["operations"] = {"StartChatContact": edited["operations"]["StartChatContact"]}
    (spec_dir / "service-2.json").write_text(json.dumps(edited))
    checked = run("check", str(spec_dir), "--out", str(out), "--breaking")
    assert checked.returncode == 3, checked.stderr
    assert "BREAKING operation removed DeleteQueue" in checked.stderr
    assert run("check", str(spec_dir), "--out", str(out)).returncode == 1

    report = tmp_path / "changes.md"
    generated = run("generate", str(spec_dir), "--out", str(out), "--report", str(report))
    assert generated.returncode == 0
    assert "BREAKING member became required StartChatContactRequest.ClientToken" in generated.stderr
    assert "- member became required `StartChatContactRequest.ClientToken`" in report.read_text()
    after = run("check", str(spec_dir), "--out", str(out), "--breaking")
    assert after.returncode == 0, after.stderr


def test_update_from_botocore_records_the_origin(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.aws-bindings-generator]\nspecs = "models"\nout = "bindings"\n')
    result = run("update", "connectparticipant", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    import botocore

    spec = tmp_path / "models" / "connectparticipant" / "service-2.json"
    assert spec.read_bytes() == (ROOT / "specs" / "connectparticipant" / "service-2.json").read_bytes()
    origin = json.loads((spec.parent / "origin.json").read_text())
    assert origin["source"] == "botocore" and origin["botocore_version"] == botocore.__version__
    assert origin["api_version"] == "2018-09-07"
    assert (tmp_path / "bindings" / "connectparticipant" / "__init__.py").is_file()


def test_update_from_a_file_and_a_bad_file_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.aws-bindings-generator]\nout = "out"\n')
    source = ROOT / "tests" / "golden" / "rest_features" / "service.yaml"
    assert run("update", "features", "--from", str(source), cwd=tmp_path).returncode == 0
    spec = tmp_path / "specs" / "features" / "service-2.json"
    before = spec.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = run("update", "features", "--from", str(bad), cwd=tmp_path)
    assert result.returncode == 2 and "bad.json:1:2" in result.stderr
    assert spec.read_bytes() == before


def test_pyproject_settings_drive_a_flagless_generate(tmp_path: Path) -> None:
    specs = tmp_path / "models" / "feat"
    specs.mkdir(parents=True)
    (specs / "service.yaml").write_text((ROOT / "tests" / "golden" / "rest_features" / "service.yaml").read_text())
    (tmp_path / "pyproject.toml").write_text(
        "[tool.aws-bindings-generator]\n"
        'specs = "models"\nout = "src/bindings"\nformatter = "black"\n'
        "[tool.aws-bindings-generator.packages]\nfeat = \"features_api\"\n"
    )
    result = run("generate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "src" / "bindings" / "features_api" / "operations" / "search.py").is_file()
    assert run("check", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('formatter = "yapf"', 'formatter must be "ruff" or "black"'),
        ("colour = 1", "unknown key(s) in [tool.aws-bindings-generator]: colour"),
        ('services = "connect"', "services must be a list of strings"),
    ],
)
def test_bad_settings_are_clear_errors(tmp_path: Path, table: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.aws-bindings-generator]\n{table}\n")
    with pytest.raises(config.ConfigError, match=re.escape(message)):
        config.load_settings(tmp_path)
    result = run("generate", cwd=tmp_path)
    assert result.returncode == 64 and message in result.stderr  # a usage error, not an invalid spec


def test_progress_only_when_asked_or_on_a_terminal(tmp_path: Path) -> None:
    spec = ROOT / "tests" / "golden" / "naming"
    quiet = run("generate", str(spec), "--out", str(tmp_path / "a"))
    assert "[1/3]" not in quiet.stderr
    loud = run("generate", str(spec), "--out", str(tmp_path / "b"), "--progress")
    assert "[1/3] loading 1 service(s)" in loud.stderr and "[3/3] wrote" in loud.stderr


def test_pre_commit_hooks_run_the_check(tmp_path: Path) -> None:
    import shlex
    import shutil

    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    by_id = {hook["id"]: hook for hook in hooks}
    assert set(by_id) == {"aws-bindings-check", "aws-bindings-breaking"}
    for hook in hooks:
        assert hook["language"] == "python" and hook["pass_filenames"] is False
        argv = shlex.split(hook["entry"]) + hook.get("args", [])
        assert argv[0] == "aws-bindings-generator"
        script = shutil.which(argv[0]) or shutil.which(argv[0], path=str(Path(sys.executable).parent))
        command = [script, *argv[1:]] if script else [sys.executable, "-m", "generator", *argv[1:]]
        # PYTHONPATH: the script runs this checkout's generator, wherever it was installed from.
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
        assert result.returncode == 0, result.stderr


def test_every_generator_command_in_the_readme_parses() -> None:
    """The README's commands are real: each one parses with the CLI's own parser.

    (What they do is exercised by the tests above and in test_cli.py.)
    """
    import shlex

    from generator.cli import parser

    readme = (ROOT / "README.md").read_text()
    found = re.findall(r"`(python -m generator [^`]+)`", readme)
    found += [
        line.strip().lstrip("- ").removeprefix("run: ")
        for line in readme.splitlines()
        if line.strip().lstrip("- ").removeprefix("run: ").startswith("python -m generator ")
    ]
    commands = [
        shlex.split(re.split(r"#|>|;|&&|\|", text)[0])[3:] for text in found if "[" not in text and "<" not in text
    ]
    assert len(commands) >= 4, commands
    for argv in commands:
        try:
            parser().parse_args(argv)
        except SystemExit as exit_:  # --help or --version: fine; an unknown command or flag: not
            assert exit_.code == 0 and {"--help", "--version"} & set(argv), argv


# --- issue 12: update is all-or-nothing, one list of services, orphans, --base ---

GOLDEN = ROOT / "tests" / "golden"
USAGE = 64


def project(tmp_path: Path, services: list[str] | None = ["feat", "naming"]) -> Path:
    """A scratch project: two service folders, settings listing them (or not), a git repository."""
    specs = tmp_path / "specs"
    for name, case in (("feat", "rest_features"), ("naming", "naming")):
        (specs / name).mkdir(parents=True)
        (specs / name / "service.yaml").write_text((GOLDEN / case / "service.yaml").read_text())
    table = "[tool.aws-bindings-generator]\n"
    if services is not None:
        table += f"services = {json.dumps(services)}\n"
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "scratch"\n\n' + table)
    (tmp_path / ".git").mkdir()  # the repository root, for the settings search (see git() for a real one)
    return tmp_path


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_failed_update_changes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert run("generate", cwd=root).returncode == 0
    before = tree(root)
    result = run("update", "route53", cwd=root)  # botocore's model: rest-xml, does not build
    assert result.returncode == 2, result.stderr
    assert "the model lists (rest-xml) is supported" in result.stderr and "not updated: route53" in result.stderr
    assert "updated specs" not in result.stderr
    assert tree(root) == before
    assert run("check", cwd=root).returncode == 0


def test_update_of_several_services_succeeds_or_fails_for_each(tmp_path: Path) -> None:
    root = project(tmp_path, services=None)
    assert run("generate", cwd=root).returncode == 0
    result = run("update", "connectparticipant", "route53", cwd=root)
    assert result.returncode == 2, result.stderr
    assert "updated: connectparticipant; failed: route53" in result.stderr
    assert (root / "specs" / "connectparticipant" / "service-2.json").is_file()
    assert not (root / "specs" / "route53").exists()
    assert (root / "generated" / "connectparticipant" / "__init__.py").is_file()
    assert not (root / "generated" / "route53").exists()
    checked = run("check", cwd=root)
    assert checked.returncode == 0, checked.stderr


def test_update_puts_the_spec_back_when_writing_the_bindings_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import cli, write

    root = project(tmp_path)
    assert run("generate", cwd=root).returncode == 0
    before = tree(root)
    monkeypatch.chdir(root)

    def broken(result: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(write, "commit", broken)
    source = GOLDEN / "start_chat_contact" / "service.yaml"
    assert cli.main(["update", "feat", "--from", str(source)]) == 70
    assert cli.main(["update", "connectparticipant"]) == 70  # a new folder, and a new entry in services
    assert tree(root) == before


def test_update_adds_the_service_to_the_configured_list(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert run("generate", cwd=root).returncode == 0
    result = run("update", "connectparticipant", cwd=root)
    assert result.returncode == 0, result.stderr
    assert "added connectparticipant to services" in result.stderr
    settings = config.load_settings(root)
    assert settings.services == ["feat", "naming", "connectparticipant"]
    assert run("check", cwd=root).returncode == 0
    # check now covers it: a broken overrides file for it fails the check.
    (root / "specs" / "connectparticipant" / "overrides.yaml").write_text("shapes: {ViewId: {max: -}}\n")
    broken = run("check", cwd=root)
    assert broken.returncode == 2 and "connectparticipant/overrides.yaml:1:" in broken.stderr


def test_update_refuses_when_it_cannot_edit_the_list(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "pyproject.toml").write_text('[tool]\naws-bindings-generator = {services = ["feat", "naming"]}\n')
    assert run("generate", cwd=root).returncode == 0
    before = tree(root)
    result = run("update", "connectparticipant", cwd=root)
    assert result.returncode == USAGE
    assert "'connectparticipant' is not in services" in result.stderr and "by hand" in result.stderr
    assert tree(root) == before


@pytest.mark.parametrize(
    "array",
    [
        '["feat", "naming"]',
        '["feat", "naming",]',
        "[]",
        '[\n  "feat",\n  "naming",  # a comment\n]',
        '[\n  "feat",\n  "naming"  # a comment\n]',
        '[\n    "feat",\n    "naming"]',
        "['feat', 'naming']  # literal strings",
        '["feat", "nam]ing"]',
    ],
)
def test_adding_to_services_keeps_the_file_as_written(tmp_path: Path, array: str) -> None:
    import tomllib

    text = (
        f'[project]\nname = "x"\n\n[tool.aws-bindings-generator]\nservices = {array}\nout = "o"\n\n'
        '[tool.other]\nservices = ["z"]\n'
    )
    (tmp_path / "pyproject.toml").write_text(text)
    settings = config.load_settings(tmp_path)
    assert settings.services is not None
    edited = config.with_services(settings, ["appconfig", "appsync"])
    before, after = tomllib.loads(text), tomllib.loads(edited)
    before["tool"]["aws-bindings-generator"]["services"] += ["appconfig", "appsync"]
    assert after == before
    comments = [line[line.index("#") :] for line in text.splitlines() if "#" in line]
    assert comments == [line[line.index("#") :] for line in edited.splitlines() if "#" in line]


def test_the_configured_output_holds_only_configured_services(tmp_path: Path) -> None:
    root = project(tmp_path, services=["feat"])
    other = GOLDEN / "start_chat_contact"
    result = run("generate", str(other), cwd=root)
    assert result.returncode == USAGE and "--out DIR" in result.stderr
    typo = run("generate", "specs/faet", cwd=root)
    assert typo.returncode == USAGE and "did you mean 'feat'?" in typo.stderr
    unlisted = run("generate", "specs/naming", cwd=root)
    assert unlisted.returncode == USAGE, unlisted.stderr
    assert not (root / "generated").exists()
    assert run("generate", str(other), "--out", str(tmp_path / "elsewhere"), cwd=root).returncode == 0
    assert run("generate", "specs/feat", cwd=root).returncode == 0


def test_a_configured_service_without_a_folder_suggests_one(tmp_path: Path) -> None:
    root = project(tmp_path, services=["feat", "namng"])
    result = run("check", cwd=root)
    assert result.returncode == 2
    assert "specs/namng: no such service folder" in result.stderr and "did you mean 'naming'?" in result.stderr


@pytest.mark.parametrize("services", [None, ["feat", "naming"]])
def test_removing_a_service_removes_its_bindings(tmp_path: Path, services: list[str] | None) -> None:
    import shutil

    root = project(tmp_path, services=services)
    assert run("generate", cwd=root).returncode == 0
    owned = [p for p in tree(root / "generated") if p.startswith("namingstress/")]
    assert owned
    shutil.rmtree(root / "specs" / "naming")
    if services is not None:
        (root / "pyproject.toml").write_text((root / "pyproject.toml").read_text().replace(', "naming"', ""))
    stale = run("check", cwd=root)
    assert stale.returncode == 1, stale.stderr
    assert "BREAKING service removed namingstress" in stale.stderr
    generated = run("generate", cwd=root)
    assert generated.returncode == 0, generated.stderr
    assert f"{len(owned) + 1} removed" in generated.stderr  # its files and its API summary
    assert not (root / "generated" / "namingstress").exists()
    assert "namingstress" not in (root / "generated" / "pyproject.toml").read_text()
    assert run("check", cwd=root).returncode == 0


def test_a_new_service_is_reported_as_new_and_an_empty_report_says_so(tmp_path: Path) -> None:
    import yaml

    root = project(tmp_path)
    report = root / "changes.md"
    result = run("generate", "--report", str(report), cwd=root)
    assert result.returncode == 0
    model = yaml.safe_load((root / "specs" / "feat" / "service.yaml").read_text())
    summary = changes.summarize(model)
    counts = f"{len(summary['operations'])} operations, {len(summary['structures'])} structures"
    assert f"API changes in features: new service ({counts}" in result.stderr
    assert "No API changes" not in report.read_text() and f"New service: {counts}" in report.read_text()
    again = run("generate", "--report", str(report), cwd=root)
    assert again.returncode == 0
    assert report.read_text() == "No API changes.\n"


def test_settings_are_found_from_a_subfolder_and_not_above_the_repository(tmp_path: Path) -> None:
    root = project(tmp_path / "repo", services=["feat"])
    deep = root / "src" / "deep"
    deep.mkdir(parents=True)
    assert run("generate", cwd=deep).returncode == 0
    assert (root / "generated" / "features").is_dir() and not (deep / "generated").exists()
    assert run("check", cwd=deep).returncode == 0
    # Above the repository root is someone else's project: not searched.
    (tmp_path / "pyproject.toml").write_text('[tool.aws-bindings-generator]\nout = "wrong"\n')
    (root / "pyproject.toml").write_text('[project]\nname = "no-settings"\n')
    assert config.find_config(deep) is None


def test_config_option_names_the_settings_file(tmp_path: Path) -> None:
    root = project(tmp_path / "repo", services=["feat"])
    settings = root / "build" / "bindings.toml"
    settings.parent.mkdir()
    settings.write_text('[tool.aws-bindings-generator]\nspecs = "../specs"\nout = "../out"\nservices = ["naming"]\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for argv in (["--config", str(settings), "generate"], ["generate", "--config", str(settings)]):
        result = run(*argv, cwd=elsewhere)
        assert result.returncode == 0, result.stderr
    assert (root / "out" / "namingstress").is_dir() and not (root / "generated").exists()


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


def test_check_breaking_against_a_git_revision(tmp_path: Path) -> None:
    import shutil

    import yaml

    root = project(tmp_path)
    (root / ".git").rmdir()
    git(root, "init", "-q")
    assert run("generate", cwd=root).returncode == 0
    first = run("check", "--breaking", "--base", "HEAD", cwd=root)  # the first commit: nothing to break
    assert first.returncode == 0 and "new service" in first.stderr, first.stderr
    git(root, "add", "-A")
    git(root, "commit", "-qm", "base")

    # A breaking spec change committed with its regenerated bindings.
    spec = root / "specs" / "feat" / "service.yaml"
    model = yaml.safe_load(spec.read_text())
    del model["operations"]["PutObject"]
    spec.write_text(yaml.safe_dump(model))
    assert run("generate", cwd=root).returncode == 0
    git(root, "commit", "-qam", "drop PutObject")

    assert run("check", cwd=root).returncode == 0
    assert run("check", "--breaking", cwd=root).returncode == 0  # the bindings already say so
    result = run("check", "--breaking", "--base", "HEAD~1", cwd=root)
    assert result.returncode == 3, result.stderr
    assert "BREAKING operation removed PutObject" in result.stderr and "specs at HEAD~1" in result.stderr
    assert result.stdout == ""
    assert run("check", "--breaking", "--base", "HEAD", cwd=root).returncode == 0
    # From a subfolder, and for one SPEC.
    assert run("check", "--breaking", "--base", "HEAD~1", "../specs/feat", cwd=root / "specs").returncode == 3

    # A new service is not breaking; a removed one is.
    (root / "specs" / "cp").mkdir()
    shutil.copy(ROOT / "specs" / "connectparticipant" / "service-2.json", root / "specs" / "cp")
    (root / "pyproject.toml").write_text((root / "pyproject.toml").read_text().replace('"naming"]', '"naming", "cp"]'))
    added = run("check", "--breaking", "--base", "HEAD", cwd=root)
    assert added.returncode == 0 and "new service" in added.stderr, added.stderr
    (root / "pyproject.toml").write_text((root / "pyproject.toml").read_text().replace('"naming", "cp"]', '"cp"]'))
    removed = run("check", "--breaking", "--base", "HEAD", cwd=root)
    assert removed.returncode == 3 and "BREAKING service removed namingstress" in removed.stderr

    # Overrides count: an override that removes an operation is breaking too.
    git(root, "checkout", "-q", "--", ".")
    (root / "specs" / "naming" / "overrides.yaml").write_text("operations: {Tag: null}\n")
    assert run("check", "--breaking", "--base", "HEAD", cwd=root).returncode == 3

    unknown = run("check", "--breaking", "--base", "no-such-branch", cwd=root)
    assert unknown.returncode == USAGE and "no such git revision" in unknown.stderr
    outside = tmp_path.parent / f"{tmp_path.name}-not-a-repository"
    outside.mkdir()
    (outside / "specs").symlink_to(root / "specs")
    not_a_repo = run("check", "--breaking", "--base", "HEAD", cwd=outside)
    assert not_a_repo.returncode == USAGE and "not in a git repository" in not_a_repo.stderr


def test_update_without_botocore_names_the_install_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util
    import tomllib

    from generator import cli, update

    real = importlib.util.find_spec
    monkeypatch.setattr(update.importlib.util, "find_spec", lambda name: None if name == "botocore" else real(name))
    monkeypatch.chdir(tmp_path)
    assert cli.main(["update", "connect"]) == USAGE
    message = capsys.readouterr().err
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    named = re.search(r"aws-bindings-generator\[(\w+)\]", message)
    assert named, message
    assert any(r.startswith("botocore") for r in extras[named.group(1)])
    assert list(tmp_path.iterdir()) == []


def test_readme_exit_status_table_is_the_cli_s() -> None:
    from generator import cli

    readme = (ROOT / "README.md").read_text()
    section = readme.split("### Exit status\n", 1)[1].split("\n### ", 1)[0]
    table = {int(code): text for code, text in re.findall(r"^\| (\d+) \| (.+) \|$", section, re.M)}
    codes = {cli.OK, cli.STALE, cli.INVALID, cli.BREAKING, cli.USAGE, cli.INTERNAL, cli.INTERRUPTED}
    assert set(table) == codes
    helped = {int(code) for code in re.findall(r"^  (\d+) ", cli._exit_status_help(), re.M)}
    assert helped == set(table)
    assert "usage error" in table[cli.USAGE] and "breaking" in table[cli.BREAKING] and "stale" in table[cli.STALE]


def test_update_brings_the_paginators_and_waiters_and_they_count_in_the_fingerprint(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.aws-bindings-generator]\nspecs = "models"\nout = "bindings"\n')
    folder = tmp_path / "models" / "connectparticipant"
    folder.mkdir(parents=True)
    (folder / "waiters-2.json").write_text('{"version": 2, "waiters": {}}')  # botocore has none: removed
    result = run("update", "connectparticipant", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    bundled = ROOT / "specs" / "connectparticipant" / "paginators-1.json"
    assert (folder / "paginators-1.json").read_bytes() == bundled.read_bytes()
    assert not (folder / "waiters-2.json").exists()
    assert run("check", cwd=tmp_path).returncode == 0
    # A paginator added by hand: the package is stale until generated again.
    (folder / "paginators-1.json").write_text(json.dumps({"pagination": {"GetTranscript": {
        "input_token": "NextToken", "output_token": "NextToken", "limit_key": "MaxResults", "result_key": "Transcript",
    }}}))
    stale = run("check", cwd=tmp_path)
    assert stale.returncode == 1 and "connectparticipant/paginators.py" in stale.stderr, stale.stderr
    assert run("generate", cwd=tmp_path).returncode == 0
    client = (tmp_path / "bindings" / "connectparticipant" / "client.py").read_text()
    assert "def get_transcript_pages(" in client and "def get_transcript_items(" in client

    # --from: the files beside the model come with it; a broken one stops the update.
    golden = ROOT / "tests" / "golden" / "paging" / "service.yaml"
    assert run("update", "things", "--from", str(golden), cwd=tmp_path).returncode == 0
    for name in ("paginators-1.json", "waiters-2.json"):
        assert (tmp_path / "models" / "things" / name).read_bytes() == (golden.parent / name).read_bytes()
    assert "def wait_thing_ready(" in (tmp_path / "bindings" / "things" / "client.py").read_text()
    broken = ROOT / "tests" / "bad_specs" / "paginator_missing_member" / "service.yaml"
    before = (tmp_path / "models" / "things" / "paginators-1.json").read_bytes()
    failed = run("update", "things", "--from", str(broken), cwd=tmp_path)
    assert failed.returncode == 2 and "paginator_missing_member/paginators-1.json:4:22" in failed.stderr, failed.stderr
    assert (tmp_path / "models" / "things" / "paginators-1.json").read_bytes() == before


def test_update_brings_the_endpoint_rule_set_and_a_broken_one_stops_it(tmp_path: Path) -> None:
    import gzip

    from .conftest import newest_botocore_model

    (tmp_path / "pyproject.toml").write_text('[tool.aws-bindings-generator]\nspecs = "models"\nout = "bindings"\n')
    folder = tmp_path / "models" / "connectparticipant"
    result = run("update", "connectparticipant", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    model = newest_botocore_model("connectparticipant")
    assert model is not None
    shipped = gzip.decompress((model.parent / "endpoint-rule-set-1.json.gz").read_bytes())
    assert (folder / "endpoint-rule-set-1.json").read_bytes() == shipped
    endpoints = (tmp_path / "bindings" / "connectparticipant" / "endpoints.py").read_text()
    assert "participant.connect" in endpoints  # the package resolves with the rules it was given

    # --from: a rule set beside the model comes with it; one the resolver
    # refuses stops the update, located, and changes nothing.
    source = tmp_path / "incoming"
    source.mkdir()
    (source / "service-2.json").write_bytes((folder / "service-2.json").read_bytes())
    rules = json.loads(shipped)
    rules["rules"][0]["conditions"][0]["fn"] = "noSuchFunction"
    (source / "endpoint-rule-set-1.json").write_text(json.dumps(rules, indent=1))
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    bindings_before = (tmp_path / "bindings" / "connectparticipant" / "endpoints.py").read_bytes()
    failed = run("update", "connectparticipant", "--from", str(source / "service-2.json"), cwd=tmp_path)
    assert failed.returncode == 2, failed.stderr
    assert "incoming/endpoint-rule-set-1.json:" in failed.stderr and "noSuchFunction" in failed.stderr, failed.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert (tmp_path / "bindings" / "connectparticipant" / "endpoints.py").read_bytes() == bindings_before
