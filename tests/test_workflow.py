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
    assert result.returncode == 2 and message in result.stderr


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
        argv = shlex.split(hook["entry"])
        assert argv[0] == "aws-bindings-generator"
        script = shutil.which(argv[0]) or shutil.which(argv[0], path=str(Path(sys.executable).parent))
        command = [script, *argv[1:]] if script else [sys.executable, "-m", "generator", *argv[1:]]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
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
    commands = [shlex.split(text.split("#")[0])[3:] for text in found if "[" not in text and "<" not in text]
    assert len(commands) >= 4, commands
    for argv in commands:
        parser().parse_args(argv)  # SystemExit (a failure) on an unknown command or flag
