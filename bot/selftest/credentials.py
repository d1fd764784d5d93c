"""The Entra side of the settings: the app's credentials and the tenants it accepts."""

from __future__ import annotations

import logging
import re
from typing import Final

from bot.selftest.report import Report
from bot.settings import Settings

_LOGGER = logging.getLogger(__name__)

# Entra app ids and tenant ids are GUIDs; anything else is a copy-paste slip.
_GUID: Final = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


def check_credentials(report: Report, settings: Settings) -> None:
    """The app id, its tenant and its secret look like what Entra hands out."""
    if settings.local_mode:
        report.warn(
            "credentials",
            "MicrosoftAppId is empty: local mode, no Teams; fine for trying the bot out",
        )
        return
    if not _GUID.fullmatch(settings.app_id):
        report.fail(
            "credentials",
            f"MicrosoftAppId is not a GUID: {settings.app_id!r}",
            "copy the Application (client) ID from the Azure bot's configuration page",
        )
    else:
        report.ok("credentials", f"MicrosoftAppId {settings.app_id} ({settings.app_type})")
    if settings.app_tenant_id and not _GUID.fullmatch(settings.app_tenant_id):
        report.fail(
            "credentials",
            f"MicrosoftAppTenantId is not a GUID: {settings.app_tenant_id!r}",
            "copy the Directory (tenant) ID from the app registration in Entra",
        )
    if settings.app_password and settings.app_password.strip() != settings.app_password:
        report.fail(
            "credentials",
            "MicrosoftAppPassword starts or ends with a space",
            "paste the client secret's value again, without spaces or quotes",
        )


def check_tenants(report: Report, settings: Settings) -> None:
    """The allowed tenants are tenant ids, and the app's own tenant is among them."""
    if not settings.allowed_tenants:
        report.warn("tenants", "BOT_ALLOWED_TENANTS is empty: every tenant is accepted locally")
        return
    wrong = sorted(t for t in settings.allowed_tenants if not _GUID.fullmatch(t))
    if wrong:
        report.fail(
            "tenants",
            f"BOT_ALLOWED_TENANTS has entries that are no tenant id: {', '.join(wrong)}",
            "list Entra tenant ids (GUIDs), comma-separated; Teams sends no tenant names",
        )
        return
    tenants = ", ".join(sorted(settings.allowed_tenants))
    if settings.app_tenant_id and settings.app_tenant_id not in settings.allowed_tenants:
        report.fail(
            "tenants",
            f"the app's own tenant {settings.app_tenant_id} is not in BOT_ALLOWED_TENANTS",
            "add MicrosoftAppTenantId to BOT_ALLOWED_TENANTS, or the bot refuses its own users",
        )
        return
    report.ok("tenants", f"accepted: {tenants}")
