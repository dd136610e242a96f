"""The shared AWS configuration: the config and credentials files and the settings.

Standard library only.  botocore's behaviour is the reference, so that the
files and environment variables people already have work unchanged:

* The config file is ``AWS_CONFIG_FILE`` (default ``~/.aws/config``), the
  credentials file ``AWS_SHARED_CREDENTIALS_FILE`` (default
  ``~/.aws/credentials``); ``$VAR`` and ``~`` in either path are expanded
  against the given environment.  A missing file is an empty one.
* Both are parsed as botocore's ``configloader`` parses them (module
  ``ini``): a value that starts with a new line is a nested sub-section
  (``s3 =\\n  addressing_style = path`` is ``{"addressing_style": "path"}``).
  In the config file ``[default]`` and ``[profile NAME]`` are profiles,
  ``[sso-session NAME]`` and ``[services NAME]`` their own kinds; in the
  credentials file every ``[NAME]`` is a profile.  A profile's settings are
  the config file's, updated with the credentials file's.
* The profile is the one asked for, else ``AWS_DEFAULT_PROFILE``, else
  ``AWS_PROFILE`` (botocore's order), else ``default``.  A profile named
  one of the first three ways must exist; ``default`` may be missing.
* Each setting comes from its environment variable, else the profile (see
  :class:`SharedConfig`).  Unlike botocore, ``AWS_REGION`` is read (before
  ``AWS_DEFAULT_REGION``, as the other SDKs do), an empty environment
  variable counts as unset, and a boolean that is neither ``true`` nor
  ``false`` (any case) is an error rather than false.

Errors are :class:`ConfigError`; they name the file, line and key, and never
the value of a credential (only settings such as a region or a boolean are
quoted).
"""

from __future__ import annotations

import dataclasses
import os
import re
import shlex
from collections.abc import Mapping
from pathlib import Path
from typing import Literal, TypeAlias

from .ini import (
    ConfigError,
    ConfigValue,
    IniFile,
    Section,
    expand_path,
    parse_ini_file,
)

__all__ = [
    "ConfigError",
    "ConfigValue",
    "ImdsSettings",
    "IniFile",
    "ProfileNotFoundError",
    "Section",
    "SharedConfig",
    "expand_path",
    "load_config",
    "parse_ini_file",
    "service_id_key",
]

ProfileSource: TypeAlias = Literal[
    "argument", "AWS_DEFAULT_PROFILE", "AWS_PROFILE", "default"
]
_PROFILE_SOURCES: dict[str, ProfileSource] = {
    "argument": "argument",
    "AWS_DEFAULT_PROFILE": "AWS_DEFAULT_PROFILE",
    "AWS_PROFILE": "AWS_PROFILE",
    "default": "default",
}
RetryMode: TypeAlias = Literal["legacy", "standard", "adaptive"]
_RETRY_MODES: tuple[RetryMode, ...] = ("legacy", "standard", "adaptive")
_IMDS_MODES = ("ipv4", "ipv6")


class ProfileNotFoundError(ConfigError):
    """The profile asked for (argument, ``AWS_PROFILE``...) is in neither file."""


def _second_word(section: str) -> str | None:
    """``NAME`` of ``[kind NAME]`` as botocore reads it: shlex, two words."""
    try:
        parts = shlex.split(section)
    except ValueError:
        return None
    return parts[1] if len(parts) == 2 else None


def _sections_of_kind(parsed: IniFile, prefix: str) -> dict[str, str]:
    """``{NAME: section}`` of the ``[prefix NAME]`` sections (later wins)."""
    found: dict[str, str] = {}
    for section in parsed.sections:
        name = _second_word(section) if section.startswith(prefix) else None
        if name is not None:
            found[name] = section
    return found


# --- profile selection -------------------------------------------------------------


def _env(environ: Mapping[str, str], *names: str) -> tuple[str, str] | None:
    """The first set (non-empty) variable of ``names``: ``(value, name)``."""
    for name in names:
        value = environ.get(name)
        if value:
            return value, name
    return None


# --- the shared configuration ----------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class ImdsSettings:
    """How to reach the EC2 instance metadata service (IMDS)."""

    disabled: bool
    """``AWS_EC2_METADATA_DISABLED`` (environment only, as botocore)."""
    endpoint: str
    """``AWS_EC2_METADATA_SERVICE_ENDPOINT`` / ``ec2_metadata_service_endpoint``,
    else ``http://[fd00:ec2::254]`` in IPv6 mode, else ``http://169.254.169.254``."""
    mode: Literal["ipv4", "ipv6"]
    """``AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE`` / ``..._endpoint_mode``, else
    ``ipv6`` when ``AWS_IMDS_USE_IPV6`` / ``imds_use_ipv6`` is true."""
    v1_disabled: bool
    """``AWS_EC2_METADATA_V1_DISABLED`` / ``ec2_metadata_v1_disabled``."""
    timeout: float
    """``AWS_METADATA_SERVICE_TIMEOUT`` / ``metadata_service_timeout`` (1 s)."""
    attempts: int
    """``AWS_METADATA_SERVICE_NUM_ATTEMPTS`` / ``metadata_service_num_attempts`` (1)."""


class SharedConfig:
    """The parsed files, the selected profile and the environment.

    Made by :func:`load_config`.  Settings are resolved when read, each from
    its environment variable, else the selected profile: :attr:`region`,
    :meth:`endpoint_url`, :attr:`use_fips`, :attr:`use_dualstack`,
    :attr:`max_attempts`, :attr:`retry_mode`, :attr:`ca_bundle`,
    :attr:`imds`; :meth:`get` reads any other key of the profile.
    """

    def __init__(
        self,
        *,
        profile_name: str,
        profile_source: ProfileSource,
        environ: Mapping[str, str],
        config_file: Path,
        credentials_file: Path,
        config: IniFile | None,
        credentials: IniFile | None,
    ) -> None:
        self.profile_name = profile_name
        """The selected profile."""
        self.profile_source: ProfileSource = profile_source
        """Where the name came from: ``argument`` (``load_config(profile=...)``),
        ``AWS_DEFAULT_PROFILE``, ``AWS_PROFILE``, or ``default`` (none of them)."""
        self.environ: Mapping[str, str] = environ
        self.config_file = config_file
        self.credentials_file = credentials_file
        self._config = config
        self._credentials = credentials
        self._profiles: dict[str, tuple[str | None, str | None]] = {}
        self._sso_sessions: dict[str, str] = {}
        self._services: dict[str, str] = {}
        if config is not None:
            # botocore's build_profile_map: [default] and [profile NAME] (two
            # shlex words) in file order, a later section replacing an earlier.
            for section in config.sections:
                name = "default" if section == "default" else None
                if section.startswith("profile"):
                    name = _second_word(section)
                if name is not None:
                    self._profiles[name] = (section, None)
            self._sso_sessions = _sections_of_kind(config, "sso-session")
            self._services = _sections_of_kind(config, "services")
        if credentials is not None:
            for name in credentials.sections:
                config_section = self._profiles.get(name, (None, None))[0]
                self._profiles[name] = (config_section, name)
        if self.profile_explicit and profile_name not in self._profiles:
            raise ProfileNotFoundError(
                f"profile {profile_name!r} not found: it is in neither "
                f"{config_file} nor {credentials_file}"
            )

    def __repr__(self) -> str:
        return (
            f"SharedConfig(profile={self.profile_name!r}, config_file="
            f"'{self.config_file}', credentials_file='{self.credentials_file}')"
        )

    # --- profiles ---------------------------------------------------------------

    @property
    def profile_explicit(self) -> bool:
        """Whether the profile was named (argument or environment): it must exist."""
        return self.profile_source != "default"

    @property
    def profile_names(self) -> tuple[str, ...]:
        """Every profile of either file."""
        return tuple(self._profiles)

    def has_profile(self, name: str) -> bool:
        return name in self._profiles

    def profile(self, name: str | None = None) -> Section:
        """A profile's settings (the selected one by default): the config
        file's updated with the credentials file's.  The selected profile is
        empty when it is an implicit ``default`` that does not exist; any
        other missing profile raises :class:`ProfileNotFoundError`."""
        if name is None:
            name = self.profile_name
            if name not in self._profiles:
                return {}
        if name not in self._profiles:
            raise ProfileNotFoundError(
                f"profile {name!r} not found: it is in neither {self.config_file} "
                f"nor {self.credentials_file}"
            )
        merged: Section = {}
        merged.update(self.config_file_profile(name) or {})
        merged.update(self.credentials_file_profile(name) or {})
        return merged

    def config_file_profile(self, name: str) -> Section | None:
        """The profile's section of the config file alone, None if absent."""
        section = self._profiles.get(name, (None, None))[0]
        if section is None or self._config is None:
            return None
        return dict(self._config.sections[section])

    def credentials_file_profile(self, name: str) -> Section | None:
        """The profile's section of the credentials file alone, None if absent."""
        section = self._profiles.get(name, (None, None))[1]
        if section is None or self._credentials is None:
            return None
        return dict(self._credentials.sections[section])

    def where(self, profile: str, key: str = "") -> str:
        """``file:line`` of ``key`` in ``profile`` (for messages)."""
        config_section, credentials_section = self._profiles.get(profile, (None, None))
        credentials = self._credentials
        if (
            credentials_section is not None
            and credentials is not None
            and (not key or key in credentials.sections[credentials_section])
        ):
            return credentials.where(credentials_section, key)
        if config_section is not None and self._config is not None:
            return self._config.where(config_section, key)
        return str(self.config_file)

    def sso_session(self, name: str) -> dict[str, str]:
        """The ``[sso-session NAME]`` section; :class:`ConfigError` if absent."""
        section = self._sso_sessions.get(name)
        if section is None or self._config is None:
            raise ConfigError(f"sso-session {name!r} not found in {self.config_file}")
        values = self._config.sections[section]
        return {k: v for k, v in values.items() if isinstance(v, str)}

    def services(self, name: str) -> dict[str, ConfigValue]:
        """The ``[services NAME]`` section; :class:`ConfigError` if absent."""
        section = self._services.get(name)
        if section is None or self._config is None:
            raise ConfigError(
                f"the services section {name!r} (named by profile "
                f"{self.profile_name!r}) not found in {self.config_file}"
            )
        return dict(self._config.sections[section])

    def get(self, key: str, profile: str | None = None) -> str | None:
        """A string setting of a profile (the selected one by default)."""
        name = self.profile_name if profile is None else profile
        value = self.profile(profile).get(key)
        if isinstance(value, dict):
            raise ConfigError(
                f"{self.where(name, key)}: {key!r} in profile {name!r} must be "
                "a value, not a sub-section"
            )
        return value

    # --- settings ---------------------------------------------------------------

    def _setting(self, env: tuple[str, ...], key: str | None) -> tuple[str, str] | None:
        """``(value, where)`` from the first variable of ``env``, else ``key``
        of the selected profile."""
        found = _env(self.environ, *env)
        if found is not None:
            return found
        if key is not None:
            value = self.get(key)
            if value is not None:
                where = f"{key!r} in profile {self.profile_name!r} ({self.where(self.profile_name, key)})"
                return value, where
        return None

    def _bool(self, env: tuple[str, ...], key: str | None, default: bool) -> bool:
        found = self._setting(env, key)
        if found is None:
            return default
        return parse_bool(*found)

    @property
    def region(self) -> str | None:
        """``AWS_REGION``, ``AWS_DEFAULT_REGION``, else the profile's ``region``."""
        found = self._setting(("AWS_REGION", "AWS_DEFAULT_REGION"), "region")
        return None if found is None else found[0]

    @property
    def ignore_configured_endpoint_urls(self) -> bool:
        """``AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`` / ``ignore_configured_endpoint_urls``."""
        return self._bool(
            ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",),
            "ignore_configured_endpoint_urls",
            False,
        )

    def endpoint_url(self, service_id: str) -> str | None:
        """The configured endpoint for the service whose model ``serviceId`` is
        ``service_id`` (for example ``"API Gateway"``), None when none is.

        In order: ``AWS_ENDPOINT_URL_<SERVICE_ID>`` (``AWS_ENDPOINT_URL_API_GATEWAY``),
        ``AWS_ENDPOINT_URL``, ``endpoint_url`` in the service's sub-section
        (``api_gateway =``) of the ``[services NAME]`` section that the
        profile's ``services`` names, the profile's ``endpoint_url``.  None
        when ``ignore_configured_endpoint_urls`` is true.
        """
        if self.ignore_configured_endpoint_urls:
            return None
        key = service_id_key(service_id)
        found = _env(
            self.environ, f"AWS_ENDPOINT_URL_{key.upper()}", "AWS_ENDPOINT_URL"
        )
        if found is not None:
            return found[0]
        services_name = self.get("services")
        if services_name is not None:
            sub = self.services(services_name).get(key)
            if isinstance(sub, str):
                raise ConfigError(
                    f"{self.config_file}: {key!r} in the services section "
                    f"{services_name!r} must be a sub-section ({key} =, then "
                    "indented key = value lines)"
                )
            if sub is not None and sub.get("endpoint_url"):
                return sub["endpoint_url"]
        return self.get("endpoint_url") or None

    @property
    def use_fips(self) -> bool:
        """``AWS_USE_FIPS_ENDPOINT`` / ``use_fips_endpoint`` (false)."""
        return self._bool(("AWS_USE_FIPS_ENDPOINT",), "use_fips_endpoint", False)

    @property
    def use_dualstack(self) -> bool:
        """``AWS_USE_DUALSTACK_ENDPOINT`` / ``use_dualstack_endpoint`` (false)."""
        return self._bool(
            ("AWS_USE_DUALSTACK_ENDPOINT",), "use_dualstack_endpoint", False
        )

    @property
    def max_attempts(self) -> int | None:
        """``AWS_MAX_ATTEMPTS`` / ``max_attempts``: total attempts, at least 1."""
        found = self._setting(("AWS_MAX_ATTEMPTS",), "max_attempts")
        if found is None:
            return None
        return parse_int(*found, minimum=1)

    @property
    def retry_mode(self) -> RetryMode | None:
        """``AWS_RETRY_MODE`` / ``retry_mode``: legacy, standard or adaptive."""
        found = self._setting(("AWS_RETRY_MODE",), "retry_mode")
        if found is None:
            return None
        for mode in _RETRY_MODES:
            if found[0] == mode:
                return mode
        raise ConfigError(
            f"{found[1]} must be one of {', '.join(_RETRY_MODES)}, got {found[0]!r}"
        )

    @property
    def ca_bundle(self) -> str | None:
        """``AWS_CA_BUNDLE`` / ``ca_bundle``: a PEM file of trusted CAs."""
        found = self._setting(("AWS_CA_BUNDLE",), "ca_bundle")
        return None if found is None else found[0]

    @property
    def imds(self) -> ImdsSettings:
        """The instance metadata service settings."""
        disabled = _env(self.environ, "AWS_EC2_METADATA_DISABLED")
        mode_found = self._setting(
            ("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",),
            "ec2_metadata_service_endpoint_mode",
        )
        mode: Literal["ipv4", "ipv6"] = "ipv4"
        if mode_found is not None:
            lowered = mode_found[0].lower()
            if lowered not in _IMDS_MODES:
                raise ConfigError(
                    f"{mode_found[1]} must be ipv4 or ipv6, got {mode_found[0]!r}"
                )
            mode = "ipv6" if lowered == "ipv6" else "ipv4"
        elif self._bool(("AWS_IMDS_USE_IPV6",), "imds_use_ipv6", False):
            mode = "ipv6"
        endpoint = self._setting(
            ("AWS_EC2_METADATA_SERVICE_ENDPOINT",), "ec2_metadata_service_endpoint"
        )
        if endpoint is None:
            url = (
                "http://[fd00:ec2::254]" if mode == "ipv6" else "http://169.254.169.254"
            )
        else:
            url = endpoint[0]
            if not re.match(r"https?://[^/?#]+", url):
                raise ConfigError(
                    f"{endpoint[1]} must be an http(s):// URL, got {url!r}"
                )
        timeout = self._setting(
            ("AWS_METADATA_SERVICE_TIMEOUT",), "metadata_service_timeout"
        )
        attempts = self._setting(
            ("AWS_METADATA_SERVICE_NUM_ATTEMPTS",), "metadata_service_num_attempts"
        )
        return ImdsSettings(
            disabled=False if disabled is None else parse_bool(*disabled),
            endpoint=url.rstrip("/"),
            mode=mode,
            v1_disabled=self._bool(
                ("AWS_EC2_METADATA_V1_DISABLED",), "ec2_metadata_v1_disabled", False
            ),
            timeout=1.0 if timeout is None else parse_float(*timeout),
            attempts=1 if attempts is None else parse_int(*attempts, minimum=1),
        )


def parse_bool(value: str, where: str) -> bool:
    """``true``/``false`` in any case; :class:`ConfigError` otherwise."""
    lowered = value.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    raise ConfigError(f"{where} must be true or false, got {value!r}")


def parse_int(value: str, where: str, *, minimum: int) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        raise ConfigError(f"{where} must be a whole number, got {value!r}") from None
    if number < minimum:
        raise ConfigError(f"{where} must be at least {minimum}, got {number}")
    return number


def parse_float(value: str, where: str) -> float:
    try:
        number = float(value.strip())
    except ValueError:
        raise ConfigError(
            f"{where} must be a number of seconds, got {value!r}"
        ) from None
    if not number > 0:
        raise ConfigError(f"{where} must be positive, got {value!r}")
    return number


def service_id_key(service_id: str) -> str:
    """The key of a service in config files: its ``serviceId`` lower-cased,
    spaces and hyphens as underscores (``"API Gateway"`` -> ``api_gateway``);
    upper-cased it ends ``AWS_ENDPOINT_URL_<SERVICE_ID>``."""
    return service_id.strip().replace(" ", "_").replace("-", "_").lower()


def load_config(
    profile: str | None = None, environ: Mapping[str, str] | None = None
) -> SharedConfig:
    """Read both shared files and select the profile (see the module docstring).

    ``environ`` replaces ``os.environ`` (and is copied).  Raises
    :class:`ProfileNotFoundError` when a profile named by ``profile``,
    ``AWS_DEFAULT_PROFILE`` or ``AWS_PROFILE`` is in neither file, and
    :class:`ConfigError` when a file cannot be read or parsed.
    """
    # os.environ itself stays live (as botocore reads it); a mapping is copied.
    env: Mapping[str, str] = os.environ if environ is None else dict(environ)
    config_file = expand_path(env.get("AWS_CONFIG_FILE") or "~/.aws/config", env)
    credentials_file = expand_path(
        env.get("AWS_SHARED_CREDENTIALS_FILE") or "~/.aws/credentials", env
    )
    name, source = profile or "default", "argument"
    if not profile:
        found = _env(env, "AWS_DEFAULT_PROFILE", "AWS_PROFILE")
        name, source = ("default", "default") if found is None else found
    return SharedConfig(
        profile_name=name,
        profile_source=_PROFILE_SOURCES[source],
        environ=env,
        config_file=config_file,
        credentials_file=credentials_file,
        config=parse_ini_file(config_file),
        credentials=parse_ini_file(credentials_file),
    )
