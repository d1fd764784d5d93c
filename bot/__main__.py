"""`python -m bot` runs the bot; `python -m bot package` builds the Teams app zip."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from aiohttp import web

from bot import __version__, package
from bot.app import create_app
from bot.emulator import Directory, TeamsEmulator
from bot.settings import Settings, SettingsError
from storage.db import StorageError
from storage.org import OrgError, load_org

_LOGGER = logging.getLogger("bot")

LOCAL_MODE_HELP = """\
IT-hjælp {version} kører lokalt (ingen Teams-legitimation sat) / running locally.
  Bot:       http://127.0.0.1:{port}/api/messages   (sundhed / health: /healthz)
  Emulator:  {emulator}  (spiller Teams / plays Teams, med demo-organisationen {org})

Tal med botten fra en anden terminal / talk to the bot from another terminal:
  .venv/bin/python -m bot.emulator people
  .venv/bin/python -m bot.emulator say --as {person} "hjælp"
  .venv/bin/python -m bot.emulator install --team ydelse
Stop med Ctrl+C.
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="IT-hjælp, the Teams bot")
    parser.add_argument("command", nargs="?", default="run", choices=["run", "package"])
    args, rest = parser.parse_known_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # botbuilder parses Teams payloads with models that predate some fields, and says so each time.
    logging.getLogger("msrest.serialization").setLevel(logging.ERROR)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"Settings: {error}", file=sys.stderr)
        return 2
    if args.command == "package":
        return package.main(rest, settings)
    return serve(settings)


def serve(settings: Settings) -> int:
    try:
        org = load_org(settings.org_file)
    except OrgError as error:
        print("The organisation file has problems:", file=sys.stderr)
        for problem in error.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    emulator = None
    if settings.local_mode:
        emulator = TeamsEmulator(
            Directory.from_org(org),
            port=settings.emulator_port,
            bot_endpoint=f"http://127.0.0.1:{settings.port}/api/messages",
        ).start()
        first = org.teams[0].members[0] if org.teams and org.teams[0].members else org.project_lead
        print(
            LOCAL_MODE_HELP.format(
                version=__version__,
                port=settings.port,
                emulator=emulator.service_url,
                org=org.name,
                person=first,
            ),
            flush=True,
        )
    try:
        web.run_app(create_app(settings), host=settings.host, port=settings.port, print=None)
    except StorageError as error:
        print(f"Storage: {error}", file=sys.stderr)
        return 2
    finally:
        if emulator is not None:
            emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
