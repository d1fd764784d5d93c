"""Settings: local mode by default, and clear errors for half-done Teams credentials."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import DEMO_ORG_FILE, Settings, SettingsError

APP_ID = "6f1c2a52-3c0b-4a53-8d8e-2a9c1f0e7b11"
TENANT = "9b0e8c51-1111-4a2b-9c3d-5e6f7a8b9c0d"


def test_defaults_are_local_mode_with_the_demo_org(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = Settings.from_mapping({})
    assert settings.local_mode
    assert settings.host == "127.0.0.1"
    assert settings.port == 3978
    assert settings.org_file == DEMO_ORG_FILE
    assert settings.tenant_allowed("any-tenant")


def test_credentials_need_password_and_tenants() -> None:
    with pytest.raises(SettingsError, match="MicrosoftAppPassword"):
        Settings.from_mapping({"MicrosoftAppId": APP_ID, "BOT_ALLOWED_TENANTS": TENANT})
    with pytest.raises(SettingsError, match="BOT_ALLOWED_TENANTS"):
        Settings.from_mapping({"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "secret"})


def test_teams_mode(tmp_path: Path) -> None:
    org = tmp_path / "org.toml"
    org.write_text(DEMO_ORG_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    settings = Settings.from_mapping(
        {
            "MicrosoftAppId": APP_ID,
            "MicrosoftAppPassword": "secret",
            "BOT_ALLOWED_TENANTS": f"{TENANT}, other",
            "BOT_ORG_FILE": str(org),
            "PORT": "8080",
        }
    )
    assert not settings.local_mode
    assert settings.host == "0.0.0.0"
    assert settings.allowed_tenants == {TENANT, "other"}
    assert settings.tenant_allowed(TENANT)
    assert not settings.tenant_allowed("stranger")
    assert not settings.tenant_allowed(None)


def test_teams_mode_needs_an_org_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SettingsError, match="BOT_ORG_FILE"):
        Settings.from_mapping(
            {"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "x", "BOT_ALLOWED_TENANTS": TENANT}
        )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("PORT", "abc"),
        ("PORT", "70000"),
        ("MicrosoftAppType", "Weird"),
        ("BOT_ORG_FILE", "nope.toml"),
    ],
)
def test_bad_values_are_named(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_mapping({name: value})


def test_dotenv_fills_in_and_environment_wins(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("PORT=4000\nBOT_DATA_DIR=from-dotenv\n", encoding="utf-8")
    settings = Settings.from_env({"PORT": "5000"}, dotenv=dotenv)
    assert settings.port == 5000
    assert settings.data_dir == Path("from-dotenv")
