"""Calls to the Teams channel service: one client per service URL over one aiohttp session.

botbuilder builds a new connector client for every turn and every proactive send, and its
msrest pipeline sends each request through a new `requests` session in a thread pool, so every
call to Teams opened a new connection. Here the clients are kept per service URL and audience,
and their requests go out over one keep-alive aiohttp session in the event loop.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from botbuilder.schema import Activity
from botframework.connector.aio import ConnectorClient
from botframework.connector.aiohttp_bf_pipeline import AsyncBfPipeline
from botframework.connector.auth import (
    AuthenticateRequestResult,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.skills import BotFrameworkClient
from msrest.exceptions import ClientRequestError
from msrest.pipeline import AsyncHTTPSender, Request, Response
from msrest.universal_http import ClientRequest
from msrest.universal_http.async_abc import AsyncClientResponse


class _SignedHeaders:
    """Stands in for the `requests` session that botbuilder's credentials put their token on."""

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}


class _Context:
    def __init__(self) -> None:
        self.session = _SignedHeaders()


class _Response(AsyncClientResponse):
    def __init__(self, request: ClientRequest, response: aiohttp.ClientResponse, body: bytes):
        super().__init__(request, response)
        self.status_code = response.status
        self.headers = response.headers
        self.reason = response.reason
        self._body = body

    def body(self) -> bytes:
        return self._body


class SessionSender(AsyncHTTPSender):
    """The end of an msrest pipeline: sends over the shared session, never retrying by itself.

    Retrying is the caller's choice (bot.sender honours Retry-After); a hidden retry of a POST
    could post a message twice.
    """

    def __init__(self, session: aiohttp.ClientSession, timeout: float) -> None:
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def __aenter__(self) -> SessionSender:
        return self

    async def __aexit__(self, *exc_details: Any) -> None:
        # The session outlives every client; the app closes it when it stops.
        return None

    def build_context(self) -> _Context:
        return _Context()

    async def send(self, request: Request, **config: Any) -> Response:
        http_request: ClientRequest = request.http_request
        headers = dict(http_request.headers)
        headers.update(request.context.session.headers)
        try:
            async with self._session.request(
                http_request.method,
                http_request.url,
                headers=headers,
                data=http_request.data,
                timeout=self._timeout,
            ) as response:
                body = await response.read()
        except (TimeoutError, aiohttp.ClientError) as error:
            # What msrest's own senders raise when no answer came, so callers see one error.
            raise ClientRequestError(f"no answer from {http_request.url}: {error!r}") from error
        return Response(request, _Response(http_request, response, body))


class _KeptClients(ConnectorFactory):
    """botbuilder's connector factory, with each client made once and kept."""

    def __init__(self, inner: ConnectorFactory, connector: Connector) -> None:
        self._inner = inner
        self._connector = connector

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        return await self._connector.client(self._inner, service_url, audience)


class Connector(BotFrameworkAuthentication):
    """botbuilder's authentication, whose connector clients share one session.

    Clients are kept by service URL and audience: the bot has one app id, so those are all that
    tell its clients apart.
    """

    # msrest's default: how long one call to Teams may take before it counts as unanswered.
    TIMEOUT = 100.0

    def __init__(self, inner: BotFrameworkAuthentication, session: aiohttp.ClientSession) -> None:
        self._inner = inner
        self._session = session
        self._clients: dict[tuple[str, str | None], ConnectorClient] = {}

    async def client(
        self, factory: ConnectorFactory, service_url: str, audience: str | None
    ) -> ConnectorClient:
        key = (service_url, audience)
        client = self._clients.get(key)
        if client is None:
            client = await factory.create(service_url, audience)
            client.config.sender = SessionSender(self._session, self.TIMEOUT)
            # The same policies botbuilder uses (user agent, token, logging), ending in ours.
            client.config.pipeline = AsyncBfPipeline(client.config)
            self._clients[key] = client
        return client

    async def authenticate_request(
        self, activity: Activity, auth_header: str
    ) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        if result.connector_factory is not None:
            result.connector_factory = _KeptClients(result.connector_factory, self)
        return result

    async def authenticate_streaming_request(
        self, auth_header: str, channel_id_header: str
    ) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_streaming_request(auth_header, channel_id_header)
        if result.connector_factory is not None:
            result.connector_factory = _KeptClients(result.connector_factory, self)
        return result

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return _KeptClients(self._inner.create_connector_factory(claims_identity), self)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        return await self._inner.create_user_token_client(claims_identity)

    def create_bot_framework_client(self) -> BotFrameworkClient:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return self._inner.get_originating_audience()

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)
