"""templates/runtime/config.py: the shared config and credentials files and the
settings, checked against botocore's configloader and config chain."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import botocore.configloader
import botocore.configprovider
import botocore.exceptions
import botocore.session
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .runtime_loader import AwsHome, load

config = load("config")

SECRET = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRETKEY"
TOKEN = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN"


@pytest.fixture
def aws(tmp_path: Path) -> AwsHome:
    return AwsHome(tmp_path)


# --- parsing -------------------------------------------------------------------


def test_sections_of_every_kind(aws: AwsHome) -> None:
    aws.config(
        """\
        [default]
        region = us-west-2
        s3 =
          addressing_style = path
          max_concurrent_requests = 10
        [profile dev]
        Region = eu-west-1
        services = local
        # a comment
        ; another
        [profile "with space"]
        output = json
        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = us-east-1
        [services local]
        dynamodb =
          endpoint_url = http://localhost:8000
        [preview]
        cloudfront = true
        """
    )
    loaded = config.load_config(environ=aws.env)
    assert loaded.profile_names == ("default", "dev", "with space")
    assert loaded.profile() == {
        "region": "us-west-2",
        "s3": {"addressing_style": "path", "max_concurrent_requests": "10"},
    }
    assert loaded.profile("dev") == {"region": "eu-west-1", "services": "local"}
    assert loaded.profile("with space") == {"output": "json"}
    assert loaded.sso_session("corp") == {
        "sso_start_url": "https://corp.awsapps.com/start",
        "sso_region": "us-east-1",
    }
    assert loaded.services("local") == {
        "dynamodb": {"endpoint_url": "http://localhost:8000"}
    }
    with pytest.raises(config.ConfigError, match="sso-session 'other' not found"):
        loaded.sso_session("other")


def test_later_section_replaces_earlier_and_credentials_file_updates_config(
    aws: AwsHome,
) -> None:
    aws.config(
        """\
        [default]
        region = us-east-1
        output = text
        [profile default]
        region = eu-west-3
        [profile dev]
        region = ap-south-1
        output = json
        """
    ).credentials(
        """\
        [dev]
        region = sa-east-1
        aws_access_key_id = AKIDDEV
        [only-in-credentials]
        aws_access_key_id = AKIDONLY
        """
    )
    loaded = config.load_config(environ=aws.env)
    assert loaded.profile("default") == {"region": "eu-west-3"}
    assert loaded.profile("dev") == {
        "region": "sa-east-1",
        "output": "json",
        "aws_access_key_id": "AKIDDEV",
    }
    assert loaded.config_file_profile("dev") == {
        "region": "ap-south-1",
        "output": "json",
    }
    assert loaded.credentials_file_profile("dev") == {
        "region": "sa-east-1",
        "aws_access_key_id": "AKIDDEV",
    }
    assert loaded.has_profile("only-in-credentials")
    assert loaded.config_file_profile("only-in-credentials") is None


def test_profile_selection(aws: AwsHome) -> None:
    aws.config("[profile a]\n[profile b]\n[profile c]\n")
    env = aws.env
    assert config.load_config(environ=env).profile_name == "default"
    assert config.load_config(environ=env).profile() == {}
    both = {**env, "AWS_PROFILE": "a", "AWS_DEFAULT_PROFILE": "b"}
    selected = config.load_config(environ=both)
    assert (selected.profile_name, selected.profile_source) == (
        "b",
        "AWS_DEFAULT_PROFILE",
    )
    selected = config.load_config(environ={**env, "AWS_PROFILE": "a"})
    assert (selected.profile_name, selected.profile_source) == ("a", "AWS_PROFILE")
    selected = config.load_config("c", environ=both)
    assert (selected.profile_name, selected.profile_source) == ("c", "argument")


@pytest.mark.parametrize("how", ["argument", "AWS_PROFILE", "AWS_DEFAULT_PROFILE"])
def test_named_profile_must_exist(aws: AwsHome, how: str) -> None:
    aws.config("[profile a]\n")
    env = dict(aws.env)
    if how != "argument":
        env[how] = "missing"
    with pytest.raises(config.ProfileNotFoundError) as caught:
        config.load_config("missing" if how == "argument" else None, environ=env)
    message = str(caught.value)
    assert "'missing'" in message
    assert str(aws.config_file) in message and str(aws.credentials_file) in message
    loaded = config.load_config(environ=aws.env)
    with pytest.raises(config.ProfileNotFoundError, match="'nope'"):
        loaded.profile("nope")


def test_missing_files_are_empty_and_paths_expand(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "MYDIR": str(tmp_path / "conf")}
    loaded = config.load_config(environ=env)
    assert loaded.config_file == tmp_path / ".aws" / "config"
    assert loaded.credentials_file == tmp_path / ".aws" / "credentials"
    assert loaded.profile_names == ()
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "cfg").write_text("[default]\nregion = us-east-2\n")
    loaded = config.load_config(environ={**env, "AWS_CONFIG_FILE": "${MYDIR}/cfg"})
    assert loaded.region == "us-east-2"
    loaded = config.load_config(environ={**env, "AWS_CONFIG_FILE": "~/conf/cfg"})
    assert loaded.region == "us-east-2"


# --- malformed files ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"aws_secret_access_key = {SECRET}\n[default]\n",
            ":1: a key outside any [section]",
        ),
        (f"[default]\nregion = x\n{SECRET}\n", "cannot parse line(s) 3"),
        ("[default]\n[default]\n", ":2: section [default] appears twice"),
        (
            f"[default]\naws_session_token = {TOKEN}\naws_session_token = {TOKEN}\n",
            ":3: key 'aws_session_token' appears twice in section [default]",
        ),
        (
            f"[default]\ns3 =\n  addressing_style = path\n  {SECRET}\n",
            ":2: in section [default], the sub-section 's3' has a line",
        ),
    ],
)
def test_malformed_file_names_file_and_line_but_no_secret(
    aws: AwsHome, text: str, expected: str
) -> None:
    aws.credentials(text)
    with pytest.raises(config.ConfigError) as caught:
        config.load_config(environ=aws.env)
    message = str(caught.value)
    assert str(aws.credentials_file) in message
    assert expected in message
    assert SECRET not in message and TOKEN not in message


def test_file_that_is_not_utf8(aws: AwsHome) -> None:
    aws.config_file.write_bytes(b"[default]\nregion = us-east-1\nname = \xff\xfe\n")
    with pytest.raises(
        config.ConfigError, match=r"config:3: the file is not valid UTF-8"
    ):
        config.load_config(environ=aws.env)


# --- settings ----------------------------------------------------------------------


def test_region_order(aws: AwsHome) -> None:
    aws.config("[default]\nregion = eu-central-1\n")
    assert config.load_config(environ=aws.env).region == "eu-central-1"
    env = {**aws.env, "AWS_DEFAULT_REGION": "us-west-1"}
    assert config.load_config(environ=env).region == "us-west-1"
    env["AWS_REGION"] = "ap-northeast-1"
    assert config.load_config(environ=env).region == "ap-northeast-1"
    env["AWS_REGION"] = ""
    assert config.load_config(environ=env).region == "us-west-1"


def test_endpoint_url_order(aws: AwsHome) -> None:
    aws.config(
        """\
        [default]
        endpoint_url = http://global.example
        services = local
        [services local]
        api_gateway =
          endpoint_url = http://apigw.example
        dynamodb =
          region = us-west-2
        """
    )
    loaded = config.load_config(environ=aws.env)
    assert loaded.endpoint_url("API Gateway") == "http://apigw.example"
    assert loaded.endpoint_url("DynamoDB") == "http://global.example"
    assert loaded.endpoint_url("S3") == "http://global.example"
    env = {**aws.env, "AWS_ENDPOINT_URL": "http://env.example"}
    assert (
        config.load_config(environ=env).endpoint_url("API Gateway")
        == "http://env.example"
    )
    env["AWS_ENDPOINT_URL_API_GATEWAY"] = "http://env-apigw.example"
    loaded = config.load_config(environ=env)
    assert loaded.endpoint_url("API Gateway") == "http://env-apigw.example"
    assert loaded.endpoint_url("api-gateway") == "http://env-apigw.example"
    assert loaded.endpoint_url("S3") == "http://env.example"
    env["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "TRUE"
    assert config.load_config(environ=env).endpoint_url("API Gateway") is None


def test_services_section_must_exist(aws: AwsHome) -> None:
    aws.config("[default]\nservices = nowhere\n")
    with pytest.raises(config.ConfigError, match="services section 'nowhere'"):
        config.load_config(environ=aws.env).endpoint_url("S3")


def test_service_id_key() -> None:
    assert config.service_id_key("API Gateway") == "api_gateway"
    assert (
        config.service_id_key("Cognito Identity Provider")
        == "cognito_identity_provider"
    )
    assert config.service_id_key("cloudhsm-v2") == "cloudhsm_v2"


def test_booleans_numbers_and_modes(aws: AwsHome) -> None:
    aws.config(
        """\
        [default]
        use_fips_endpoint = True
        use_dualstack_endpoint = false
        max_attempts = 5
        retry_mode = adaptive
        ca_bundle = /etc/ssl/corp.pem
        """
    )
    loaded = config.load_config(environ=aws.env)
    assert (loaded.use_fips, loaded.use_dualstack) == (True, False)
    assert (loaded.max_attempts, loaded.retry_mode) == (5, "adaptive")
    assert loaded.ca_bundle == "/etc/ssl/corp.pem"
    env = {
        **aws.env,
        "AWS_USE_FIPS_ENDPOINT": "false",
        "AWS_USE_DUALSTACK_ENDPOINT": "true",
        "AWS_MAX_ATTEMPTS": "2",
        "AWS_RETRY_MODE": "standard",
        "AWS_CA_BUNDLE": "/tmp/ca.pem",
    }
    loaded = config.load_config(environ=env)
    assert (loaded.use_fips, loaded.use_dualstack) == (False, True)
    assert (loaded.max_attempts, loaded.retry_mode, loaded.ca_bundle) == (
        2,
        "standard",
        "/tmp/ca.pem",
    )
    empty = config.load_config(environ={"HOME": str(aws.root / "elsewhere")})
    assert (
        empty.use_fips,
        empty.use_dualstack,
        empty.max_attempts,
        empty.retry_mode,
    ) == (
        False,
        False,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("setting", "value", "expected"),
    [
        (
            "use_fips",
            "yes",
            r"'use_fips_endpoint' in profile 'default' \(.*config:2\) must be true or false, got 'yes'",
        ),
        (
            "max_attempts",
            "three",
            r"'max_attempts' in profile 'default' .* must be a whole number",
        ),
        ("max_attempts", "0", "must be at least 1"),
        ("retry_mode", "fast", "must be one of legacy, standard, adaptive, got 'fast'"),
    ],
)
def test_bad_settings_in_the_file(
    aws: AwsHome, setting: str, value: str, expected: str
) -> None:
    key = {"use_fips": "use_fips_endpoint"}.get(setting, setting)
    aws.config(f"[default]\n{key} = {value}\n")
    loaded = config.load_config(environ=aws.env)
    with pytest.raises(config.ConfigError, match=expected):
        getattr(loaded, setting)


def test_bad_boolean_in_the_environment(aws: AwsHome) -> None:
    env = {**aws.env, "AWS_USE_DUALSTACK_ENDPOINT": "1"}
    with pytest.raises(
        config.ConfigError,
        match="AWS_USE_DUALSTACK_ENDPOINT must be true or false, got '1'",
    ):
        config.load_config(environ=env).use_dualstack


def test_nested_value_where_a_string_is_expected(aws: AwsHome) -> None:
    aws.config("[default]\nregion =\n  a = b\n")
    with pytest.raises(
        config.ConfigError, match="'region' in profile 'default' must be a value"
    ):
        config.load_config(environ=aws.env).region


def test_imds_settings(aws: AwsHome) -> None:
    defaults = config.load_config(environ={"HOME": aws.env["HOME"]}).imds
    assert defaults == config.ImdsSettings(
        disabled=False,
        endpoint="http://169.254.169.254",
        mode="ipv4",
        v1_disabled=False,
        timeout=1.0,
        attempts=1,
    )
    aws.config(
        """\
        [default]
        ec2_metadata_service_endpoint_mode = IPv6
        metadata_service_timeout = 2.5
        metadata_service_num_attempts = 3
        ec2_metadata_v1_disabled = true
        """
    )
    imds = config.load_config(environ=aws.env).imds
    assert (imds.disabled, imds.endpoint, imds.mode) == (
        True,
        "http://[fd00:ec2::254]",
        "ipv6",
    )
    assert (imds.timeout, imds.attempts, imds.v1_disabled) == (2.5, 3, True)
    env = {**aws.env, "AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1234/"}
    assert config.load_config(environ=env).imds.endpoint == "http://127.0.0.1:1234"
    env = {"HOME": aws.env["HOME"], "AWS_IMDS_USE_IPV6": "true"}
    assert config.load_config(environ=env).imds.mode == "ipv6"
    env = {"HOME": aws.env["HOME"], "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "ipv5"}
    with pytest.raises(config.ConfigError, match="must be ipv4 or ipv6"):
        config.load_config(environ=env).imds
    env = {"HOME": aws.env["HOME"], "AWS_EC2_METADATA_DISABLED": "maybe"}
    with pytest.raises(
        config.ConfigError, match="AWS_EC2_METADATA_DISABLED must be true or false"
    ):
        config.load_config(environ=env).imds


# --- differential: botocore --------------------------------------------------------

_CONFIG = """\
[default]
region = us-west-2
use_fips_endpoint = true
max_attempts = 7
services = dev-services
endpoint_url = http://default-global.example

[profile dev]
region = eu-west-1
use_dualstack_endpoint = TRUE
retry_mode = standard
ca_bundle = /etc/ssl/dev.pem
services = dev-services

[profile "quoted name"]
region = ap-southeast-2
endpoint_url = http://quoted.example

[profile ignore]
ignore_configured_endpoint_urls = true
endpoint_url = http://ignored.example

[services dev-services]
dynamodb =
  endpoint_url = http://localhost:8000
api_gateway =
  endpoint_url = http://localhost:4566
elastic_beanstalk =
  endpoint_url = http://localhost:9999

[profile alsodefault]
region = ca-central-1
"""

_CREDENTIALS = """\
[dev]
aws_access_key_id = AKIDDEV
aws_secret_access_key = secret
region = eu-north-1

[creds-only]
region = me-south-1
"""

SCENARIOS: list[tuple[str | None, dict[str, str]]] = [
    (None, {}),
    ("dev", {}),
    (None, {"AWS_PROFILE": "dev"}),
    (None, {"AWS_PROFILE": "dev", "AWS_DEFAULT_PROFILE": "quoted name"}),
    ("quoted name", {"AWS_DEFAULT_REGION": "us-east-2"}),
    ("ignore", {}),
    ("creds-only", {"AWS_ENDPOINT_URL": "http://env-global.example"}),
    (
        "dev",
        {
            "AWS_ENDPOINT_URL_DYNAMODB": "http://env-ddb.example",
            "AWS_USE_FIPS_ENDPOINT": "false",
            "AWS_USE_DUALSTACK_ENDPOINT": "false",
            "AWS_MAX_ATTEMPTS": "2",
            "AWS_RETRY_MODE": "adaptive",
            "AWS_CA_BUNDLE": "/tmp/env.pem",
        },
    ),
    (None, {"AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"}),
]

CLIENT_NAMES = [
    "dynamodb",
    "apigateway",
    "elasticbeanstalk",
    "s3",
    "sts",
    "cognito-idp",
]


def botocore_session(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], profile: str | None
) -> Any:
    for name in list(os.environ):
        if name.startswith(("AWS_", "BOTO")):
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return botocore.session.Session(profile=profile)


@pytest.mark.parametrize(("profile", "extra"), SCENARIOS)
def test_settings_agree_with_botocore(
    aws: AwsHome,
    monkeypatch: pytest.MonkeyPatch,
    profile: str | None,
    extra: dict[str, str],
) -> None:
    aws.config(_CONFIG).credentials(_CREDENTIALS)
    env = {**aws.env, **extra}
    ours = config.load_config(profile, environ=env)
    session = botocore_session(monkeypatch, env, profile)
    assert ours.profile_name == (session.profile or "default")
    assert ours.profile() == session.get_scoped_config()
    full = session.full_config
    for name in full["profiles"]:
        assert ours.profile(name) == full["profiles"][name], name
    assert sorted(ours.profile_names) == sorted(full["profiles"])
    assert ours.region == session.get_config_variable("region")
    assert ours.use_fips == bool(session.get_config_variable("use_fips_endpoint"))
    assert ours.use_dualstack == bool(
        session.get_config_variable("use_dualstack_endpoint")
    )
    assert ours.max_attempts == session.get_config_variable("max_attempts")
    default_mode = botocore.configprovider._DEFAULT_RETRY_MODE
    assert (ours.retry_mode or default_mode) == session.get_config_variable(
        "retry_mode"
    )
    assert ours.ca_bundle == session.get_config_variable("ca_bundle")
    ignore = session.get_config_variable("ignore_configured_endpoint_urls")
    assert ours.ignore_configured_endpoint_urls == bool(ignore)
    for client_name in CLIENT_NAMES:
        service_id = session.get_service_data(client_name)["metadata"]["serviceId"]
        expected = None
        if not ignore:
            expected = botocore.configprovider.ConfiguredEndpointProvider(
                full_config=full,
                scoped_config=session.get_scoped_config(),
                client_name=client_name,
                environ=dict(os.environ),
            ).provide()
        assert ours.endpoint_url(service_id) == expected, (client_name, service_id)


def test_sections_agree_with_botocore(
    aws: AwsHome, monkeypatch: pytest.MonkeyPatch
) -> None:
    aws.config(
        _CONFIG
        + """
[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access

[sso-session "two words"]
sso_region = eu-west-1

[profile three words here]
region = x
"""
    )
    session = botocore_session(monkeypatch, aws.env, None)
    ours = config.load_config(environ=aws.env)
    full = session.full_config
    assert {n: ours.sso_session(n) for n in full["sso_sessions"]} == full[
        "sso_sessions"
    ]
    assert {n: ours.services(n) for n in full["services"]} == full["services"]
    assert sorted(ours.profile_names) == sorted(full["profiles"])


# --- differential: random files against botocore's configloader ------------------

_SECTION_NAMES = st.sampled_from(
    [
        "default",
        "profile default",
        "profile dev",
        'profile "two words"',
        "profile a b c",
        "profilex y",
        "sso-session corp",
        "services local",
        "preview",
        "DEFAULT",
    ]
)
_KEYS = st.sampled_from(
    ["region", "Output", "aws_access_key_id", "s3", "services", "x"]
)
_VALUES = st.one_of(
    st.sampled_from(["us-east-1", "", "a = b", "  spaced  ", "#not a comment"]),
    st.lists(
        st.tuples(
            st.sampled_from(["endpoint_url", "k", "K2"]),
            st.sampled_from(["v", "1 = 2", ""]),
        ),
        min_size=1,
        max_size=3,
    ),
)


@st.composite
def _ini_text(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for name in draw(st.lists(_SECTION_NAMES, max_size=5)):
        lines.append(f"[{name}]")
        for key in draw(st.lists(_KEYS, max_size=3)):
            value = draw(_VALUES)
            if isinstance(value, str):
                lines.append(f"{key} = {value}")
            else:
                lines.append(f"{key} =")
                lines.extend(f"  {k} = {v}" for k, v in value)
        if draw(st.booleans()):
            lines.append(
                draw(st.sampled_from(["# comment", "; comment", "", "no delimiter"]))
            )
    return "\n".join(lines) + "\n"


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=_ini_text())
def test_random_config_files_parse_as_botocore_parses_them(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "config"
    path.write_text(text, "utf-8")
    try:
        expected = botocore.configloader.load_config(str(path))
    except botocore.exceptions.ConfigParseError:
        expected = None
    env = {"HOME": str(tmp_path), "AWS_CONFIG_FILE": str(path)}
    try:
        ours = config.load_config(environ=env)
    except config.ConfigError:
        assert expected is None, text
        return
    assert expected is not None, text
    assert {n: ours.profile(n) for n in ours.profile_names} == expected["profiles"]
    assert {n: ours.sso_session(n) for n in expected["sso_sessions"]} == {
        n: {k: v for k, v in s.items() if isinstance(v, str)}
        for n, s in expected["sso_sessions"].items()
    }
    assert {n: ours.services(n) for n in expected["services"]} == expected["services"]
