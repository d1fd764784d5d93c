"""Calls to the Teams channel service: one client per service URL over one aiohttp session.

botbuilder builds a new connector client (and a token client) for every turn and every proactive
send, and its msrest pipeline sends each request through a new `requests` session in a thread
pool, so every call to Teams opened a new connection. msrest then turns each outgoing activity
into JSON by deserializing it and serializing it back, checking every field twice. Here the
clients are kept per service URL, their requests go out over one keep-alive aiohttp session in
the event loop, and activities become JSON in one pass over their fields.
"""

from __future__ import annotations

import asyncio
from enum import Enum
from typing import Any, Final

import aiohttp
from botbuilder import schema
from botbuilder.schema import Activity
from botframework.connector.aio import ConnectorClient
from botframework.connector.aio.operations_async import ConversationsOperations
from botframework.connector.aiohttp_bf_pipeline import AsyncBfPipeline
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.auth._connector_factory_impl import USER_AGENT  # what it sends
from botframework.connector.skills import BotFrameworkClient
from msrest.exceptions import ClientRequestError
from msrest.pipeline import AsyncHTTPSender, Request, Response
from msrest.serialization import Model, Serializer
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
    """The end of an msrest pipeline: sends over the shared session.

    Only a lookup (GET) is tried again here, briefly, because a person's turn waits for it.
    Anything that posts or changes a message is retried by its caller (bot.sender honours
    Retry-After); a hidden retry of a POST could post a message twice.
    """

    # Seconds to wait before each further try of a lookup.
    LOOKUP_RETRIES: Final = (0.2, 0.6)
    _BUSY: Final = frozenset({429, 502, 503, 504})

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
        waits = self.LOOKUP_RETRIES if http_request.method == "GET" else ()
        for wait in (*waits, None):
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
                if wait is None:
                    # What msrest's own senders raise when no answer came: callers see one error.
                    raise ClientRequestError(
                        f"no answer from {http_request.url}: {error!r}"
                    ) from error
            else:
                if wait is None or response.status not in self._BUSY:
                    return Response(request, _Response(http_request, response, body))
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")


# Fields msrest writes in a format of its own; the rest of an activity is plain JSON already.
_MSREST_FORMATS = frozenset({"iso-8601", "rfc-1123", "unix-time", "date", "time", "duration"})


class WireSerializer(Serializer):
    """msrest's serializer, with request bodies written straight from the models' fields.

    The result is the JSON msrest itself writes (tests/test_connector.py compares the two).
    """

    def body(self, data: Any, data_type: str, **kwargs: Any) -> Any:
        if isinstance(data, Model):
            return self._wire(data)
        return super().body(data, data_type, **kwargs)

    def _wire(self, value: Any, data_type: str = "object") -> Any:
        if isinstance(value, Enum):
            return value.value
        if value is None or isinstance(value, str | bool | int | float):
            return value
        if isinstance(value, Model):
            wire: dict[str, Any] = {}
            for attr, spec in value._attribute_map.items():
                field = getattr(value, attr, None)
                if field is None:
                    continue
                if attr == "additional_properties" and spec["key"] == "":
                    wire.update(self._wire(field))
                else:
                    wire[spec["key"]] = self._wire(field, spec["type"])
            return wire
        # "[Entity]" and "{object}" name their items' type; a plain "object" holds anything.
        item_type = data_type[1:-1] if data_type[:1] in "[{" else "object"
        if isinstance(value, dict):
            return {str(key): self._wire(item, item_type) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [self._wire(item, item_type) for item in value]
        if data_type in _MSREST_FORMATS:
            return self.serialize_data(value, data_type)
        return self.serialize_data(value, "object")


_JSON: Final = WireSerializer(
    {name: kind for name, kind in vars(schema).items() if isinstance(kind, type)}
)


def as_json(model: Model) -> dict[str, Any]:
    """What `model.serialize()` returns, without msrest checking every field on the way."""
    return _JSON.body(model, type(model).__name__)


class KeptConnectorClient(ConnectorClient):
    """A connector client that sends over the shared session and writes JSON in one pass."""

    def __init__(self, credentials: Any, base_url: str, sender: SessionSender) -> None:
        super().__init__(credentials, base_url, pipeline_type=AsyncBfPipeline, sender=sender)
        self._serialize = WireSerializer(self._serialize.dependencies)
        self.conversations = ConversationsOperations(
            self._client, self.config, self._serialize, self._deserialize
        )


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
        self._token_clients: dict[tuple[str | None, str | None], UserTokenClient] = {}

    async def client(
        self, factory: ConnectorFactory, service_url: str, audience: str | None
    ) -> ConnectorClient:
        key = (service_url, audience)
        client = self._clients.get(key)
        if client is None:
            # botbuilder's own client, once, for the credentials it chooses.
            made = await factory.create(service_url, audience)
            client = KeptConnectorClient(
                made.config.credentials, service_url, SessionSender(self._session, self.TIMEOUT)
            )
            client.config.add_user_agent(USER_AGENT)
            self._clients[key] = client
        return client

    async def authenticate_request(
        self, activity: Activity, auth_header: str
    ) -> AuthenticateRequestResult:
        return self._keeping(await self._inner.authenticate_request(activity, auth_header))

    async def authenticate_streaming_request(
        self, auth_header: str, channel_id_header: str
    ) -> AuthenticateRequestResult:
        return self._keeping(
            await self._inner.authenticate_streaming_request(auth_header, channel_id_header)
        )

    def _keeping(self, result: AuthenticateRequestResult) -> AuthenticateRequestResult:
        if result.connector_factory is not None:
            result.connector_factory = _KeptClients(result.connector_factory, self)
        return result

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return _KeptClients(self._inner.create_connector_factory(claims_identity), self)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        # botbuilder makes one for every turn though the bot never signs anyone in; building its
        # msrest client costs more than the rest of a short turn.
        key = (
            claims_identity.get_claim_value(AuthenticationConstants.AUDIENCE_CLAIM),
            claims_identity.get_claim_value(AuthenticationConstants.APP_ID_CLAIM),
        )
        client = self._token_clients.get(key)
        if client is None:
            client = await self._inner.create_user_token_client(claims_identity)
            self._token_clients[key] = client
        return client

    def create_bot_framework_client(self) -> BotFrameworkClient:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return self._inner.get_originating_audience()

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)
