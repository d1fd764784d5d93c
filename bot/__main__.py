"""`python -m bot`: `run` the bot (the default), `package` the Teams app zip, `manifest`,
`org check|export`, `export-person EMAIL`, `selftest`."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from aiohttp import web

from bot import __version__, manifest, package, selftest
from bot.app import create_app, open_organisation
from bot.emulator import Directory, TeamsEmulator
from bot.playground import add_playground
from bot.settings import Settings, SettingsError
from dialogs.org_file import EMAIL, OrgError, dump_org, load_org
from storage.db import Database, StorageError
from storage.person_export import export_person

_LOGGER = logging.getLogger("bot")

LOCAL_MODE_HELP = """\
IT-hjælp {version} kører lokalt (ingen Teams-legitimation sat) / running locally.
  Bot:       http://127.0.0.1:{port}/api/messages   (sundhed / health: /healthz)
  Emulator:  {emulator}  (spiller Teams / plays Teams, med demo-organisationen {org})

Prøv botten i browseren / try it in the browser:
  http://127.0.0.1:{port}/playground

Tal med botten fra en anden terminal / talk to the bot from another terminal:
  .venv/bin/python -m bot.emulator people
  .venv/bin/python -m bot.emulator say --as {person} "hjælp"
  .venv/bin/python -m bot.emulator say --as {person} "hvem er min superbruger?"
  .venv/bin/python -m bot.emulator install --team ydelse
Stop med Ctrl+C.
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args, rest = parser.parse_known_args(argv)
    if args.command == "org":
        if rest:
            parser.error(f"unrecognized arguments: {' '.join(rest)}")
        return org_command(args)
    if args.command not in ("package", "manifest") and rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.command == "export-person":
        return export_person_command(args.email, args.out)
    if args.command == "selftest":
        # The report says what is wrong with the settings itself, with the fix.
        return selftest.main(sys.stdout)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # botbuilder parses Teams payloads with models that predate some fields, and says so each time.
    logging.getLogger("msrest.serialization").setLevel(logging.ERROR)
    if args.command == "manifest":
        return manifest.main(rest)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"Settings: {error}", file=sys.stderr)
        return 2
    if args.command == "package":
        return package.main(rest, settings)
    return serve(settings)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="IT-hjælp, the Teams bot")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("run", help="run the bot (the default)")
    # package.main parses its own options, so every argument after `package` is passed on to it.
    commands.add_parser("package", help="build the Teams app zip", add_help=False)
    commands.add_parser(
        "manifest", help="write the Teams command menus from the flows", add_help=False
    )
    commands.add_parser(
        "selftest", help="check settings, data, org file, Teams links and manifest; say how to fix"
    )
    org = commands.add_parser("org", help="work with the organisation file")
    org_commands = org.add_subparsers(dest="org_command", metavar="SUBCOMMAND")
    # Each org subcommand is a parser here and a branch in org_command.
    check = org_commands.add_parser("check", help="check an org file and list every problem in it")
    check.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="the org file (default: the one the settings name, BOT_ORG_FILE)",
    )
    export = org_commands.add_parser(
        "export", help="write the organisation as the bot sees it (file plus chat changes) as TOML"
    )
    export.add_argument(
        "--out", type=Path, metavar="FILE", help="write to FILE instead of standard output"
    )
    org.set_defaults(org_parser=org)
    person = commands.add_parser(
        "export-person", help="write everything stored about one person as JSON (GDPR)"
    )
    person.add_argument("email", metavar="EMAIL", help="the person's e-mail address")
    person.add_argument(
        "--out", type=Path, metavar="FILE", help="write to FILE instead of standard output"
    )
    return parser


def org_command(args: argparse.Namespace) -> int:
    """Run an org subcommand; without one, show what the org command can do."""
    if args.org_command == "check":
        return org_check(args.file)
    if args.org_command == "export":
        return org_export(args.out)
    args.org_parser.print_help(sys.stderr)
    return 2


def org_check(file: Path | None = None) -> int:
    """Check the org file and print every problem; 0 when it is fine, 1 when it is not."""
    if file is None:
        # Only the default file needs the settings; an explicit FILE is checked even when they
        # are broken, so the org file can be fixed before the rest of the setup.
        try:
            file = Settings.from_env().org_file
        except SettingsError as error:
            print(f"Settings: {error}", file=sys.stderr)
            return 2
    try:
        org = load_org(file)
    except OrgError as error:
        print(f"{file} has {len(error.problems)} problem(s):")
        for problem in error.problems:
            print(f"  - {problem}")
        return 1
    counts = (
        _count(len(org.teams), "team", "teams"),
        _count(len(org.categories), "category", "categories"),
        _count(len(org.everyone()), "person", "people"),
    )
    print(f"{file}: ok – {', '.join(counts)}")
    return 0


def org_export(out: Path | None = None) -> int:
    """Write the effective organisation: the org file with what people changed in chat."""
    try:
        settings = Settings.from_env()
        org = load_org(settings.org_file)
        # Reading needs no lock, so this works while the bot is running.
        with Database.read(settings.data_dir) as db:
            effective = open_organisation(settings, db, org).org
    except SettingsError as error:
        print(f"Settings: {error}", file=sys.stderr)
        return 2
    except OrgError as error:
        _print_problems(error)
        return 1
    except StorageError as error:
        print(f"Storage: {error}", file=sys.stderr)
        return 2
    # People the bot knows only by their Teams id cannot be written into an org file.
    teams = tuple(
        replace(team, members=tuple(m for m in team.members if EMAIL.match(m)))
        for team in effective.teams
    )
    text = dump_org(replace(effective, teams=teams))
    return write_out(text, out)


def export_person_command(email: str, out: Path | None = None) -> int:
    """Write what the bot keeps about `email` as JSON; works while the bot is running."""
    if not EMAIL.match(email.strip()):
        print(f"{email!r} is not an e-mail address", file=sys.stderr)
        return 2
    try:
        settings = Settings.from_env()
        found = export_person(settings.data_dir, email)
    except SettingsError as error:
        print(f"Settings: {error}", file=sys.stderr)
        return 2
    except StorageError as error:
        print(f"Storage: {error}", file=sys.stderr)
        return 2
    text = json.dumps(found, ensure_ascii=False, indent=2) + "\n"
    return write_out(text, out)


def write_out(text: str, out: Path | None) -> int:
    """To the file named, or to standard output without one."""
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)
    return 0


def _print_problems(error: OrgError) -> None:
    print("The organisation file has problems:", file=sys.stderr)
    for problem in error.problems:
        print(f"  - {problem}", file=sys.stderr)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def serve(settings: Settings) -> int:
    try:
        org = load_org(settings.org_file)
    except OrgError as error:
        _print_problems(error)
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
    app = create_app(settings)
    if emulator is not None:
        add_playground(app, emulator, org)

    def listening(_banner: str) -> None:
        # aiohttp calls this once the socket takes connections, after "started": a supervisor
        # or a test waiting for the bot waits for this line.
        _LOGGER.info("IT-hjælp listening on http://%s:%d", settings.host, settings.port)

    try:
        web.run_app(app, host=settings.host, port=settings.port, print=listening)
    except StorageError as error:
        print(f"Storage: {error}", file=sys.stderr)
        return 2
    finally:
        if emulator is not None:
            emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
