"""Talk to the bot through a running Teams emulator: `python -m bot.emulator say --as EMAIL …`."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote

DEFAULT_URL = "http://127.0.0.1:3979"
ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"


class CliError(Exception):
    """Something the person at the terminal should read, on one line."""


class Client:
    """A small JSON client for the emulator's control API."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        # No proxy: the emulator is on this machine, whatever the shell's proxy settings say.
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
        request = urllib.request.Request(
            self.url + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return json.loads(response.read().decode("utf-8") or "null")
        except urllib.error.HTTPError as exc:
            raise CliError(_error_message(exc)) from None
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            raise CliError(
                f"cannot reach the Teams emulator at {self.url} ({_reason(exc)}); "
                "is the bot running in local mode (`make run`)?"
            ) from None


def _reason(exc: Exception) -> str:
    return str(getattr(exc, "reason", None) or exc)


def _error_message(exc: urllib.error.HTTPError) -> str:
    try:
        error = json.loads(exc.read().decode("utf-8"))["error"]
        return f"{error['message']} ({error['code']}, HTTP {exc.code})"
    except (ValueError, KeyError, TypeError):
        return f"the emulator answered HTTP {exc.code} {exc.reason}"


def plain(text: str) -> str:
    """Teams markup as a terminal shows it: `<at>Bo</at>` becomes `@Bo`."""
    return re.sub(r"<at>(.*?)</at>", r"@\1", text or "")


def card_lines(card: dict[str, Any]) -> list[str]:
    """An Adaptive Card as lines of text: its text, facts, inputs and buttons."""
    lines: list[str] = []
    for element in card.get("body") or []:
        lines.extend(_element_lines(element))
    buttons = _buttons(card.get("actions") or [])
    if buttons:
        lines.append(buttons)
    return lines


def _element_lines(element: dict[str, Any]) -> list[str]:
    kind = element.get("type", "")
    if kind == "TextBlock":
        return [plain(element.get("text", ""))]
    if kind == "RichTextBlock":
        return ["".join(plain(i.get("text", "")) for i in element.get("inlines") or [])]
    if kind == "FactSet":
        return [
            f"{f.get('title', '')}: {plain(f.get('value', ''))}" for f in element.get("facts") or []
        ]
    if kind in ("Container", "Column"):
        return [line for item in element.get("items") or [] for line in _element_lines(item)]
    if kind == "ColumnSet":
        return [line for column in element.get("columns") or [] for line in _element_lines(column)]
    if kind == "ActionSet":
        return [_buttons(element.get("actions") or [])]
    if kind == "Input.ChoiceSet":
        choices = " / ".join(c.get("title", "") for c in element.get("choices") or [])
        return [f"{_input_label(element)}: ({choices})"]
    if kind.startswith("Input."):
        return [f"{_input_label(element)}: ____"]
    if kind == "Image":
        return [f"[image{': ' + element['altText'] if element.get('altText') else ''}]"]
    return []


def _input_label(element: dict[str, Any]) -> str:
    return element.get("label") or element.get("placeholder") or element.get("id", "input")


def _buttons(actions: list[dict[str, Any]]) -> str:
    return "  ".join(f"[{a.get('title', a.get('type', ''))}]" for a in actions)


class Printer:
    """Prints what the bot sent, naming conversations after people and teams."""

    def __init__(self, people: dict[str, Any] | None) -> None:
        self.names: dict[str, str] = {}
        for user in (people or {}).get("users", []):
            self.names[user["conversationId"]] = f"1:1 with {user['name']}"
        for team in (people or {}).get("teams", []):
            for channel in team["channels"]:
                self.names[channel["id"]] = f"{team['name']} › {channel['name']}"

    def where(self, conversation_id: str) -> str:
        base, _, thread = conversation_id.partition(";messageid=")
        name = self.names.get(base, conversation_id)
        return f"{name} (thread {thread})" if thread else name

    def sent(self, items: list[dict[str, Any]]) -> None:
        shown = 0
        for item in items:
            activity = item.get("activity") or {}
            if activity.get("type") == "typing":
                continue
            shown += 1
            print(f"[{item['op']}] {self.where(item['conversationId'])} #{item['activityId']}")
            if item["op"] == "delete":
                continue
            if activity.get("text"):
                for line in plain(activity["text"]).splitlines():
                    print(f"  {line}")
            for attachment in activity.get("attachments") or []:
                if attachment.get("contentType") == ADAPTIVE_CARD:
                    print("  ┌ card")
                    for line in card_lines(attachment.get("content") or {}):
                        print(f"  │ {line}")
                    print("  └")
                else:
                    print(f"  [attachment {attachment.get('contentType')}]")
        if not shown:
            print("(the bot sent nothing)")


def _turn(client: Client, path: str, body: dict[str, Any]) -> int:
    answer = client.call("POST", path, body)
    Printer(client.call("GET", "/_emulator/people")).sent(answer.get("sent") or [])
    if answer.get("status", 200) >= 400:
        print(f"the bot answered HTTP {answer['status']}: {answer.get('body')}", file=sys.stderr)
        return 1
    return 0


def cmd_say(client: Client, args: argparse.Namespace) -> int:
    body: dict[str, Any] = {"as": args.who, "text": " ".join(args.text)}
    for key in ("team", "channel", "thread", "locale", "mentions"):
        if getattr(args, key):
            body[key] = getattr(args, key)
    return _turn(client, "/_emulator/say", body)


def cmd_install(client: Client, args: argparse.Namespace) -> int:
    if args.team:
        body = {"team": args.team, "channel": args.channel, "by": args.by}
    elif args.who:
        body = {"as": args.who}
    else:
        raise CliError("give --team KEY or --as EMAIL")
    return _turn(client, "/_emulator/install", {k: v for k, v in body.items() if v})


def cmd_people(client: Client, args: argparse.Namespace) -> int:
    people = client.call("GET", "/_emulator/people")
    print(f"Tenant {people['tenantId']}, bot {people['bot']['name']} ({people['bot']['id']})")
    print("\nTeams:")
    for team in people["teams"]:
        channels = ", ".join(c["name"] for c in team["channels"])
        state = "installed" if team.get("installed") else "not installed"
        print(f"  {team['key']:<20} {team['name']} ({len(team['members'])} members; {state})")
        print(f"  {'':<20} channels: {channels}")
    print("\nPeople:")
    for user in people["users"]:
        print(f"  {user['email']:<45} {user['name']:<22} {user['locale']}")
    return 0


def cmd_show(client: Client, args: argparse.Namespace) -> int:
    answer = client.call("GET", "/_emulator/conversations/" + quote(args.conversation, safe=""))
    Printer(client.call("GET", "/_emulator/people")).sent(answer.get("sent") or [])
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--url", default=argparse.SUPPRESS, help=f"emulator (default {DEFAULT_URL})"
    )
    parser = argparse.ArgumentParser(
        prog="python -m bot.emulator",
        description="Talk to the bot as people in the local Teams emulator.",
    )
    parser.add_argument("--url", default=DEFAULT_URL, help=f"emulator (default {DEFAULT_URL})")
    commands = parser.add_subparsers(dest="command", required=True)

    say = commands.add_parser("say", parents=[common], help="write to the bot as a person")
    say.add_argument("--as", dest="who", required=True, metavar="EMAIL")
    say.add_argument("--team", help="post in this team's channel (@mentioning the bot)")
    say.add_argument("--channel", help="the channel (default General)")
    say.add_argument("--thread", help="reply in this thread (its conversation id)")
    say.add_argument("--locale", help="the Teams client's locale, e.g. en-US")
    say.add_argument(
        "--mention",
        dest="mentions",
        action="append",
        metavar="EMAIL",
        help="@mention this person (again for more); `@Their Name` in the text marks the place",
    )
    say.add_argument("text", nargs="+")
    say.set_defaults(run=cmd_say)

    install = commands.add_parser("install", parents=[common], help="install the bot")
    install.add_argument("--team", help="install in this team")
    install.add_argument("--channel", help="the channel the installer picks (default General)")
    install.add_argument("--by", metavar="EMAIL", help="who installs it in the team")
    install.add_argument("--as", dest="who", metavar="EMAIL", help="install for this person")
    install.set_defaults(run=cmd_install)

    people = commands.add_parser("people", parents=[common], help="list the teams and people")
    people.set_defaults(run=cmd_people)

    show = commands.add_parser("show", parents=[common], help="what the bot sent in a conversation")
    show.add_argument("conversation", metavar="CONVERSATION_ID")
    show.set_defaults(run=cmd_show)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; print a one-line hint and return 1 when something is wrong."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        # A terminal without UTF-8 still gets readable output rather than a crash on æ, ø, å.
        reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    try:
        return args.run(Client(args.url), args)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`| head`); point stdout at nothing so exiting cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
