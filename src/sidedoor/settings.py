"""Settings, defined once as data and layered: defaults < config file < environment < flags.

Each setting is a field with a default and a help text. The user's directory is
``SIDEDOOR_HOME`` if set, else the platform's user data directory; the one config file is
``<home>/config.toml``. Environment variables are ``SIDEDOOR_<NAME>``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sidedoor.errors import ConfigError

ENV_PREFIX = "SIDEDOOR_"
CONFIG_FILE_NAME = "config.toml"

ONET_TEXT_URL = "https://www.onetcenter.org/dl_files/database/db_29_3_text.zip"
ESCO_DOWNLOAD_PAGE = "https://esco.ec.europa.eu/en/use-esco/download"


def default_home() -> Path:
    """The user's directory: ``SIDEDOOR_HOME`` or the platform's user data directory."""
    env = os.environ.get(f"{ENV_PREFIX}HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("sidedoor", appauthor=False))


class Settings(BaseModel):
    """Every setting sidedoor has. The field description is the help text shown to users.

    Build it with ``load_settings``, which layers the sources; the layering is done here rather
    than with pydantic-settings, whose import alone costs more than a fast command's budget.
    """

    model_config = ConfigDict(extra="forbid", validate_default=True)

    home: Path = Field(
        default_factory=default_home,
        description="The user's directory: store, knowledge data, config file.",
    )
    store_url: str | None = Field(
        default=None,
        description=(
            "SQLAlchemy URL of the user's store. Empty means the SQLite file "
            "<home>/sidedoor.sqlite3; postgresql+psycopg://... targets PostgreSQL."
        ),
    )
    knowledge_dir: Path | None = Field(
        default=None,
        description=(
            "Where the knowledge store (O*NET, ESCO, OEWS) lives. Empty means <home>/knowledge."
        ),
    )
    onet_url: str = Field(
        default=ONET_TEXT_URL,
        description="Where `sidedoor data install` downloads O*NET's text release from.",
    )
    esco_url: str | None = Field(
        default=None,
        description=(
            "URL of an ESCO CSV package (zip) for `sidedoor data install`. ESCO's portal "
            f"builds packages on request ({ESCO_DOWNLOAD_PAGE}); empty means use --esco FILE."
        ),
    )
    download_timeout: float = Field(
        default=60.0, description="Seconds before a data download gives up."
    )

    commute_detour_factor: float = Field(
        default=1.3, description="Road distance divided by great-circle distance (commute model)."
    )
    commute_cost_per_km: float = Field(
        default=0.435,
        description="Cost of driving per km (IRS 2025 mileage rate, 70 cents a mile).",
    )
    commute_transit_fare: float = Field(default=2.90, description="Price of one transit ride.")
    commute_routing_url: str | None = Field(
        default=None,
        description=(
            "Base URL of an OSRM-compatible routing service (e.g. http://127.0.0.1:5000) asked "
            "for commute road distance and time (/route/v1/{profile}/{lon},{lat};{lon},{lat}). "
            "Empty means off: the offline commute model, and nothing is called."
        ),
    )
    commute_routing_timeout: float = Field(
        default=5.0,
        description="Seconds before a routing request gives up (then: the offline model).",
    )
    compare_paid_holidays: int = Field(
        default=10, description="Paid public holidays a year, besides PTO."
    )
    compare_hours_per_week: float = Field(
        default=40.0, description="Work hours a week when neither job states them."
    )
    compare_vesting_years: float = Field(
        default=4.0, description="Vesting years of an equity grant stated without a schedule."
    )
    llm_base_url: str | None = Field(
        default=None,
        description=(
            "Base URL of an OpenAI-compatible endpoint (Ollama, llama.cpp, vLLM, hosted) used to "
            "enrich questions and feedback. Empty means off: everything works without it."
        ),
    )
    llm_model: str | None = Field(
        default=None, description="Model id to ask at llm_base_url. Empty means off."
    )
    llm_api_key_env: str = Field(
        default="OPENAI_API_KEY",
        description="Name of the environment variable holding the endpoint's API key, if any.",
    )
    llm_timeout: float = Field(
        default=30.0, description="Seconds before an LLM request gives up (then: deterministic)."
    )

    @property
    def config_file(self) -> Path:
        return self.home / CONFIG_FILE_NAME

    @property
    def resolved_store_url(self) -> str:
        return self.store_url or f"sqlite:///{self.home / 'sidedoor.sqlite3'}"

    @property
    def resolved_knowledge_dir(self) -> Path:
        return self.knowledge_dir or self.home / "knowledge"


@dataclass(frozen=True)
class SettingView:
    """One setting as `sidedoor config show` presents it."""

    name: str
    value: Any
    source: str  # default | file | env | flag
    help: str


def load_settings(**flags: Any) -> Settings:
    """Load settings with flags (None means 'not given') over env over file over defaults."""
    given = {k: v for k, v in flags.items() if v is not None}
    home = Path(given["home"]).expanduser() if "home" in given else default_home()
    config_file = home / CONFIG_FILE_NAME

    file_values = _check_config_file(config_file)
    try:
        return Settings.model_validate(
            {**file_values, **_env_values(), **given, "home": home}
        )
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"Invalid setting ({problems}).") from None


def _env_values() -> dict[str, str]:
    """``SIDEDOOR_<NAME>`` for each field, the name matched case-insensitively, value as is."""
    env = {key.lower(): value for key, value in os.environ.items()}
    prefix = ENV_PREFIX.lower()
    return {name: env[prefix + name] for name in Settings.model_fields if prefix + name in env}


def _check_config_file(path: Path) -> dict[str, Any]:
    """The config file's settings ({} when there is none), checked for syntax and names."""
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    unknown = sorted(set(data) - set(Settings.model_fields))
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting(s) {', '.join(unknown)}.",
            hint=f"Known settings: {', '.join(Settings.model_fields)}.",
        )
    return data


def describe(settings: Settings, **flags: Any) -> list[SettingView]:
    """Each setting with its effective value and the layer it came from."""
    given = {k for k, v in flags.items() if v is not None}
    file_keys: set[str] = set()
    if settings.config_file.exists():
        file_keys = set(tomllib.loads(settings.config_file.read_text(encoding="utf-8-sig")))
    views = []
    for name, field in Settings.model_fields.items():
        if name in given:
            source = "flag"
        elif f"{ENV_PREFIX}{name.upper()}" in os.environ:
            source = "env"
        elif name in file_keys:
            source = "file"
        else:
            source = "default"
        views.append(
            SettingView(name, getattr(settings, name), source, field.description or "")
        )
    return views
