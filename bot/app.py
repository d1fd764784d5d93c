"""The aiohttp application: /api/messages for Teams, /healthz for operators."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

import aiohttp
import jwt
import requests
from aiohttp import web
from botbuilder.core import PrivateConversationState, TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from botbuilder.schema import Activity
from msrest.exceptions import ClientRequestError, DeserializationError, HttpOperationError

from bot import __version__
from bot.case_watch import CaseWatch
from bot.connector import Connector
from bot.delivery import NoticeQueue, Timing
from bot.outbox import Outbox
from bot.planner import Planner
from bot.retention_job import Retention
from bot.router import TeamsBot, tenant_of
from bot.scheduler import Reminders
from bot.sender import Sender, status_of
from bot.settings import Settings
from bot.state import TinyDBStorage
from dialogs.conversation import Services
from dialogs.event_rules import to_ics
from dialogs.notice_desk import NoticeDesk
from dialogs.org_file import Organisation, load_org
from dialogs.organisation import Clock, OrgService, system_clock
from storage.board import BoardItems
from storage.db import Database
from storage.notices import NoticeBook, open_notices
from storage.repositories import (
    Absences,
    Cases,
    ConversationRefs,
    Events,
    InstalledTeams,
    Memberships,
    People,
    SentReminders,
    Tasks,
    TeamChanges,
    TeamLinks,
)
from storage.state_store import StateStore

_LOGGER = logging.getLogger(__name__)

# Teams messages are at most 28 KB; anything near this limit is not from Teams.
MAX_BODY: Final = 256 * 1024


class TenantRefused(PermissionError):
    """The activity comes from an Entra tenant that BOT_ALLOWED_TENANTS does not list."""


@dataclass(frozen=True)
class AuthConfig:
    """The configuration object botbuilder's authentication reads its credentials from."""

    APP_ID: str
    APP_PASSWORD: str
    APP_TYPE: str
    APP_TENANTID: str


@dataclass(frozen=True)
class Runtime:
    """Everything that lives as long as the app: built on start, closed on stop."""

    adapter: CloudAdapter
    bot: TeamsBot
    db: Database
    reminders: Reminders
    sender: Sender
    services: Services
    teams: InstalledTeams
    references: ConversationRefs
    outbox: Outbox
    planner: Planner
    notice_queue: NoticeQueue


SETTINGS: Final = web.AppKey("settings", Settings)
CLOCK: Final = web.AppKey("clock", Clock)
RUNTIME: Final = web.AppKey("runtime", Runtime)
# The notice delivery queue's clock and sleep; tests set one that does not wait.
DELIVERY_TIMING: Final = web.AppKey("delivery_timing", Timing)


def create_app(settings: Settings, *, clock: Clock = system_clock) -> web.Application:
    """The bot's web app; `clock` lets tests move time forward without waiting."""
    app = web.Application(client_max_size=MAX_BODY, middlewares=[json_errors])
    app[SETTINGS] = settings
    app[CLOCK] = clock
    app.cleanup_ctx.append(_runtime)
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/events/{event_id}.ics", calendar_file)
    return app


async def _runtime(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    org = load_org(settings.org_file)
    db = Database.open(settings.data_dir)
    notices_db: Database | None = None
    notice_queue: NoticeQueue | None = None
    # An injected clock is not the wall's: APScheduler's timer would fire at the wrong moments,
    # so whoever moves that clock fires due reminders with `run_due`.
    reminders = Reminders(org.timezone, paused=app[CLOCK] is not system_clock, clock=app[CLOCK])
    session: aiohttp.ClientSession | None = None
    try:
        # Like the `requests` calls botbuilder made before, honour HTTPS_PROXY and NO_PROXY: a
        # municipal network may only reach Teams through its proxy.
        session = aiohttp.ClientSession(trust_env=True)
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
        sender = Sender(adapter, settings.app_id)
        teams, references = InstalledTeams(db), ConversationRefs(db)
        organisation = open_organisation(settings, db, org, app[CLOCK])
        people = People(db)
        notices_db = open_notices(settings.data_dir)
        book = NoticeBook.on(notices_db)
        notice_queue = NoticeQueue(
            book=book,
            # One attempt per call: the notice queue paces and retries all of it itself.
            sender=Sender(adapter, settings.app_id, attempts=1, answering=sender.answering),
            organisation=organisation,
            people=people,
            teams=teams,
            references=references,
            reminders=reminders,
            timing=app.get(DELIVERY_TIMING),
        )
        services = Services(
            organisation=organisation,
            people=people,
            teams=teams,
            cases=Cases(db),
            events=Events(db),
            tasks=Tasks(db),
            notices=NoticeDesk(book=book, notice_queue=notice_queue),
            board=BoardItems(db),
            public_url=settings.public_base_url,
        )
        outbox = Outbox(services, references, sender, reminders)
        case_watch = CaseWatch(services, outbox, reminders)
        planner = Planner(
            services=services, outbox=outbox, sent=SentReminders(db), reminders=reminders
        )
        bot = TeamsBot(
            services=services,
            teams=teams,
            references=references,
            sender=sender,
            outbox=outbox,
            dialog_state=PrivateConversationState(TinyDBStorage(StateStore(db))),
            announce=planner.announce,
        )
        notice_queue.start()
        reminders.start()
        outbox.restore()
        case_watch.restore()
        planner.restore()
        Retention(services, reminders).restore()
        app[RUNTIME] = Runtime(
            adapter,
            bot,
            db,
            reminders,
            sender,
            services,
            teams,
            references,
            outbox,
            planner,
            notice_queue,
        )
        _LOGGER.info(
            "IT-hjælp %s started for %s (%s mode)",
            __version__,
            org.name,
            "local" if settings.local_mode else "Teams",
        )
        yield
    finally:
        if notice_queue is not None:
            await notice_queue.stop()
        reminders.shutdown()
        if notices_db is not None:
            notices_db.close()
        db.close()
        if session is not None:
            await session.close()


def open_organisation(
    settings: Settings, db: Database, org: Organisation | None = None, clock: Clock = system_clock
) -> OrgService:
    """The org file with the changes made in chat, which are kept in `db`."""
    return OrgService(
        settings.org_file,
        changes=TeamChanges(db),
        memberships=Memberships(db),
        absences=Absences(db),
        links=TeamLinks(db),
        clock=clock,
        org=org,
    )


async def _on_turn_error(context: TurnContext, error: Exception) -> None:
    # Let the HTTP handler turn the failure into a status code; botbuilder would swallow it.
    raise error


@web.middleware
async def json_errors(request: web.Request, handler) -> web.StreamResponse:
    """Every HTTP error leaves as JSON, so Teams and operators see what was wrong."""
    try:
        return await handler(request)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        return _error(error.status, error.reason, error.text or error.reason)


def _error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status)


async def messages(request: web.Request) -> web.Response:
    """Teams' messaging endpoint: one activity in, 201 (or an invoke's own answer) out."""
    settings = request.app[SETTINGS]
    runtime = request.app[RUNTIME]
    if request.content_type != "application/json":
        return _error(415, "UnsupportedMediaType", "send the activity as application/json")
    try:
        body = json.loads(await request.read())
        # A lone surrogate (\ud800) is valid JSON but no text: it could be neither stored nor sent.
        json.dumps(body, ensure_ascii=False).encode()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _error(400, "BadJson", "the body is not valid JSON")
    except UnicodeEncodeError:
        return _error(400, "BadJson", "the body has text that is not valid Unicode")
    problem = _shape_problem(body)
    if problem:
        return _error(400, "BadActivity", problem)
    try:
        activity = Activity().deserialize(body)
    except (DeserializationError, TypeError, ValueError, AttributeError) as error:
        return _error(400, "BadActivity", f"the activity could not be read: {error}")

    # Anonymous mode accepts no token at all; a header there would make botbuilder demand one.
    auth_header = request.headers.get("Authorization", "") if not settings.local_mode else ""

    async def logic(context: TurnContext) -> None:
        tenant = tenant_of(context.activity)
        if not settings.tenant_allowed(tenant):
            raise TenantRefused(tenant)
        await runtime.bot.on_turn(context)

    try:
        response = await runtime.adapter.process_activity(auth_header, activity, logic)
    except TenantRefused as refused:
        _LOGGER.warning("refused an activity from tenant %r", str(refused))
        return _error(403, "TenantNotAllowed", "this tenant may not use the bot")
    except ClientRequestError as error:
        # No answer at all from the channel service the activity named.
        _LOGGER.warning("could not reach %s: %s", activity.service_url, error)
        return _error(502, "ChannelUnavailable", "the channel could not be reached")
    except HttpOperationError as error:
        status = status_of(error)
        _LOGGER.warning("Teams refused the bot's answer (%s): %s", status, error)
        if status is not None and 400 <= status < 500:
            # Teams knows no such conversation or member: the activity named one that is not there.
            return _error(400, "ChannelRefused", f"the channel refused the reply: {error}")
        return _error(502, "ChannelUnavailable", "the channel did not take the reply")
    except (PermissionError, jwt.PyJWTError):
        return _error(401, "Unauthorized", "missing or invalid token")
    except (requests.RequestException, aiohttp.ClientError) as error:
        # Without Microsoft's signing keys no token can be verified; refuse rather than trust.
        _LOGGER.error("could not fetch the Bot Framework signing keys: %s", error)
        return _error(401, "Unauthorized", "the token could not be verified")
    if response is not None:
        return web.json_response(response.body, status=int(response.status))
    return web.Response(status=201)


# Fields botbuilder reads without checking their type; a wrong type would crash deep inside.
_LISTS: Final = ("entities", "membersAdded", "membersRemoved", "attachments")
_OBJECTS: Final = ("channelData",)
# Teams ids are printable ASCII; they end up in URLs and headers of calls back to Teams.
_ID: Final = re.compile(r"[\x21-\x7e]{1,512}")
_URL: Final = re.compile(r"https?://[\x21-\x7e]{1,2000}")
_TEXTS: Final = ("text", "locale", "name", "action", "id", "replyToId", "channelId")


def _shape_problem(body: object) -> str:
    """What keeps a JSON body from being an activity we can answer, or '' if nothing."""
    if not isinstance(body, dict):
        return "the body must be a JSON object"
    if not isinstance(body.get("type"), str) or not body["type"]:
        return "the activity has no type"
    service_url = body.get("serviceUrl")
    if not isinstance(service_url, str) or not service_url.startswith(("https://", "http://")):
        return "the activity has no serviceUrl"
    if not _service_url_ok(service_url):
        return "the serviceUrl is not a web address the bot can answer"
    if not isinstance(body.get("channelId"), str) or not body["channelId"]:
        return "the activity has no channelId"
    for name in ("conversation", "from", "recipient"):
        value = body.get(name)
        if not isinstance(value, dict) or not isinstance(value.get("id"), str) or not value["id"]:
            return f"the activity has no {name}.id"
        if not _ID.fullmatch(value["id"]):
            return f"{name}.id is not a Teams id"
    for name in ("id", "replyToId"):
        # Both go into the URL of the reply; Teams' own are ASCII.
        value = body.get(name)
        if isinstance(value, str) and value and not _ID.fullmatch(value):
            return f"{name} is not a Teams id"
    channel_data = body.get("channelData") if isinstance(body.get("channelData"), dict) else {}
    for name in ("team", "channel", "tenant"):
        part = channel_data.get(name)
        if part is None:
            continue
        ident = part.get("id") if isinstance(part, dict) else None
        # botbuilder's Teams helpers read the id of each one that is there.
        if not isinstance(ident, str) or not _ID.fullmatch(ident):
            return f"channelData.{name}.id is not a Teams id"
    for names, kind, label in (
        (_LISTS, list, "a list"),
        (_OBJECTS, dict, "an object"),
        (_TEXTS, str, "text"),
    ):
        for name in names:
            if body.get(name) is not None and not isinstance(body[name], kind):
                return f"{name} must be {label}"
    for name in ("membersAdded", "membersRemoved"):
        for member in body.get(name) or []:
            ident = member.get("id") if isinstance(member, dict) else None
            if not isinstance(ident, str) or not _ID.fullmatch(ident):
                return f"each of {name} must have a Teams id"
    for entity in body.get("entities") or []:
        if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
            return "each entity must be an object with a type"
        if entity["type"].lower() == "mention":
            mentioned = entity.get("mentioned")
            if not isinstance(mentioned, dict) or not isinstance(mentioned.get("id"), str):
                return "a mention entity needs mentioned.id"
            if not isinstance(entity.get("text") or "", str):
                return "a mention entity's text must be text"
    return ""


def _service_url_ok(url: str) -> bool:
    """An http(s) address with a host and a valid port, in the ASCII that Teams uses."""
    if not _URL.fullmatch(url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return False
    return bool(parts.hostname)


# Event ids are 12 hex digits; anything else is no event, and never reaches storage.
_EVENT_ID: Final = re.compile(r"[0-9a-f]{12}")


async def calendar_file(request: web.Request) -> web.Response:
    """An event as an .ics file, for the link on its invitation card."""
    runtime = request.app[RUNTIME]
    event_id = request.match_info["event_id"]
    event = runtime.services.events.get(event_id) if _EVENT_ID.fullmatch(event_id) else None
    if event is None:
        raise web.HTTPNotFound(reason="NoSuchEvent", text="there is no such event")
    org = runtime.services.org
    return web.Response(
        body=to_ics(event, org.name, org.timezone),
        content_type="text/calendar",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{event_id}.ics"'},
    )


async def healthz(request: web.Request) -> web.Response:
    runtime = request.app[RUNTIME]
    storage_ok = runtime.db.healthy()
    scheduler_ok = runtime.reminders.running
    ok = storage_ok and scheduler_ok
    return web.json_response(
        {
            "status": "ok" if ok else "degraded",
            "version": __version__,
            "storage": storage_ok,
            "scheduler": scheduler_ok,
            "mode": "local" if request.app[SETTINGS].local_mode else "teams",
        },
        status=200 if ok else 503,
    )
