"""The botbuilder adapter: Bot Framework authentication and our connector's HTTP session."""

from __future__ import annotations

from dataclasses import dataclass

import aiohttp
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)

from bot.connector import Connector
from bot.settings import Settings


@dataclass(frozen=True)
class AuthConfig:
    """The configuration object botbuilder's authentication reads its credentials from."""

    APP_ID: str
    APP_PASSWORD: str
    APP_TYPE: str
    APP_TENANTID: str


def build_adapter(settings: Settings, session: aiohttp.ClientSession) -> CloudAdapter:
    """The adapter that checks Teams' tokens and calls Teams back through `session`."""
    adapter = CloudAdapter(
        Connector(
            ConfigurationBotFrameworkAuthentication(
                AuthConfig(
                    APP_ID=settings.app_id,
                    APP_PASSWORD=settings.app_password,
                    APP_TYPE=settings.app_type,
                    APP_TENANTID=settings.app_tenant_id,
                )
            ),
            session,
        )
    )
    adapter.on_turn_error = _on_turn_error
    return adapter


async def _on_turn_error(context: TurnContext, error: Exception) -> None:
    # Let the HTTP handler turn the failure into a status code; botbuilder would swallow it.
    raise error
