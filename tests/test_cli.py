"""The command line as CI and users run it: generate, check, validate, carve."""

from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=600,
    )


def test_generated_folder_is_current() -> None:
    result = run("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_bindings_pass_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-5000:]


def test_check_reports_stale_files_with_a_diff(tmp_path: Path) -> None:
    spec = GOLDEN / "naming" / "service.yaml"
    out = tmp_path / "out"
    assert run("generate", str(spec), "--out", str(out)).returncode == 0
    assert run("check", str(spec), "--out", str(out)).returncode == 0
    target = out / "namingstress" / "enums.py"
    target.write_text(target.read_text() + "# edited by hand\n")
    result = run("check", str(spec), "--out", str(out))
    assert result.returncode == 1
    assert "namingstress/enums.py" in result.stdout and "-# edited by hand" in result.stdout


def test_check_reports_a_stale_manifest(tmp_path: Path) -> None:
    """Files current but the manifest's fingerprints not (the generator changed
    without changing the output): generate would rewrite the manifest, so the
    folder is not what generate writes."""
    spec = GOLDEN / "naming" / "service.yaml"
    out = tmp_path / "out"
    assert run("generate", str(spec), "--out", str(out)).returncode == 0
    manifest = out / ".generator-manifest.json"
    data = json.loads(manifest.read_text())
    data["inputs"] = {package: "0" * 64 for package in data["inputs"]}
    manifest.write_text(json.dumps(data, indent=1) + "\n")
    result = run("check", str(spec), "--out", str(out))
    assert result.returncode == 1, result.stderr
    assert ".generator-manifest.json is not" in result.stderr
    assert run("generate", str(spec), "--out", str(out)).returncode == 0
    assert run("check", str(spec), "--out", str(out)).returncode == 0


def test_check_exits_2_on_an_invalid_spec(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text((GOLDEN / "naming" / "service.yaml").read_text().replace("shape: Kind", "shape: Missing"))
    result = run("check", str(bad), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"{bad}:" in result.stderr and "refers to a missing shape 'Missing'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_package_override_and_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "bindings"
    result = run("generate", str(GOLDEN / "rest_features"), "--out", str(out), "--package", "feat")
    assert result.returncode == 0, result.stderr
    assert (out / "feat" / "__init__.py").is_file()
    probe = subprocess.run(
        [sys.executable, "-c", "from bindings import feat; print(feat.OPERATIONS['Search'].name)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert probe.stdout.strip() == "Search", probe.stderr
    # The folder is the package: a service imported on its own says how to import it.
    alone = subprocess.run(
        [sys.executable, "-c", "import feat"], cwd=out, capture_output=True, text=True
    )
    assert alone.returncode == 1
    assert f"import it as bindings.feat, with {tmp_path} on sys.path" in alone.stderr


def test_an_output_folder_that_is_no_package_name_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "my-bindings"
    result = run("generate", str(GOLDEN / "rest_features"), "--out", str(out))
    assert result.returncode != 0
    assert "the output folder's name 'my-bindings' is not a Python identifier" in result.stderr
    assert not out.exists()


def test_output_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "12345"):
        out = tmp_path / seed / "out"
        result = run("generate", str(GOLDEN / "rest_features"), "--out", str(out), env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        trees.append({str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert trees[0] == trees[1]


def test_validate_command(tmp_path: Path) -> None:
    assert run("validate", str(GOLDEN / "naming" / "service.yaml")).returncode == 0
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    result = run("validate", str(empty))
    assert result.returncode == 2 and "empty" in result.stderr.lower()


def test_carve_keeps_reachable_shapes(tmp_path: Path) -> None:
    out = tmp_path / "carved.yaml"
    result = run(
        "carve", str(GOLDEN / "rest_features" / "service.yaml"), "--operation", "Search", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    import yaml

    carved = yaml.safe_load(out.read_text())
    assert list(carved["operations"]) == ["Search"]
    assert "PutObjectRequest" not in carved["shapes"] and "Node" in carved["shapes"] and "Leaf" in carved["shapes"]
    assert run("validate", str(out)).returncode == 0


def test_console_script_is_declared() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert 'aws-bindings-generator = "generator.cli:main"' in text


def test_generation_leaves_no_staging_folder(tmp_path: Path) -> None:
    assert run("generate", str(GOLDEN / "naming"), "--out", str(tmp_path)).returncode == 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".generator-stage")]
    shutil.rmtree(tmp_path / "namingstress")
    assert run("check", str(GOLDEN / "naming"), "--out", str(tmp_path)).returncode == 1


@pytest.mark.parametrize("argv", [["generate", "--package", "x"], ["check", "a", "b", "--package", "x"]])
def test_package_needs_exactly_one_spec(argv: list[str]) -> None:
    result = run(*argv)
    assert result.returncode != 0 and "--package needs exactly one SPEC" in result.stderr


# --- command-line conventions (issue 12) ---------------------------------------

USAGE = 64  # the exit status of a usage error (argparse's own 2 means "invalid spec" here)


def _pyproject_version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.split() == ["aws-bindings-generator", _pyproject_version()]


def test_help_is_plain_text_with_the_exit_statuses_and_examples() -> None:
    from generator import cli

    top = run("--help")
    assert top.returncode == 0
    assert "``" not in top.stdout and ":mod:" not in top.stdout  # no reStructuredText
    statuses = {
        cli.OK: "success",
        cli.STALE: "stale",
        cli.INVALID: "invalid",
        cli.BREAKING: "breaking",
        cli.USAGE: "usage error",
        cli.INTERNAL: "internal error",
        cli.INTERRUPTED: "interrupted",
    }
    for code, word in statuses.items():
        assert re.search(rf"^  {code} +.*{word}", top.stdout, re.M), (code, top.stdout)
    assert "examples:" in top.stdout and "python -m generator check --breaking --base" in top.stdout
    check = run("check", "--help")
    assert check.returncode == 0
    assert "exit status: 0 current" in check.stdout and "3 breaking change, 64 usage error" in check.stdout
    assert "examples:" in check.stdout and "--base REF" in check.stdout
    # The module docstring is the same text (the help is cut from it).
    assert cli.__doc__ is not None and cli._exit_status_help()[len("exit status:") :] in cli.__doc__


def test_usage_names_the_console_script_when_run_as_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import cli

    monkeypatch.setattr(sys, "argv", ["/venv/bin/aws-bindings-generator", "--help"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 0
    usage = capsys.readouterr().out
    assert usage.startswith("usage: aws-bindings-generator ") and "python -m generator" not in usage
    assert run("--help").stdout.startswith("usage: python -m generator ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["generate", "a", "b", "--package", "x"], "--package needs exactly one SPEC"),
        (["carve", str(GOLDEN / "rest_features"), "--operation", "Serch"], "did you mean 'Search'?"),
        (["carve", str(GOLDEN / "rest_features"), "--operation", "Search", "--shape", "Nod"], "did you mean 'Node'?"),
        (["generat"], "did you mean 'generate'?"),
        (["generate", "--no-such-flag"], "unrecognized arguments: --no-such-flag"),
        (["check", "--base", "HEAD"], "--base REF goes with --breaking"),
        (["generate", "--config", "no/such/pyproject.toml"], "no such settings file"),
        (["generate", "--report", "."], "is a folder, not a file"),
        (["update", "conect"], "did you mean 'connect'"),
        (["update", "connect", "x", "--from", "a.json"], "--from takes exactly one SERVICE"),
    ],
)
def test_usage_errors_exit_64_with_a_clear_message(argv: list[str], message: str, tmp_path: Path) -> None:
    result = run(*argv, cwd=tmp_path)
    assert result.returncode == USAGE, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing was written


def test_a_missing_path_has_no_fake_position(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = run("validate", str(missing))
    assert result.returncode == 2
    assert f"{missing}: no such file or directory" in result.stderr.splitlines()
    assert ":0:0" not in result.stderr and ": /:" not in result.stderr


def test_help_and_version_need_only_the_standard_library(tmp_path: Path) -> None:
    """`python -S` leaves site-packages out (no black, jinja2, yaml...): help and
    --version still work, and a command that needs them says what to install."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def bare(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-S", "-m", "generator", *args], cwd=tmp_path, capture_output=True, text=True, env=env
        )

    for argv in (["--help"], ["check", "--help"], ["--version"]):
        result = bare(*argv)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    result = bare("validate", str(GOLDEN / "naming"))
    assert result.returncode == USAGE, result.stderr
    assert "is not installed" in result.stderr and "pip install aws-bindings-generator" in result.stderr
    assert "Traceback" not in result.stderr


def test_carve_writes_the_format_its_suffix_names(tmp_path: Path) -> None:
    for name in ("small.json", "small.yaml", "small.yml"):
        out = tmp_path / name
        result = run("carve", str(GOLDEN / "rest_features" / "service.yaml"), "--operation", "Search", "-o", str(out))
        assert result.returncode == 0, result.stderr
        text = out.read_text()
        if name.endswith(".json"):
            carved = json.loads(text)
        else:
            import yaml

            carved = yaml.safe_load(text)
            with pytest.raises(json.JSONDecodeError):
                json.loads(text)
        assert list(carved["operations"]) == ["Search"]
        validated = run("validate", str(out))
        assert validated.returncode == 0, validated.stderr
    result = run("carve", str(GOLDEN / "rest_features"), "--operation", "Search", "-o", str(tmp_path / "small.txt"))
    assert result.returncode == USAGE and ".json, .yaml, .yml" in result.stderr
    assert not (tmp_path / "small.txt").exists()


def test_carve_reports_a_dangling_reference_as_a_spec_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text((GOLDEN / "naming" / "service.yaml").read_text().replace("shape: Kind", "shape: Missing"))
    import yaml

    operations = list(yaml.safe_load(bad.read_text())["operations"])
    result = run("carve", str(bad), *[arg for op in operations for arg in ("--operation", op)])
    assert result.returncode == 2, result.stderr
    assert f"{bad}:" in result.stderr and "refers to a missing shape 'Missing'" in result.stderr


def _edit_lines(path: Path, every: int) -> None:
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(line if i % every else "# edited by hand\n" + line for i, line in enumerate(lines)))


def test_check_prints_a_whole_patch_that_applies(tmp_path: Path) -> None:
    """The patch on stdout is complete (no file cut short, removed and new
    files included, the manifest too): applying it makes the folder current."""
    spec = GOLDEN / "rest_features" / "service.yaml"
    out = tmp_path / "out"
    assert run("generate", str(spec), "--out", str(out)).returncode == 0
    big = max((p for p in out.rglob("*.py")), key=lambda p: len(p.read_text()))
    _edit_lines(big, 3)  # far more than 40 diff lines
    (out / "features" / "enums.py").write_text("no newline at the end")
    (out / "features" / "errors.py").unlink()
    (out / "features" / "stray.py").write_text("# not the generator's\n")
    manifest = out / ".generator-manifest.json"
    data = json.loads(manifest.read_text())
    data["inputs"] = {package: "0" * 64 for package in data["inputs"]}
    manifest.write_text(json.dumps(data, indent=1) + "\n")

    result = run("check", str(spec), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 1
    assert "more diff lines" not in result.stdout
    assert result.stdout.startswith("diff --git a/out/")  # paths from the current folder
    applied = subprocess.run(["git", "apply", "-"], input=result.stdout, cwd=tmp_path, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    after = run("check", str(spec), "--out", str(out), cwd=tmp_path)
    assert after.returncode == 0, after.stdout + after.stderr
    assert (out / "features" / "stray.py").read_text() == "# not the generator's\n"


def test_check_breaking_prints_no_patch(tmp_path: Path) -> None:
    spec = GOLDEN / "rest_features" / "service.yaml"
    out = tmp_path / "out"
    assert run("generate", str(spec), "--out", str(out)).returncode == 0
    _edit_lines(max(out.rglob("*.py"), key=lambda p: len(p.read_text())), 3)
    assert run("check", str(spec), "--out", str(out)).returncode == 1
    result = run("check", str(spec), "--out", str(out), "--breaking")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and "diff --git" not in result.stderr


def test_either_formatter_leaves_the_folder_current_for_the_other(tmp_path: Path) -> None:
    spec = GOLDEN / "naming"
    for first, second in (("black", "ruff"), ("ruff", "black")):
        out = tmp_path / first
        assert run("generate", str(spec), "--out", str(out), "--formatter", first).returncode == 0
        result = run("check", str(spec), "--out", str(out), "--formatter", second)
        assert result.returncode == 0, result.stdout + result.stderr


def test_a_stale_manifest_says_why(tmp_path: Path) -> None:
    spec = GOLDEN / "naming"
    out = tmp_path / "out"
    assert run("generate", str(spec), "--out", str(out)).returncode == 0
    manifest = out / ".generator-manifest.json"
    data = json.loads(manifest.read_text())
    data["formatter"] = "ruff 0.0.1 py311 88"
    manifest.write_text(json.dumps(data, indent=1) + "\n")
    result = run("check", str(spec), "--out", str(out))
    assert result.returncode == 1
    assert "it records the formatting style 'ruff 0.0.1 py311 88'" in result.stderr
    assert "the generator or a spec changed" not in result.stderr


def test_list_shows_the_botocore_services_that_build(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gzip

    from generator import cli, validate

    from .conftest import newest_botocore_model

    monkeypatch.chdir(ROOT)

    def listed() -> dict[str, list[str]]:
        assert cli.main(["list"]) == 0
        rows = [line.split() for line in capsys.readouterr().out.splitlines()[1:]]
        return {row[0]: row for row in rows}

    rows = listed()
    connect = json.loads(gzip.decompress(newest_botocore_model("connect").read_bytes()))
    assert rows["connect"][1] == connect["metadata"]["protocol"]
    assert int(rows["connect"][2]) == len(connect["operations"])
    route53 = json.loads(gzip.decompress(newest_botocore_model("route53").read_bytes()))
    assert validate.supported_protocol(route53["metadata"]) is None and "route53" not in rows
    # The one place that decides which protocols build decides what list shows.
    from generator import protocols

    class RestXml(protocols.Protocol):
        name = "rest-xml"

    monkeypatch.setitem(protocols.PROTOCOLS, "rest-xml", RestXml())
    assert listed()["route53"][1] == "rest-xml"
    # What list shows does build.
    from generator import build, load, overrides

    for service in ("account", "connectparticipant", "pipes"):
        assert service in rows
        doc = load.parse_document(gzip.decompress(newest_botocore_model(service).read_bytes()), service, "json")
        validate.validate(overrides.with_overrides(doc, None))
        build.build(doc)


def test_readme_first_example_is_fully_typed(tmp_path: Path) -> None:
    """The README's first example, run through mypy --strict with a typo added:
    the typo is the one error (so the response is typed, not Any)."""
    readme = (ROOT / "README.md").read_text()
    example = readme.split("## Using the bindings\n", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    assert "OPERATIONS[" not in example
    lines = example.splitlines()
    at = next(i for i, line in enumerate(lines) if "print(response." in line)
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    lines.insert(at + 1, f"{indent}print(response.no_such_field)")
    first_statement = next(i for i, line in enumerate(lines) if line.startswith("request ="))
    lines.insert(first_statement, 'status, headers, body = 200, {"x-amzn-RequestId": "r"}, b"{}"')
    snippet = tmp_path / "readme_example.py"
    snippet.write_text("\n".join(lines) + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, str(snippet)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout
    assert '"StartChatContactResponse" has no attribute "no_such_field"' in errors[0]
