"""templates/runtime/credentials.py and its providers: every source of the chain,
the refresh windows under threads, secrets kept out of messages and logs, and
the static sources against botocore's chain."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import http.server
import json
import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import botocore.session
import pytest

from .runtime_loader import AwsHome, load

config = load("config")
creds = load("credentials")
files = load("credential_providers")
roles = load("role_providers")
metadata = load("metadata")

MARK = "s3cr3t"
"""Every secret and token in these tests contains this, and no message may."""
SECRET = f"{MARK}-static-wJalrXUtnFEMI"
TOKEN = f"{MARK}-token-IQoJb3JpZ2luX2Vj"
NOW = 1_800_000_000.0


def utc(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)


def iso(seconds: float) -> str:
    return utc(seconds).strftime("%Y-%m-%dT%H:%M:%SZ")


def no_secret(text: str) -> str:
    assert MARK not in text, text
    return text


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing in these tests may connect anywhere but this machine."""
    original = socket.create_connection

    def guarded(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        assert address[0] in ("127.0.0.1", "localhost", "::1"), address
        return original(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)


@pytest.fixture(autouse=True)
def logs_without_secrets(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    formatter = logging.Formatter()
    for record in caplog.get_records("setup") + caplog.get_records("call"):
        no_secret(record.getMessage())
        if record.exc_info:
            no_secret(formatter.formatException(record.exc_info))


@pytest.fixture
def aws(tmp_path: Path) -> AwsHome:
    return AwsHome(tmp_path)


class Clock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class FakeSts:
    """Answers with numbered credentials valid for ``lifetime`` seconds."""

    def __init__(
        self, clock: Callable[[], float] = time.time, lifetime: float = 3600
    ) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.clock = clock
        self.lifetime = lifetime
        self.fail: Exception | None = None

    def _answer(self, kind: str, kwargs: dict[str, Any]) -> Any:
        self.calls.append((kind, kwargs))
        if self.fail is not None:
            raise self.fail
        n = len(self.calls)
        return creds.TemporaryCredentials(
            f"ASIA{kind.upper()}{n}",
            f"{MARK}-assumed-secret-{n}",
            f"{MARK}-assumed-token-{n}",
            utc(self.clock() + self.lifetime),
            "123456789012",
        )

    def assume_role(self, **kwargs: Any) -> Any:
        return self._answer("ar", kwargs)

    def assume_role_with_web_identity(self, **kwargs: Any) -> Any:
        return self._answer("web", kwargs)


class FakeSso:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail: Exception | None = None

    def get_role_credentials(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        if self.fail is not None:
            raise self.fail
        return creds.TemporaryCredentials(
            "ASIASSO",
            f"{MARK}-sso-secret",
            f"{MARK}-sso-token",
            utc(time.time() + 3600),
            kwargs["account_id"],
        )


def resolve(aws: AwsHome, **kwargs: Any) -> Any:
    environ = {**aws.env, **kwargs.pop("env", {})}
    return creds.resolve_credentials(environ=environ, **kwargs)


# --- values ----------------------------------------------------------------------


def test_reprs_hide_secrets() -> None:
    value = creds.Credentials("AKIDEXAMPLE", SECRET, TOKEN, utc(NOW), "123456789012")
    for text in (repr(value), str(value), f"{value}", repr([value])):
        assert "AKIDEXAMPLE" in no_secret(text) and "<hidden>" in text
    temporary = creds.TemporaryCredentials("ASIA", SECRET, TOKEN, utc(NOW))
    no_secret(repr(temporary) + str(temporary))
    no_secret(repr(creds.SsoToken(TOKEN, 3600, TOKEN)))
    assert temporary.to_credentials() == creds.Credentials(
        "ASIA", SECRET, TOKEN, utc(NOW)
    )
    naive = creds.Credentials("A", SECRET, expiration=dt.datetime(2030, 1, 1))
    assert naive.expiration == dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc)
    source = creds.StaticCredentialSource(value, "explicit")
    assert no_secret(repr(source)) == "StaticCredentialSource(method='explicit')"


def test_parse_timestamp_forms() -> None:
    expected = dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.timezone.utc)
    for text in (
        "2024-05-01T12:30:00Z",
        "2024-05-01T12:30:00+00:00",
        "2024-05-01T12:30:00UTC",
        "2024-05-01T14:30:00+02:00",
        "2024-05-01T12:30:00.000Z",
        "2024-05-01T12:30:00",
    ):
        assert creds.parse_timestamp(text) == expected, text


def test_explicit_credentials_win(aws: AwsHome) -> None:
    explicit = creds.Credentials("AKIDEXPLICIT", SECRET)
    source = resolve(aws, credentials=explicit, env={"AWS_ACCESS_KEY_ID": "AKIDENV"})
    assert (source.method, source.get()) == ("explicit", explicit)


# --- environment -------------------------------------------------------------------


def test_environment(aws: AwsHome) -> None:
    env = {
        "AWS_ACCESS_KEY_ID": "AKIDENV",
        "AWS_SECRET_ACCESS_KEY": SECRET,
        "AWS_SESSION_TOKEN": TOKEN,
        "AWS_ACCOUNT_ID": "111122223333",
    }
    source = resolve(aws, env=env)
    assert source.method == "env"
    assert source.get() == creds.Credentials(
        "AKIDENV", SECRET, TOKEN, None, "111122223333"
    )
    env["AWS_SECURITY_TOKEN"] = f"{MARK}-security-token"
    assert resolve(aws, env=env).get().session_token == f"{MARK}-security-token"


def test_environment_partial_and_skips(aws: AwsHome) -> None:
    with pytest.raises(creds.PartialCredentialsError) as caught:
        resolve(aws, env={"AWS_ACCESS_KEY_ID": "AKIDENV"})
    assert "AWS_SECRET_ACCESS_KEY" in no_secret(str(caught.value))
    # A secret without a key is not a source (botocore): the chain goes on.
    with pytest.raises(creds.NoCredentialsError):
        resolve(aws, env={"AWS_SECRET_ACCESS_KEY": SECRET})
    aws.credentials(
        f"[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = {SECRET}\n"
    )
    env = {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": SECRET}
    # A profile passed in skips the environment; AWS_PROFILE does not.
    assert resolve(aws, env=env, profile="dev").get().access_key_id == "AKIDDEV"
    assert (
        resolve(aws, env={**env, "AWS_PROFILE": "dev"}).get().access_key_id == "AKIDENV"
    )


def test_environment_with_expiration_rereads_the_environment(
    aws: AwsHome, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    for name, value in aws.env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDONE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    monkeypatch.setenv("AWS_CREDENTIAL_EXPIRATION", iso(NOW + 3600))
    clock = Clock()
    source = creds.resolve_credentials(clock=clock)
    assert source.get().access_key_id == "AKIDONE"
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDTWO")
    monkeypatch.setenv("AWS_CREDENTIAL_EXPIRATION", iso(NOW + 7200))
    assert source.get().access_key_id == "AKIDONE"
    clock.now = NOW + 3600 - 60
    assert source.get().access_key_id == "AKIDTWO"
    monkeypatch.setenv("AWS_CREDENTIAL_EXPIRATION", "soon")
    with pytest.raises(
        creds.CredentialConfigError, match="AWS_CREDENTIAL_EXPIRATION must be"
    ):
        creds.resolve_credentials(clock=clock)


# --- files -------------------------------------------------------------------------


def test_shared_credentials_file_then_config_file(aws: AwsHome) -> None:
    aws.config(
        f"""\
        [default]
        aws_access_key_id = AKIDCONFIG
        aws_secret_access_key = {SECRET}
        [profile cfg]
        aws_access_key_id = AKIDCFG
        aws_secret_access_key = {SECRET}
        aws_session_token = {TOKEN}
        """
    )
    source = resolve(aws)
    assert (source.method, source.get().access_key_id) == ("config-file", "AKIDCONFIG")
    source = resolve(aws, profile="cfg")
    assert source.get() == creds.Credentials("AKIDCFG", SECRET, TOKEN)
    aws.credentials(
        f"""\
        [default]
        aws_access_key_id = AKIDCREDS
        aws_secret_access_key = {SECRET}
        aws_security_token = {TOKEN}
        aws_account_id = 444455556666
        """
    )
    source = resolve(aws)
    assert source.method == "shared-credentials-file"
    assert source.get() == creds.Credentials(
        "AKIDCREDS", SECRET, TOKEN, None, "444455556666"
    )


def test_partial_credentials_in_a_file(aws: AwsHome) -> None:
    aws.credentials(
        f"[default]\naws_access_key_id = AKIDCREDS\naws_session_token = {TOKEN}\n"
    )
    with pytest.raises(creds.PartialCredentialsError) as caught:
        resolve(aws)
    message = no_secret(str(caught.value))
    assert "aws_secret_access_key" in message and str(aws.credentials_file) in message


def test_ec2_credentials_file_and_boto_config(aws: AwsHome) -> None:
    ec2 = aws.root / "ec2-creds"
    ec2.write_text(f"AWSAccessKeyId=AKIDEC2\nAWSSecretKey={SECRET}\n")
    source = resolve(aws, env={"AWS_CREDENTIAL_FILE": str(ec2)})
    assert (source.method, source.get()) == (
        "ec2-credentials-file",
        creds.Credentials("AKIDEC2", SECRET),
    )
    boto = aws.root / "boto.cfg"
    boto.write_text(
        f"[Credentials]\naws_access_key_id = AKIDBOTO\naws_secret_access_key = {SECRET}\n"
    )
    source = resolve(aws, env={"BOTO_CONFIG": str(boto)})
    assert (source.method, source.get()) == (
        "boto-config",
        creds.Credentials("AKIDBOTO", SECRET),
    )


def test_no_credentials_names_every_place_in_order(aws: AwsHome) -> None:
    with pytest.raises(creds.NoCredentialsError) as caught:
        resolve(aws)
    tried = caught.value.tried
    assert len(tried) == 12
    expected = [
        "the environment",
        "role_arn of profile 'default'",
        "web identity",
        "IAM Identity Center",
        "profile 'default' in the shared credentials file",
        "login_session",
        "credential_process",
        "aws_access_key_id of profile 'default' in the config file",
        "AWS_CREDENTIAL_FILE",
        "the boto config",
        "the container endpoint",
        "EC2 instance metadata",
    ]
    for place, start in zip(tried, expected, strict=True):
        assert place.startswith(start), (place, start)
    message = str(caught.value)
    assert "1. the environment" in message and "12. EC2 instance metadata" in message
    aws.config("[profile dev]\n")
    with pytest.raises(creds.NoCredentialsError) as caught:
        resolve(aws, profile="dev")
    assert not caught.value.tried[0].startswith("the environment")
    assert len(caught.value.tried) == 11


# --- assume role ---------------------------------------------------------------------


def test_source_profile_chain_of_depth_three(aws: AwsHome) -> None:
    aws.config(
        """\
        [default]
        region = eu-west-1
        [profile a]
        role_arn = arn:aws:iam::123456789012:role/a
        source_profile = b
        external_id = ext-a
        role_session_name = session-a
        duration_seconds = 1800
        [profile b]
        role_arn = arn:aws:iam::123456789012:role/b
        source_profile = c
        [profile c]
        role_arn = arn:aws:iam::123456789012:role/c
        source_profile = d
        """
    ).credentials(f"[d]\naws_access_key_id = AKIDD\naws_secret_access_key = {SECRET}\n")
    sts = FakeSts()
    clock = Clock(time.time())
    source = resolve(aws, profile="a", sts=sts, clock=clock)
    assert source.method == "assume-role"
    assert sts.calls == []  # deferred until used
    got = source.get()
    assert got.access_key_id == "ASIAAR3" and got.account_id == "123456789012"
    roles_called = [kwargs["role_arn"].rsplit("/", 1)[1] for _, kwargs in sts.calls]
    assert roles_called == ["c", "b", "a"]
    assert sts.calls[0][1]["credentials"] == creds.Credentials("AKIDD", SECRET)
    assert sts.calls[1][1]["credentials"].access_key_id == "ASIAAR1"
    assert sts.calls[2][1]["credentials"].access_key_id == "ASIAAR2"
    last = sts.calls[2][1]
    assert (
        last["external_id"],
        last["role_session_name"],
        last["duration_seconds"],
    ) == ("ext-a", "session-a", 1800)
    # The region is the configured one (of the selected profile, else default).
    assert last["region"] is None
    assert sts.calls[0][1]["role_session_name"] == f"botocore-session-{int(clock.now)}"
    assert (last["serial_number"], last["token_code"]) == (None, None)


@pytest.mark.parametrize(
    ("profiles", "expected"),
    [
        (
            "[profile a]\nrole_arn = r\nsource_profile = b\n[profile b]\nrole_arn = r\nsource_profile = c\n"
            "[profile c]\nrole_arn = r\nsource_profile = a\n",
            "source_profile loop: a -> b -> c -> a",
        ),
        (
            "[profile a]\nrole_arn = r\nsource_profile = a\n",
            "source_profile loop: a -> a",
        ),
        (
            "[profile a]\nrole_arn = r\nsource_profile = nope\n",
            "the source_profile 'nope' of profile 'a' does not exist",
        ),
        (
            "[profile a]\nrole_arn = r\nsource_profile = b\ncredential_source = Environment\n[profile b]\n",
            "has both source_profile and credential_source",
        ),
        ("[profile a]\nrole_arn = r\n", "neither source_profile nor credential_source"),
        (
            "[profile a]\nrole_arn = r\ncredential_source = environment\n",
            "credential_source 'environment' of profile 'a' is not one of",
        ),
        (
            "[profile a]\nrole_arn = r\nsource_profile = b\n[profile b]\nregion = x\n",
            "the source_profile 'b' of profile 'a' has no credentials",
        ),
    ],
)
def test_assume_role_configuration_errors(
    aws: AwsHome, profiles: str, expected: str
) -> None:
    aws.config(profiles)
    with pytest.raises(creds.CredentialConfigError) as caught:
        resolve(aws, profile="a", sts=FakeSts())
    assert expected in str(caught.value)
    assert str(aws.config_file) in str(caught.value)


def test_profile_may_source_its_own_static_keys(aws: AwsHome) -> None:
    aws.config("[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = a\n")
    aws.credentials(
        f"[a]\naws_access_key_id = AKIDA\naws_secret_access_key = {SECRET}\n"
    )
    sts = FakeSts()
    assert resolve(aws, profile="a", sts=sts).get().access_key_id == "ASIAAR1"
    assert sts.calls[0][1]["credentials"] == creds.Credentials("AKIDA", SECRET)


def test_source_profile_with_credential_process(aws: AwsHome) -> None:
    script = write_process(
        aws, {"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": SECRET}
    )
    aws.config(
        f"[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = p\n"
        f"[profile p]\ncredential_process = {script}\n"
    )
    sts = FakeSts()
    resolve(aws, profile="a", sts=sts).get()
    assert sts.calls[0][1]["credentials"].access_key_id == "AKIDPROC"


def test_assume_role_needs_the_sts_caller(aws: AwsHome) -> None:
    aws.config("[profile a]\nrole_arn = r\ncredential_source = Environment\n")
    env = {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": SECRET}
    with pytest.raises(
        creds.MissingCallerError, match="assumes a role, which needs AWS STS: generate the 'sts' bindings"
    ):
        resolve(aws, profile="a", env=env)


def test_credential_source_environment(aws: AwsHome) -> None:
    aws.config(
        "[profile a]\nrole_arn = arn:aws:iam::1:role/a\ncredential_source = Environment\nregion = us-east-2\n"
    )
    env = {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": SECRET}
    sts = FakeSts()
    # With the profile passed in, the environment is not a source of its own
    # but still the credential_source.
    assert resolve(aws, profile="a", env=env, sts=sts).get().access_key_id == "ASIAAR1"
    assert sts.calls[0][1]["credentials"] == creds.Credentials("AKIDENV", SECRET)
    assert sts.calls[0][1]["region"] == "us-east-2"
    with pytest.raises(
        creds.CredentialRetrievalError,
        match="no credentials in credential_source 'Environment'",
    ):
        resolve(aws, profile="a", sts=sts)


def test_sts_failure_is_wrapped_without_secrets(aws: AwsHome) -> None:
    aws.config("[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n")
    aws.credentials(
        f"[b]\naws_access_key_id = AKIDB\naws_secret_access_key = {SECRET}\n"
    )
    sts = FakeSts()
    sts.fail = RuntimeError(f"AccessDenied: not authorized (echo {SECRET})")
    source = resolve(aws, profile="a", sts=sts)
    with pytest.raises(creds.CredentialRetrievalError) as caught:
        source.get()
    message = no_secret(str(caught.value))
    assert (
        "AssumeRole of arn:aws:iam::1:role/a for profile 'a' failed: RuntimeError: AccessDenied"
        in message
    )


def test_mfa_prompt(aws: AwsHome) -> None:
    aws.config(
        "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\nmfa_serial = arn:aws:iam::1:mfa/me\n"
    )
    aws.credentials(
        f"[b]\naws_access_key_id = AKIDB\naws_secret_access_key = {SECRET}\n"
    )
    with pytest.raises(creds.MissingCallerError, match="mfa_prompt"):
        resolve(aws, profile="a", sts=FakeSts())
    prompts: list[str] = []

    def prompt(serial: str) -> str:
        prompts.append(serial)
        return "123456"

    clock = Clock(time.time())
    sts = FakeSts(clock)
    source = resolve(aws, profile="a", sts=sts, mfa_prompt=prompt, clock=clock)
    # A code STS refuses may be typed again.
    sts.fail = RuntimeError("AccessDenied: MultiFactorAuthentication failed")
    with pytest.raises(
        creds.CredentialRetrievalError, match="MultiFactorAuthentication"
    ):
        source.get()
    sts.fail = None
    assert source.get().access_key_id == "ASIAAR2"
    assert prompts == ["arn:aws:iam::1:mfa/me"] * 2
    call = sts.calls[-1][1]
    assert (call["serial_number"], call["token_code"]) == (
        "arn:aws:iam::1:mfa/me",
        "123456",
    )
    # No prompt in the middle of the program: the advisory window keeps the
    # credentials, the mandatory one raises.
    clock.now += 3600 - 12 * 60
    assert source.get().access_key_id == "ASIAAR2"
    clock.now += 5 * 60
    with pytest.raises(creds.CredentialRetrievalError, match="need a new MFA code"):
        source.get()
    assert len(prompts) == 2 and len(sts.calls) == 2


# --- web identity ----------------------------------------------------------------------


def test_web_identity_from_the_environment(aws: AwsHome) -> None:
    token_file = aws.root / "token"
    token_file.write_text(f"{MARK}-jwt-one")
    env = {
        "AWS_WEB_IDENTITY_TOKEN_FILE": str(token_file),
        "AWS_ROLE_ARN": "arn:aws:iam::1:role/web",
        "AWS_ROLE_SESSION_NAME": "pod",
        "AWS_REGION": "eu-west-2",
    }
    clock = Clock(time.time())
    sts = FakeSts(clock)
    source = resolve(aws, env=env, sts=sts, clock=clock)
    assert source.method == "assume-role-with-web-identity"
    assert source.get().access_key_id == "ASIAWEB1"
    assert sts.calls[0][1] == {
        "role_arn": "arn:aws:iam::1:role/web",
        "role_session_name": "pod",
        "web_identity_token": f"{MARK}-jwt-one",
        "region": "eu-west-2",
    }
    token_file.write_text(f"{MARK}-jwt-two\n")
    clock.now += 3600 - 5 * 60
    assert source.get().access_key_id == "ASIAWEB2"
    assert sts.calls[1][1]["web_identity_token"] == f"{MARK}-jwt-two"
    token_file.unlink()
    clock.now += 3600
    with pytest.raises(
        creds.CredentialRetrievalError, match="cannot read the web identity token file"
    ):
        source.get()


def test_web_identity_from_a_profile(aws: AwsHome) -> None:
    token_file = aws.root / "token"
    token_file.write_text(f"{MARK}-jwt")
    aws.config(
        f"[profile w]\nrole_arn = arn:aws:iam::1:role/profile\nweb_identity_token_file = {token_file}\n"
        "source_profile = ignored\n"
    )
    sts = FakeSts()
    # role_arn with web_identity_token_file is web identity, not assume-role.
    assert resolve(aws, profile="w", sts=sts).get().access_key_id == "ASIAWEB1"
    assert sts.calls[0][1]["role_arn"] == "arn:aws:iam::1:role/profile"
    assert sts.calls[0][1]["role_session_name"].startswith("botocore-session-")
    # Each key from its environment variable first (not with a profile passed in).
    env = {"AWS_ROLE_ARN": "arn:aws:iam::1:role/env", "AWS_PROFILE": "w"}
    resolve(aws, env=env, sts=sts).get()
    assert sts.calls[1][1]["role_arn"] == "arn:aws:iam::1:role/env"
    resolve(aws, env=env, profile="w", sts=sts).get()
    assert sts.calls[2][1]["role_arn"] == "arn:aws:iam::1:role/profile"


def test_web_identity_errors(aws: AwsHome) -> None:
    token_file = aws.root / "token"
    token_file.write_text(f"{MARK}-jwt")
    env = {"AWS_WEB_IDENTITY_TOKEN_FILE": str(token_file)}
    with pytest.raises(creds.CredentialConfigError, match="no role ARN"):
        resolve(aws, env=env, sts=FakeSts())
    env["AWS_ROLE_ARN"] = "arn:aws:iam::1:role/web"
    with pytest.raises(creds.MissingCallerError, match=r"need AWS STS: .*update sts\), or pass resolve_credentials\(sts=\.\.\.\)"):
        resolve(aws, env=env)
    sts = FakeSts()
    sts.fail = ValueError(f"InvalidIdentityToken: {MARK}-jwt is expired")
    with pytest.raises(creds.CredentialRetrievalError) as caught:
        resolve(aws, env=env, sts=sts).get()
    assert "InvalidIdentityToken: <hidden> is expired" in no_secret(str(caught.value))


# --- IAM Identity Center -------------------------------------------------------------


def write_sso_cache(
    aws: AwsHome, key: str, expires: str, token: str = f"{MARK}-sso-access"
) -> Path:
    cache = aws.root / ".aws" / "sso" / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / (hashlib.sha1(key.encode()).hexdigest() + ".json")
    path.write_text(
        json.dumps(
            {
                "startUrl": "https://corp.awsapps.com/start",
                "region": "us-east-1",
                "accessToken": token,
                "expiresAt": expires,
                "clientId": "client",
                "clientSecret": f"{MARK}-client-secret",
                "refreshToken": f"{MARK}-refresh",
                "registrationExpiresAt": "2099-01-01T00:00:00Z",
            }
        )
    )
    return path


SSO_CONFIG = """\
[profile corp]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = ReadOnly
region = us-west-2
[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
[profile legacy]
sso_start_url = https://legacy.awsapps.com/start
sso_region = eu-west-1
sso_account_id = 444455556666
sso_role_name = Admin
"""


def test_sso_session_profile(aws: AwsHome) -> None:
    aws.config(SSO_CONFIG)
    write_sso_cache(aws, "corp", iso(time.time() + 3600))
    sso = FakeSso()
    source = resolve(aws, profile="corp", sso=sso)
    assert source.method == "sso" and sso.calls == []
    assert source.get().access_key_id == "ASIASSO"
    assert sso.calls == [
        {
            "account_id": "111122223333",
            "role_name": "ReadOnly",
            "access_token": f"{MARK}-sso-access",
            "region": "us-east-1",
        }
    ]


def test_legacy_sso_profile_and_expired_tokens(aws: AwsHome) -> None:
    aws.config(SSO_CONFIG)
    sso = FakeSso()
    source = resolve(aws, profile="legacy", sso=sso)
    with pytest.raises(creds.SsoTokenError) as caught:
        source.get()
    assert "does not exist): run aws sso login --profile legacy" in str(caught.value)
    path = write_sso_cache(
        aws, "https://legacy.awsapps.com/start", "2020-01-01T00:00:00UTC"
    )
    with pytest.raises(creds.SsoTokenError) as caught:
        source.get()
    assert "expired at 2020-01-01T00:00:00+00:00" in no_secret(str(caught.value))
    assert "run aws sso login --profile legacy" in str(caught.value)
    write_sso_cache(aws, "https://legacy.awsapps.com/start", iso(time.time() + 600))
    assert source.get().account_id == "444455556666"
    path.write_text(f'{{"accessToken": "{MARK}-broken"')
    write_sso_cache(aws, "corp", iso(time.time() - 1))
    with pytest.raises(
        creds.SsoTokenError, match="run aws sso login --sso-session corp"
    ):
        resolve(aws, profile="corp", sso=sso).get()
    sso.fail = creds.SsoTokenError(
        "the portal said UnauthorizedException: run aws sso login"
    )
    write_sso_cache(aws, "corp", iso(time.time() + 600))
    with pytest.raises(creds.SsoTokenError, match="UnauthorizedException"):
        resolve(aws, profile="corp", sso=sso).get()


class FakeOidc:
    def __init__(self, rotate: bool = True) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail: Exception | None = None
        self.rotate = rotate

    def create_token(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        if self.fail is not None:
            raise self.fail
        refresh = f"{MARK}-rotated-refresh" if self.rotate else None
        return creds.SsoToken(f"{MARK}-refreshed-access", 8 * 3600, refresh)


def test_sso_session_token_is_refreshed_near_expiry(aws: AwsHome) -> None:
    aws.config(SSO_CONFIG)
    path = write_sso_cache(aws, "corp", iso(time.time() + 5 * 60))
    sso, oidc = FakeSso(), FakeOidc()
    resolve(aws, profile="corp", sso=sso, sso_oidc=oidc).get()
    assert oidc.calls == [
        {
            "client_id": "client",
            "client_secret": f"{MARK}-client-secret",
            "refresh_token": f"{MARK}-refresh",
            "region": "us-east-1",
        }
    ]
    assert sso.calls[0]["access_token"] == f"{MARK}-refreshed-access"
    cached = json.loads(path.read_text())
    assert cached["accessToken"] == f"{MARK}-refreshed-access"
    assert cached["refreshToken"] == f"{MARK}-rotated-refresh"
    assert cached["startUrl"] == "https://corp.awsapps.com/start"
    left = creds.parse_timestamp(cached["expiresAt"]).timestamp() - time.time()
    assert 8 * 3600 - 60 < left <= 8 * 3600
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    # A fresh token is not refreshed; a legacy profile never is.
    resolve(aws, profile="corp", sso=sso, sso_oidc=oidc).get()
    assert len(oidc.calls) == 1
    write_sso_cache(aws, "https://legacy.awsapps.com/start", iso(time.time() + 60))
    resolve(aws, profile="legacy", sso=sso, sso_oidc=oidc).get()
    assert len(oidc.calls) == 1


def test_sso_token_refresh_failures(
    aws: AwsHome, caplog: pytest.LogCaptureFixture
) -> None:
    aws.config(SSO_CONFIG)
    path = write_sso_cache(aws, "corp", iso(time.time() + 5 * 60))
    sso, oidc = FakeSso(), FakeOidc()
    oidc.fail = RuntimeError(f"InvalidGrantException for {MARK}-refresh")
    # The failure is logged and the cached token serves while it lasts.
    resolve(aws, profile="corp", sso=sso, sso_oidc=oidc).get()
    assert sso.calls[0]["access_token"] == f"{MARK}-sso-access"
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("InvalidGrantException for <hidden>" in m for m in logged)
    write_sso_cache(aws, "corp", iso(time.time() - 5))
    with pytest.raises(creds.SsoTokenError, match="aws sso login --sso-session corp"):
        resolve(aws, profile="corp", sso=sso, sso_oidc=oidc).get()
    # No client registration, or an expired one: no call.
    oidc.fail = None
    calls = len(oidc.calls)
    cached = json.loads(path.read_text())
    cached["registrationExpiresAt"] = "2020-01-01T00:00:00Z"
    path.write_text(json.dumps(cached))
    with pytest.raises(creds.SsoTokenError):
        resolve(aws, profile="corp", sso=sso, sso_oidc=oidc).get()
    del cached["clientSecret"]
    path.write_text(json.dumps(cached))
    with pytest.raises(creds.SsoTokenError):
        resolve(aws, profile="corp", sso=sso, sso_oidc=oidc).get()
    assert len(oidc.calls) == calls


@pytest.mark.parametrize(
    ("profile", "expected", "error"),
    [
        (
            "[profile p]\nsso_account_id = 1\n",
            "lacks sso_start_url, sso_region, sso_role_name",
            "CredentialConfigError",
        ),
        (
            "[profile p]\nsso_session = nope\nsso_role_name = r\n",
            "sso-session 'nope' not found",
            "CredentialConfigError",
        ),
        (
            "[profile p]\nsso_session = corp\nsso_role_name = r\nsso_account_id = 1\nsso_region = eu-west-1\n"
            "[sso-session corp]\nsso_start_url = https://x\nsso_region = us-east-1\n",
            "sso_region differs between profile 'p' ('eu-west-1') and sso-session 'corp' ('us-east-1')",
            "CredentialConfigError",
        ),
        (
            "[profile p]\nsso_session = corp\nsso_role_name = r\nsso_account_id = 1\n"
            "[sso-session corp]\nsso_start_url = https://x\nsso_region = us-east-1\n",
            "uses IAM Identity Center, which needs the SSO portal: generate the 'sso' bindings",
            "MissingCallerError",
        ),
    ],
)
def test_sso_configuration_errors(
    aws: AwsHome, profile: str, expected: str, error: str
) -> None:
    aws.config(profile)
    with pytest.raises(getattr(creds, error)) as caught:
        resolve(aws, profile="p")
    assert expected in str(caught.value)


# --- credential_process --------------------------------------------------------------


def write_process(
    aws: AwsHome,
    output: Any,
    *,
    exit_code: int = 0,
    sleep: float = 0,
    name: str = "proc.py",
    counter: bool = False,
) -> str:
    script = aws.root / name
    text = output if isinstance(output, str) else json.dumps(output)
    script.write_text(
        "import sys, time, pathlib\n"
        + (
            f"p = pathlib.Path({str(aws.root / 'count')!r}); n = int(p.read_text()) + 1 if p.exists() else 1\n"
            "p.write_text(str(n))\n"
            if counter
            else "n = 0\n"
        )
        + f"time.sleep({sleep})\nsys.stdout.write({text!r}.replace('#N', str(n)))\nsys.exit({exit_code})\n"
    )
    return f'"{sys.executable}" "{script}"'


def test_credential_process(aws: AwsHome) -> None:
    command = write_process(
        aws,
        {
            "Version": 1,
            "AccessKeyId": "AKIDPROC",
            "SecretAccessKey": SECRET,
            "SessionToken": TOKEN,
        },
    )
    aws.config(
        f"[default]\ncredential_process = {command}\naws_account_id = 999988887777\n"
    )
    source = resolve(aws)
    assert source.method == "custom-process"
    assert source.get() == creds.Credentials(
        "AKIDPROC", SECRET, TOKEN, None, "999988887777"
    )


def test_credential_process_with_expiration_runs_again(aws: AwsHome) -> None:
    expires = iso(NOW + 3600)
    command = write_process(
        aws,
        {
            "Version": 1,
            "AccessKeyId": "AKID#N",
            "SecretAccessKey": SECRET,
            "Expiration": expires,
            "AccountId": "123",
        },
        counter=True,
    )
    aws.credentials(f"[default]\ncredential_process = {command}\n")
    clock = Clock()
    source = resolve(aws, clock=clock)
    assert isinstance(source, creds.RefreshingCredentialSource)
    assert source.get().access_key_id == "AKID1"
    clock.now = NOW + 3600 - 14 * 60
    assert source.get().access_key_id == "AKID2"


@pytest.mark.parametrize(
    ("output", "exit_code", "expected"),
    [
        (
            {"Version": 1, "AccessKeyId": "A", "SecretAccessKey": SECRET},
            3,
            "exited with status 3",
        ),
        (
            f'{{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "{SECRET}"',
            0,
            "its output is not a JSON object",
        ),
        (
            {"Version": 2, "AccessKeyId": "A", "SecretAccessKey": SECRET},
            0,
            "unsupported output Version (2)",
        ),
        (
            {"AccessKeyId": "A", "SecretAccessKey": SECRET},
            0,
            "unsupported output Version (no Version)",
        ),
        (
            {"Version": 1, "AccessKeyId": "A", "SessionToken": TOKEN},
            0,
            "its output has no SecretAccessKey",
        ),
        (
            {
                "Version": 1,
                "AccessKeyId": "A",
                "SecretAccessKey": SECRET,
                "Expiration": f"{MARK}",
            },
            0,
            "its Expiration is not an ISO 8601 time",
        ),
        (
            {"Version": 1, "AccessKeyId": "A", "SecretAccessKey": 5},
            0,
            "SecretAccessKey in its output must be a string",
        ),
    ],
)
def test_credential_process_failures(
    aws: AwsHome, output: Any, exit_code: int, expected: str
) -> None:
    command = write_process(aws, output, exit_code=exit_code)
    aws.config(f"[profile p]\ncredential_process = {command} --key {SECRET}\n")
    with pytest.raises(creds.CredentialRetrievalError) as caught:
        resolve(aws, profile="p")
    message = no_secret(str(caught.value))
    assert expected in message
    assert (
        "the credential_process of profile 'p'" in message
        and f"{aws.config_file}:2" in message
    )


def test_credential_process_timeout_and_missing_program(
    aws: AwsHome, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "PROCESS_TIMEOUT_SECONDS", 0.5)
    command = write_process(aws, {"Version": 1}, sleep=30)
    aws.config(f"[default]\ncredential_process = {command}\n")
    started = time.monotonic()
    with pytest.raises(
        creds.CredentialRetrievalError, match=r"did not finish within 0.5 s"
    ):
        resolve(aws)
    assert time.monotonic() - started < 10
    aws.config(
        f"[default]\ncredential_process = /nonexistent/helper --secret {SECRET}\n"
    )
    with pytest.raises(creds.CredentialRetrievalError) as caught:
        resolve(aws)
    assert "program '/nonexistent/helper'" in no_secret(str(caught.value))
    aws.config("[default]\ncredential_process = 'unbalanced\n")
    with pytest.raises(creds.CredentialConfigError, match="not a valid command line"):
        resolve(aws)


# --- HTTP endpoints --------------------------------------------------------------------


class Server:
    """A loopback HTTP server; ``handle(method, path, headers)`` -> (status, body)."""

    def __init__(
        self, handle: Callable[[str, str, dict[str, str]], tuple[int, str]]
    ) -> None:
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                outer.requests.append((self.command, self.path, headers))
                status, body = handle(self.command, self.path, headers)
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_PUT = _answer

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[..., Server]]:
    servers: list[Server] = []

    def start(handle: Callable[[str, str, dict[str, str]], tuple[int, str]]) -> Server:
        servers.append(Server(handle))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def creds_json(n: int, expires: float, token_key: str = "Token") -> str:
    return json.dumps(
        {
            "Code": "Success",
            "AccessKeyId": f"ASIAHTTP{n}",
            "SecretAccessKey": f"{MARK}-http-{n}",
            token_key: f"{MARK}-http-token-{n}",
            "Expiration": iso(expires),
        }
    )


def container_handler(
    expected_token: str,
) -> Callable[[str, str, dict[str, str]], tuple[int, str]]:
    count = [0]

    def handle(method: str, path: str, headers: dict[str, str]) -> tuple[int, str]:
        if headers.get("authorization") != expected_token:
            return 403, f"bad token {headers.get('authorization')}"
        count[0] += 1
        return 200, creds_json(count[0], time.time() + 3600)

    return handle


def test_container_full_uri_with_token(
    aws: AwsHome, serve: Callable[..., Server]
) -> None:
    server = serve(container_handler(f"{MARK}-auth"))
    env = {
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.url + "/v2/credentials?id=1",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN": f"{MARK}-auth",
    }
    clock = Clock(time.time())
    source = resolve(aws, env=env, clock=clock)
    assert source.method == "container-role"
    assert source.get().access_key_id == "ASIAHTTP1"
    assert server.requests[0][:2] == ("GET", "/v2/credentials?id=1")
    assert server.requests[0][2]["accept"] == "application/json"
    clock.now += 3600 - 60
    assert source.get().access_key_id == "ASIAHTTP2"


def test_container_token_file_is_read_at_each_fetch(
    aws: AwsHome, serve: Callable[..., Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(metadata, "CONTAINER_RETRY_SLEEP_SECONDS", 0)
    server = serve(container_handler(f"{MARK}-file-token"))
    token_file = aws.root / "eks-token"
    token_file.write_text(f"{MARK}-file-token")
    env = {
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.url + "/creds",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": str(token_file),
        "AWS_CONTAINER_AUTHORIZATION_TOKEN": f"{MARK}-ignored",
    }
    clock = Clock(time.time())
    source = resolve(aws, env=env, clock=clock)
    assert source.get().access_key_id == "ASIAHTTP1"
    token_file.write_text(f"{MARK}-rotated")
    clock.now += 3600
    with pytest.raises(creds.CredentialRetrievalError) as caught:
        source.get()
    assert "HTTP status 403 (after 3 attempts)" in no_secret(str(caught.value))
    assert len(server.requests) == 4
    token_file.write_text(f"{MARK}-bad\r\nX: y")
    with pytest.raises(creds.CredentialConfigError, match="line break"):
        resolve(aws, env=env)


def test_container_relative_uri_and_allowed_hosts(
    aws: AwsHome, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str, dict[str, str]]] = []

    def fake_request(
        method: str, url: str, headers: Any, timeout: float
    ) -> tuple[int, bytes]:
        seen.append((method, url, dict(headers)))
        return 200, creds_json(1, time.time() + 3600).encode()

    monkeypatch.setattr(metadata, "http_request", fake_request)
    env = {
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc",
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://ignored.example/",
    }
    assert resolve(aws, env=env).get().access_key_id == "ASIAHTTP1"
    assert seen[0][1] == "http://169.254.170.2/v2/credentials/abc"
    for url in (
        "http://169.254.170.2/x",
        "http://169.254.170.23/v1/credentials",
        "http://[fd00:ec2::23]/v1",
        "http://localhost:8080/x",
        "http://127.0.0.5/x",
        "http://[::1]:80/x",
        "https://creds.example.com/x",
    ):
        assert (
            metadata.container_url({"AWS_CONTAINER_CREDENTIALS_FULL_URI": url}) == url
        )
    for url in ("http://creds.example.com/x", "http://10.0.0.1/x", "ftp://127.0.0.1/x"):
        with pytest.raises(creds.CredentialConfigError, match="is not allowed"):
            resolve(aws, env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": url})


class Imds:
    """An IMDSv2 server: the token from PUT is required on every GET."""

    def __init__(
        self, *, v1: bool = False, expires_in: float = 6 * 3600, failures: int = 0
    ) -> None:
        self.token = f"{MARK}-imds-token"
        self.v1 = v1
        self.expires_in = expires_in
        self.failures = failures
        self.served = 0

    def __call__(
        self, method: str, path: str, headers: dict[str, str]
    ) -> tuple[int, str]:
        if method == "PUT" and path == "/latest/api/token":
            if self.v1:
                return 404, "not found"
            if headers.get("x-aws-ec2-metadata-token-ttl-seconds") != "21600":
                return 400, "missing ttl"
            return 200, self.token
        if not self.v1 and headers.get("x-aws-ec2-metadata-token") != self.token:
            return 401, "unauthorized"
        if self.failures:
            self.failures -= 1
            return 500, "busy"
        if path == "/latest/meta-data/iam/security-credentials/":
            return 200, "my-role"
        if path == "/latest/meta-data/iam/security-credentials/my-role":
            self.served += 1
            return 200, creds_json(self.served, time.time() + self.expires_in)
        return 404, "not found"


def test_imds_v2(aws: AwsHome, serve: Callable[..., Server]) -> None:
    imds = Imds()
    server = serve(imds)
    env = {
        "AWS_EC2_METADATA_DISABLED": "false",
        "AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url,
    }
    clock = Clock(time.time())
    source = resolve(aws, env=env, clock=clock)
    assert source.method == "iam-role"
    got = source.get()
    assert (
        got.access_key_id == "ASIAHTTP1" and got.session_token == f"{MARK}-http-token-1"
    )
    assert [(m, p) for m, p, _ in server.requests] == [
        ("PUT", "/latest/api/token"),
        ("GET", "/latest/meta-data/iam/security-credentials/"),
        ("GET", "/latest/meta-data/iam/security-credentials/my-role"),
    ]
    clock.now += 6 * 3600 - 60
    assert source.get().access_key_id == "ASIAHTTP2"


def test_imds_retries_and_falls_back_to_v1(
    aws: AwsHome, serve: Callable[..., Server]
) -> None:
    server = serve(Imds(failures=2))
    env = {
        "AWS_EC2_METADATA_DISABLED": "false",
        "AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url + "/",
    }
    with pytest.raises(creds.NoCredentialsError) as caught:
        resolve(aws, env=env)
    assert (
        "HTTP status 500 for /latest/meta-data/iam/security-credentials/ after 1 attempt"
        in caught.value.tried[-1]
    )
    server = serve(Imds(failures=2))
    env = {
        **env,
        "AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url,
        "AWS_METADATA_SERVICE_NUM_ATTEMPTS": "3",
    }
    assert resolve(aws, env=env).get().access_key_id == "ASIAHTTP1"
    v1 = serve(Imds(v1=True))
    env = {**env, "AWS_EC2_METADATA_SERVICE_ENDPOINT": v1.url}
    assert resolve(aws, env=env).get().access_key_id == "ASIAHTTP1"
    assert "x-aws-ec2-metadata-token" not in v1.requests[-1][2]
    with pytest.raises(creds.NoCredentialsError) as caught:
        resolve(aws, env={**env, "AWS_EC2_METADATA_V1_DISABLED": "true"})
    assert "no IMDSv2 token, and IMDSv1 is disabled" in caught.value.tried[-1]


def test_imds_disabled_unreachable_and_stale(
    aws: AwsHome, serve: Callable[..., Server]
) -> None:
    imds = Imds(expires_in=120)
    server = serve(imds)
    with pytest.raises(creds.NoCredentialsError) as caught:
        resolve(aws, env={"AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url})
    assert "disabled by AWS_EC2_METADATA_DISABLED" in caught.value.tried[-1]
    assert server.requests == []
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    env = {
        "AWS_EC2_METADATA_DISABLED": "false",
        "AWS_EC2_METADATA_SERVICE_ENDPOINT": f"http://127.0.0.1:{port}",
    }
    with pytest.raises(creds.NoCredentialsError) as caught:
        resolve(aws, env=env)
    assert "cannot connect" in caught.value.tried[-1]
    # Credentials served near expiry get 15-25 more minutes (static stability).
    env["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = server.url
    got = resolve(aws, env=env).get()
    assert got.expiration is not None
    assert 15 * 60 + 110 < got.expiration.timestamp() - time.time() < 25 * 60 + 10


def test_credential_source_from_http_endpoints(
    aws: AwsHome, serve: Callable[..., Server]
) -> None:
    container = serve(container_handler(f"{MARK}-auth"))
    imds = serve(Imds())
    aws.config(
        "[profile ecs]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = EcsContainer\n"
        "[profile ec2]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = Ec2InstanceMetadata\n"
    )
    env = {
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": container.url + "/c",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN": f"{MARK}-auth",
        "AWS_EC2_METADATA_DISABLED": "false",
        "AWS_EC2_METADATA_SERVICE_ENDPOINT": imds.url,
    }
    sts = FakeSts()
    resolve(aws, profile="ecs", env=env, sts=sts).get()
    resolve(aws, profile="ec2", env=env, sts=sts).get()
    assert [call[1]["credentials"].access_key_id for call in sts.calls] == [
        "ASIAHTTP1",
        "ASIAHTTP1",
    ]
    assert len(container.requests) == 1 and len(imds.requests) == 3


# --- refreshing ------------------------------------------------------------------------


def test_refresh_state() -> None:
    def at(seconds_left: float | None) -> Any:
        expiration = None if seconds_left is None else utc(NOW + seconds_left)
        return creds.refresh_state(
            creds.Credentials("A", SECRET, expiration=expiration), NOW
        )

    state = creds.RefreshState
    assert creds.refresh_state(None, NOW) is state.EXPIRED
    assert at(None) is state.FRESH
    assert [at(s) for s in (3600, 900, 899, 600, 599, 1, 0, -5)] == [
        state.FRESH,
        state.FRESH,
        state.ADVISORY,
        state.ADVISORY,
        state.MANDATORY,
        state.MANDATORY,
        state.EXPIRED,
        state.EXPIRED,
    ]


class Fetcher:
    """Counts calls; each answers credentials valid for an hour from the clock."""

    def __init__(self, clock: Clock, delay: float = 0.0) -> None:
        self.clock = clock
        self.calls = 0
        self.delay = delay
        self.fail: Exception | None = None
        self.lock = threading.Lock()

    def __call__(self) -> Any:
        with self.lock:
            self.calls += 1
            n = self.calls
        time.sleep(self.delay)
        if self.fail is not None:
            raise self.fail
        return creds.Credentials(
            f"AKID{n}", f"{MARK}-{n}", f"{MARK}-t{n}", utc(self.clock() + 3600)
        )


def source_expiring_in(seconds: float, fetcher: Fetcher, clock: Clock) -> Any:
    initial = creds.Credentials("AKID0", f"{MARK}-0", None, utc(clock() + seconds))
    return creds.RefreshingCredentialSource(
        fetcher, "test", initial=initial, clock=clock
    )


@pytest.mark.parametrize("seconds_left", [5 * 60, -60])
def test_sixteen_threads_make_one_refresh(seconds_left: float) -> None:
    clock = Clock()
    fetcher = Fetcher(clock, delay=0.2)
    source = source_expiring_in(seconds_left, fetcher, clock)
    barrier = threading.Barrier(16)
    results: list[str] = []

    def call() -> None:
        barrier.wait()
        results.append(source.get().access_key_id)

    threads = [threading.Thread(target=call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert fetcher.calls == 1
    assert results == ["AKID1"] * 16


def test_advisory_window_one_refresh_others_keep_going() -> None:
    clock = Clock()
    release = threading.Event()
    fetcher = Fetcher(clock)
    original = fetcher.__call__

    def slow() -> Any:
        release.wait(10)
        return original()

    source = creds.RefreshingCredentialSource(
        slow,
        "test",
        initial=creds.Credentials("AKID0", SECRET, None, utc(NOW + 12 * 60)),
        clock=clock,
    )
    refresher = threading.Thread(target=source.get)
    refresher.start()
    while not source._lock.locked():
        time.sleep(0.001)
    # While one thread refreshes, the others get the current credentials at once.
    assert [source.get().access_key_id for _ in range(16)] == ["AKID0"] * 16
    release.set()
    refresher.join()
    assert fetcher.calls == 1 and source.get().access_key_id == "AKID1"


def test_advisory_failure_keeps_credentials_mandatory_failure_raises(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    fetcher = Fetcher(clock)
    fetcher.fail = RuntimeError("STS unavailable")
    source = source_expiring_in(14 * 60, fetcher, clock)
    assert source.get().access_key_id == "AKID0"
    assert fetcher.calls == 1
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "advisory window" in warnings[-1].getMessage()
    assert "STS unavailable" in warnings[-1].getMessage()
    # The next advisory attempt waits a minute.
    clock.now += 30
    assert source.get().access_key_id == "AKID0" and fetcher.calls == 1
    clock.now += 31
    assert source.get().access_key_id == "AKID0" and fetcher.calls == 2
    clock.now = NOW + 5 * 60
    with pytest.raises(
        creds.CredentialRetrievalError,
        match="refreshing test credentials failed: RuntimeError",
    ) as caught:
        source.get()
    assert isinstance(caught.value.__cause__, RuntimeError)
    clock.now = NOW + 15 * 60
    fetcher.fail = creds.SsoTokenError("run aws sso login")
    with pytest.raises(creds.SsoTokenError):
        source.get()
    fetcher.fail = None
    assert source.get().access_key_id == "AKID5"


def test_deferred_source_and_stale_refresh() -> None:
    clock = Clock()
    fetcher = Fetcher(clock)
    source = creds.RefreshingCredentialSource(fetcher, "deferred", clock=clock)
    with pytest.raises(
        creds.CredentialsError, match="no deferred credentials fetched yet"
    ):
        _ = source.current
    assert source.state() is creds.RefreshState.EXPIRED
    assert (
        source.get().access_key_id == "AKID1" and source.get().access_key_id == "AKID1"
    )
    stale = creds.RefreshingCredentialSource(
        lambda: creds.Credentials("A", SECRET, None, utc(NOW - 1)), "stale", clock=clock
    )
    with pytest.raises(creds.CredentialRetrievalError, match="already expired"):
        stale.get()


def test_an_asyncio_driver_shares_the_decision() -> None:
    """The driver the RefreshingCredentialSource docstring sketches."""
    clock = Clock()
    fetcher = Fetcher(clock, delay=0.05)
    source = source_expiring_in(60, fetcher, clock)

    async def get(lock: asyncio.Lock) -> Any:
        state = source.state()
        if state is creds.RefreshState.FRESH:
            return source.current
        if state is creds.RefreshState.ADVISORY and lock.locked():
            return source.current
        async with lock:
            state = source.state()
            if state is creds.RefreshState.FRESH:
                return source.current
            try:
                fetched = await asyncio.to_thread(source.fetch)
            except Exception as error:
                return source.refresh_failed(state, error)
            return source.refreshed(fetched)

    async def main() -> list[str]:
        lock = asyncio.Lock()
        got = await asyncio.gather(*(get(lock) for _ in range(16)))
        return [c.access_key_id for c in got]

    assert asyncio.run(main()) == ["AKID1"] * 16
    assert fetcher.calls == 1


# --- differential: botocore ------------------------------------------------------------

STATIC_SCENARIOS: list[tuple[str, str | None, dict[str, str], str, str]] = [
    (
        "env",
        None,
        {
            "AWS_ACCESS_KEY_ID": "AKIDENV",
            "AWS_SECRET_ACCESS_KEY": SECRET,
            "AWS_SESSION_TOKEN": TOKEN,
        },
        "",
        "",
    ),
    (
        "security token",
        None,
        {
            "AWS_ACCESS_KEY_ID": "AKIDENV",
            "AWS_SECRET_ACCESS_KEY": SECRET,
            "AWS_SESSION_TOKEN": TOKEN,
            "AWS_SECURITY_TOKEN": f"{MARK}-sec",
        },
        "",
        "",
    ),
    (
        "credentials file",
        None,
        {},
        "",
        f"[default]\naws_access_key_id = AKIDC\naws_secret_access_key = {SECRET}\n",
    ),
    (
        "AWS_PROFILE",
        None,
        {"AWS_PROFILE": "dev"},
        "[profile dev]\nregion = x\n",
        f"[default]\naws_access_key_id = AKIDC\naws_secret_access_key = {SECRET}\n"
        f"[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = {SECRET}\naws_session_token = {TOKEN}\n",
    ),
    (
        "profile skips env",
        "dev",
        {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": SECRET},
        "",
        f"[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = {SECRET}\n",
    ),
    (
        "config file",
        None,
        {},
        f"[default]\naws_access_key_id = AKIDCFG\naws_secret_access_key = {SECRET}\n",
        "",
    ),
    (
        "credentials beat config",
        "p",
        {},
        f"[profile p]\naws_access_key_id = AKIDCFG\naws_secret_access_key = {SECRET}\n",
        f"[p]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = {SECRET}\n",
    ),
    ("process", "p", {}, "[profile p]\ncredential_process = PROCESS\n", ""),
    (
        "process beats config",
        None,
        {},
        f"[default]\ncredential_process = PROCESS\naws_access_key_id = AKIDCFG\naws_secret_access_key = {SECRET}\n",
        "",
    ),
    ("ec2 file", None, {"AWS_CREDENTIAL_FILE": "EC2FILE"}, "", ""),
    ("boto config", None, {"BOTO_CONFIG": "BOTOFILE"}, "", ""),
]


@pytest.mark.parametrize(
    ("name", "profile", "env", "config_text", "credentials_text"), STATIC_SCENARIOS
)
def test_static_sources_agree_with_botocore(
    aws: AwsHome,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    profile: str | None,
    env: dict[str, str],
    config_text: str,
    credentials_text: str,
) -> None:
    command = write_process(
        aws,
        {
            "Version": 1,
            "AccessKeyId": "AKIDPROC",
            "SecretAccessKey": SECRET,
            "SessionToken": TOKEN,
        },
    )
    (aws.root / "ec2").write_text(f"AWSAccessKeyId=AKIDEC2\nAWSSecretKey={SECRET}\n")
    (aws.root / "boto").write_text(
        f"[Credentials]\naws_access_key_id = AKIDBOTO\naws_secret_access_key = {SECRET}\n"
    )
    aws.config(config_text.replace("PROCESS", command)).credentials(credentials_text)
    environ = {**aws.env, **env}
    environ = {
        k: v.replace("EC2FILE", str(aws.root / "ec2")).replace(
            "BOTOFILE", str(aws.root / "boto")
        )
        for k, v in environ.items()
    }
    for variable in list(os.environ):
        if variable.startswith(("AWS_", "BOTO")):
            monkeypatch.delenv(variable)
    for variable, value in environ.items():
        monkeypatch.setenv(variable, value)
    theirs = botocore.session.Session(profile=profile).get_credentials()
    ours = creds.resolve_credentials(profile=profile, environ=environ)
    got = ours.get()
    assert (got.access_key_id, got.secret_access_key, got.session_token) == (
        theirs.access_key,
        theirs.secret_key,
        theirs.token,
    )
    assert ours.method == theirs.method
