"""Credential providers that read the environment, files, and a process.

Standard library only.  Each provider takes the chain's
:class:`~.credentials.ChainContext` and returns a
:class:`~.credentials.CredentialSource`, or :class:`~.credentials.NotFound`
saying where it looked.  botocore's providers of the same names are the
reference (their ``method`` strings are theirs).
"""

from __future__ import annotations

import json
import logging
import shlex
import subprocess
from collections.abc import Mapping

from . import config as _config
from .credentials import (
    ChainContext,
    CredentialConfigError,
    CredentialRetrievalError,
    Credentials,
    CredentialSource,
    NotFound,
    PartialCredentialsError,
    RefreshingCredentialSource,
    StaticCredentialSource,
    json_object,
    parse_timestamp,
    redact,
)

__all__ = [
    "PROCESS_TIMEOUT_SECONDS",
    "from_boto_config",
    "from_config_file",
    "from_credential_process",
    "from_ec2_credentials_file",
    "from_environment",
    "from_login_session",
    "from_shared_credentials_file",
    "static_from_section",
]

logger = logging.getLogger(__name__)

PROCESS_TIMEOUT_SECONDS = 60.0
"""How long a ``credential_process`` may run (botocore waits for ever)."""

_TOKEN_KEYS = ("aws_security_token", "aws_session_token")


# --- the environment ---------------------------------------------------------------


def from_environment(context: ChainContext) -> CredentialSource | NotFound:
    """``AWS_ACCESS_KEY_ID`` and ``AWS_SECRET_ACCESS_KEY``; ``AWS_SECURITY_TOKEN``
    or ``AWS_SESSION_TOKEN``; ``AWS_ACCOUNT_ID``; with ``AWS_CREDENTIAL_EXPIRATION``
    they are re-read from the environment when they near expiry (method ``env``)."""
    environ = context.environ
    if not environ.get("AWS_ACCESS_KEY_ID"):
        return NotFound("the environment (AWS_ACCESS_KEY_ID is not set)")
    first = _from_environ(environ)
    logger.info("found credentials in environment variables")
    if first.expiration is None:
        return StaticCredentialSource(first, "env")

    def fetch() -> Credentials:
        again = _from_environ(environ)
        if again.expiration is None:
            raise PartialCredentialsError(
                "the environment's credentials expired and AWS_CREDENTIAL_EXPIRATION "
                "is no longer set"
            )
        return again

    return RefreshingCredentialSource(fetch, "env", initial=first, clock=context.clock)


def _from_environ(environ: Mapping[str, str]) -> Credentials:
    key = environ.get("AWS_ACCESS_KEY_ID", "")
    secret = environ.get("AWS_SECRET_ACCESS_KEY", "")
    if not key:
        raise PartialCredentialsError("AWS_ACCESS_KEY_ID is no longer set")
    if not secret:
        raise PartialCredentialsError(
            "partial credentials in the environment: AWS_ACCESS_KEY_ID is set "
            "but AWS_SECRET_ACCESS_KEY is not"
        )
    token = (
        environ.get("AWS_SECURITY_TOKEN") or environ.get("AWS_SESSION_TOKEN") or None
    )
    expiration = None
    expiry_text = environ.get("AWS_CREDENTIAL_EXPIRATION")
    if expiry_text:
        try:
            expiration = parse_timestamp(expiry_text)
        except ValueError:
            raise CredentialConfigError(
                f"AWS_CREDENTIAL_EXPIRATION must be an ISO 8601 time, got {expiry_text!r}"
            ) from None
    account = environ.get("AWS_ACCOUNT_ID") or None
    return Credentials(key, secret, token, expiration, account)


# --- static keys in files ------------------------------------------------------------


def static_from_section(
    section: _config.Section, where: str, label: str
) -> Credentials | None:
    """``aws_access_key_id``/``aws_secret_access_key`` (with
    ``aws_security_token`` or ``aws_session_token``, ``aws_account_id``) of a
    section; None without ``aws_access_key_id``.  ``where``/``label`` name
    the section in errors."""
    if "aws_access_key_id" not in section:
        return None
    values: dict[str, str] = {}
    for key in (
        "aws_access_key_id",
        "aws_secret_access_key",
        *_TOKEN_KEYS,
        "aws_account_id",
    ):
        value = section.get(key)
        if isinstance(value, dict):
            raise CredentialConfigError(
                f"{where}: {key} of {label} must be a value, not a sub-section"
            )
        if value is not None:
            values[key] = value.strip()
    if not values["aws_access_key_id"]:
        raise PartialCredentialsError(f"{where}: aws_access_key_id of {label} is empty")
    if not values.get("aws_secret_access_key"):
        raise PartialCredentialsError(
            f"{where}: partial credentials in {label}: aws_access_key_id is set "
            "but aws_secret_access_key is missing or empty"
        )
    token = next((values[k] for k in _TOKEN_KEYS if k in values), None) or None
    return Credentials(
        values["aws_access_key_id"],
        values["aws_secret_access_key"],
        token,
        account_id=values.get("aws_account_id") or None,
    )


def from_shared_credentials_file(context: ChainContext) -> CredentialSource | NotFound:
    """The profile's section of the shared credentials file
    (``shared-credentials-file``)."""
    config = context.config
    label = f"profile {context.profile!r}"
    section = config.credentials_file_profile(context.profile)
    place = f"{label} in the shared credentials file {config.credentials_file}"
    if section is None:
        return NotFound(place)
    found = static_from_section(section, config.where(context.profile), label)
    if found is None:
        return NotFound(place + " (no aws_access_key_id)")
    logger.info(
        "found credentials in the shared credentials file %s", config.credentials_file
    )
    return StaticCredentialSource(found, "shared-credentials-file")


def from_config_file(context: ChainContext) -> CredentialSource | NotFound:
    """The profile's static keys in the config file (``config-file``)."""
    config = context.config
    label = f"profile {context.profile!r}"
    section = config.config_file_profile(context.profile)
    place = f"aws_access_key_id of {label} in the config file {config.config_file}"
    if section is None:
        return NotFound(place)
    found = static_from_section(section, str(config.config_file), label)
    if found is None:
        return NotFound(place)
    logger.info("found credentials in the config file %s", config.config_file)
    return StaticCredentialSource(found, "config-file")


def from_ec2_credentials_file(context: ChainContext) -> CredentialSource | NotFound:
    """The EC2 API tools' ``AWS_CREDENTIAL_FILE`` (``AWSAccessKeyId=``,
    ``AWSSecretKey=`` lines; ``ec2-credentials-file``)."""
    name = context.environ.get("AWS_CREDENTIAL_FILE")
    if name is None:
        return NotFound("AWS_CREDENTIAL_FILE (not set)")
    path = _config.expand_path(name, context.environ)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CredentialConfigError(
            f"AWS_CREDENTIAL_FILE names {path}, which cannot be read ({type(exc).__name__})"
        ) from None
    values: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip()] = value.strip()
    if "AWSAccessKeyId" not in values:
        return NotFound(f"AWS_CREDENTIAL_FILE {path} (no AWSAccessKeyId)")
    if not values.get("AWSSecretKey"):
        raise PartialCredentialsError(f"{path}: AWSAccessKeyId without AWSSecretKey")
    found = Credentials(values["AWSAccessKeyId"], values["AWSSecretKey"])
    return StaticCredentialSource(found, "ec2-credentials-file")


def from_boto_config(context: ChainContext) -> CredentialSource | NotFound:
    """The ``[Credentials]`` section of boto 2's config: ``BOTO_CONFIG``, else
    ``/etc/boto.cfg`` and ``~/.boto`` (``boto-config``)."""
    named = context.environ.get("BOTO_CONFIG")
    names = [named] if named is not None else ["/etc/boto.cfg", "~/.boto"]
    paths = [_config.expand_path(name, context.environ) for name in names]
    for path in paths:
        parsed = _config.parse_ini_file(path)
        if parsed is None or "Credentials" not in parsed.sections:
            continue
        label = "section [Credentials]"
        found = static_from_section(parsed.sections["Credentials"], str(path), label)
        if found is not None:
            logger.info("found credentials in the boto config file %s", path)
            return StaticCredentialSource(found, "boto-config")
    return NotFound("the boto config " + " and ".join(str(p) for p in paths))


def from_login_session(context: ChainContext) -> CredentialSource | NotFound:
    """botocore's ``login_session`` profiles (``aws login``): not supported."""
    config = context.config
    if not config.has_profile(context.profile):
        return NotFound(
            f"login_session of profile {context.profile!r} (no such profile)"
        )
    if "login_session" not in config.profile(context.profile):
        return NotFound(f"login_session of profile {context.profile!r}")
    raise CredentialConfigError(
        f"{config.where(context.profile, 'login_session')}: profile {context.profile!r} "
        "uses login_session (aws login), which this runtime does not support; "
        "use aws sso login, a credential_process or another profile"
    )


# --- credential_process ---------------------------------------------------------------


def from_credential_process(context: ChainContext) -> CredentialSource | NotFound:
    """Run the profile's ``credential_process`` (``custom-process``).

    The command is split as a POSIX shell would (``shlex``) and run without
    a shell, with this process's standard input and error; its standard
    output must be the JSON object of the format's Version 1:
    ``{"Version": 1, "AccessKeyId": ..., "SecretAccessKey": ...,
    "SessionToken": ..., "Expiration": "<ISO 8601>", "AccountId": ...}``
    (the last three optional).  With ``Expiration`` the process is run
    again when the credentials near expiry.  Errors never quote the output
    or the command's arguments.
    """
    profile = context.profile
    config = context.config
    place = f"credential_process of profile {profile!r}"
    if not config.has_profile(profile):
        return NotFound(place + " (no such profile)")
    command = config.get("credential_process", profile)
    if command is None:
        return NotFound(place)
    where = config.where(profile, "credential_process")
    try:
        argv = shlex.split(command)
    except ValueError:
        raise CredentialConfigError(
            f"{where}: the credential_process of profile {profile!r} is not a valid "
            "command line (unbalanced quotes?)"
        ) from None
    if not argv:
        raise CredentialConfigError(
            f"{where}: the credential_process of profile {profile!r} is empty"
        )
    account = config.get("aws_account_id", profile)
    label = (
        f"the credential_process of profile {profile!r} ({where}, program {argv[0]!r})"
    )

    def fetch() -> Credentials:
        return run_credential_process(argv, label, default_account=account)

    first = fetch()
    logger.info("found credentials from the credential_process of profile %r", profile)
    if first.expiration is None:
        return StaticCredentialSource(first, "custom-process")
    return RefreshingCredentialSource(
        fetch, "custom-process", initial=first, clock=context.clock
    )


def run_credential_process(
    argv: list[str],
    label: str,
    *,
    default_account: str | None = None,
    timeout: float | None = None,
) -> Credentials:
    """Run ``argv`` and parse its Version 1 JSON (see :func:`from_credential_process`)."""
    timeout = PROCESS_TIMEOUT_SECONDS if timeout is None else timeout
    try:
        result = subprocess.run(
            argv, stdout=subprocess.PIPE, timeout=timeout, check=False
        )
    except FileNotFoundError:
        raise CredentialRetrievalError(f"{label}: the program was not found") from None
    except PermissionError:
        raise CredentialRetrievalError(f"{label}: the program may not be run") from None
    except subprocess.TimeoutExpired:
        raise CredentialRetrievalError(
            f"{label}: did not finish within {timeout:g} s (killed)"
        ) from None
    except OSError as exc:
        raise CredentialRetrievalError(f"{label}: cannot run: {exc.strerror}") from None
    if result.returncode != 0:
        raise CredentialRetrievalError(
            f"{label}: exited with status {result.returncode} (its messages went "
            "to this process's standard error)"
        )
    try:
        parsed = json_object(json.loads(result.stdout.decode("utf-8")))
    except (UnicodeDecodeError, ValueError):
        parsed = None
    if parsed is None:
        raise CredentialRetrievalError(
            f"{label}: its output is not a JSON object (not quoted: it may hold secrets)"
        )
    return _process_credentials(parsed, label, default_account)


def _process_credentials(
    parsed: dict[str, object], label: str, default_account: str | None
) -> Credentials:
    version = parsed.get("Version")
    if version != 1 or isinstance(version, bool):
        shown = (
            repr(version) if isinstance(version, int) else f"a {type(version).__name__}"
        )
        if "Version" not in parsed:
            shown = "no Version"
        raise CredentialRetrievalError(
            f"{label}: unsupported output Version ({shown}); the supported version is 1"
        )
    fields: dict[str, str] = {}
    for key in (
        "AccessKeyId",
        "SecretAccessKey",
        "SessionToken",
        "Expiration",
        "AccountId",
    ):
        value = parsed.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise CredentialRetrievalError(
                f"{label}: {key} in its output must be a string, not {type(value).__name__}"
            )
        fields[key] = value
    for key in ("AccessKeyId", "SecretAccessKey"):
        if not fields.get(key):
            raise CredentialRetrievalError(f"{label}: its output has no {key}")
    expiration = None
    if "Expiration" in fields:
        try:
            expiration = parse_timestamp(fields["Expiration"])
        except ValueError:
            message = f"{label}: its Expiration is not an ISO 8601 time"
            raise CredentialRetrievalError(
                redact(
                    message, [fields.get("SecretAccessKey"), fields.get("SessionToken")]
                )
            ) from None
    return Credentials(
        fields["AccessKeyId"],
        fields["SecretAccessKey"],
        fields.get("SessionToken") or None,
        expiration,
        fields.get("AccountId") or default_account,
    )
