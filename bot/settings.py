"""The only reader of the environment: every setting the bot uses, validated once at start."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

DEMO_ORG_FILE = Path(__file__).parent / "demo" / "org.toml"
APP_TYPES = ("MultiTenant", "SingleTenant", "UserAssignedMSI")


class SettingsError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    app_id: str = ""
    app_password: str = ""
    app_type: str = "MultiTenant"
    app_tenant_id: str = ""
    port: int = 3978
    data_dir: Path = Path("data")
    org_file: Path = DEMO_ORG_FILE
    allowed_tenants: frozenset[str] = field(default_factory=frozenset)
    emulator_port: int = 3979
    public_url: str = ""

    @property
    def public_base_url(self) -> str:
        """Where people's browsers reach the bot, for calendar links; '' leaves the links out."""
        if self.public_url:
            return self.public_url.rstrip("/")
        # Behind a proxy only the operator knows the address; locally it is this machine.
        return f"http://127.0.0.1:{self.port}" if self.local_mode else ""

    @property
    def local_mode(self) -> bool:
        """No app id means no Azure registration: no JWT, and the local emulator is allowed."""
        return not self.app_id

    @property
    def host(self) -> str:
        return "127.0.0.1" if self.local_mode else "0.0.0.0"

    def tenant_allowed(self, tenant_id: str | None) -> bool:
        if not self.allowed_tenants:
            return self.local_mode
        return tenant_id in self.allowed_tenants

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, dotenv: Path | None = Path(".env")):
        """Settings from the environment, with `.env` filling in what the environment lacks."""
        values: dict[str, str] = {}
        if dotenv is not None and dotenv.is_file():
            values.update({k: v for k, v in dotenv_values(dotenv).items() if v is not None})
        values.update(os.environ if env is None else env)
        return cls.from_mapping(values)

    @classmethod
    def from_mapping(cls, values: Mapping[str, str]) -> Settings:
        def get(name: str, default: str = "") -> str:
            return (values.get(name) or default).strip()

        app_id = get("MicrosoftAppId")
        app_type = get("MicrosoftAppType", "MultiTenant")
        if app_type not in APP_TYPES:
            raise SettingsError(
                f"MicrosoftAppType must be one of {', '.join(APP_TYPES)}, not {app_type!r}"
            )
        app_tenant_id = get("MicrosoftAppTenantId")
        if app_id and app_type != "MultiTenant" and not app_tenant_id:
            raise SettingsError(
                f"MicrosoftAppTenantId is required when MicrosoftAppType={app_type}"
            )
        if app_id and app_type != "UserAssignedMSI" and not get("MicrosoftAppPassword"):
            raise SettingsError("MicrosoftAppPassword is required when MicrosoftAppId is set")

        tenants = frozenset(t.strip() for t in get("BOT_ALLOWED_TENANTS").split(",") if t.strip())
        if app_id and not tenants:
            raise SettingsError(
                "BOT_ALLOWED_TENANTS must list your Entra tenant id(s) when MicrosoftAppId is set"
            )

        public_url = get("BOT_PUBLIC_URL")
        if public_url and not public_url.startswith(("https://", "http://")):
            raise SettingsError(f"BOT_PUBLIC_URL must start with https://, not {public_url!r}")

        org_file = Path(get("BOT_ORG_FILE", "org.toml"))
        if not org_file.is_file():
            if values.get("BOT_ORG_FILE") or app_id:
                raise SettingsError(f"BOT_ORG_FILE: no organisation file at {org_file}")
            org_file = DEMO_ORG_FILE

        return cls(
            app_id=app_id,
            app_password=get("MicrosoftAppPassword"),
            app_type=app_type,
            app_tenant_id=app_tenant_id,
            port=_port(get("PORT", "3978"), "PORT"),
            data_dir=Path(get("BOT_DATA_DIR", "data")),
            org_file=org_file,
            allowed_tenants=tenants,
            emulator_port=_port(get("BOT_EMULATOR_PORT", "3979"), "BOT_EMULATOR_PORT"),
            public_url=public_url,
        )


def _port(raw: str, name: str) -> int:
    try:
        port = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, not {raw!r}") from None
    if not 0 <= port <= 65535:
        raise SettingsError(f"{name} must be between 0 and 65535, not {port}")
    return port
