"""'IT-oversigt', 'hvad er på vej?': the board of upcoming IT tools, and following one of them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Final

from dialogs.conversation import Turn
from dialogs.dates import format_day
from dialogs.flow import EVERYONE, PERSONAL, Command, Flow, HelpLine, Phrases, TeamsCommand
from dialogs.language import cards
from dialogs.language.intents import match_name
from storage.board import STATUSES, BoardItem

FLOW: Final = Flow(
    "show_it_overview",
    phrases=(
        Phrases(
            "it_overview",
            da=(
                "it oversigt",
                "it-oversigt",
                "vis it oversigten",
                "it oversigten",
                "hvad er på vej",
                "hvad er på vej?",
                "hvad er på vej af it",
                "nye it redskaber",
            ),
            en=(
                "it overview",
                "what is coming",
                "what's coming",
                "whats coming",
                "upcoming it tools",
            ),
        ),
    ),
    commands=(
        Command("follow_item", da=("følg",), en=("follow",), exact=("følg", "follow")),
        Command(
            "unfollow_item",
            da=("stop med at følge", "følg ikke længere"),
            en=("unfollow", "stop following"),
            exact=("unfollow",),
        ),
    ),
    help=(
        HelpLine(EVERYONE, "command.it_overview", "command.it_overview.desc"),
        HelpLine(EVERYONE, "command.follow", "command.follow.desc"),
    ),
    teams=(TeamsCommand(PERSONAL, "command.it_overview", "teams.it_overview.desc", order=7),),
)


@FLOW.starts("it_overview")
def show(turn: Turn) -> None:
    items = sorted(
        turn.services.board.all(),
        key=lambda i: (STATUSES.index(i.status), i.go_live or "9999", i.name.lower()),
    )
    if not items:
        turn.say("board.empty")
        return
    today = turn.org.today()
    body = [cards.title(turn.t("board.title", org=turn.services.org.name))]
    for item in items:
        facts = [(turn.t("board.status"), turn.t(f"board.status.{item.status}"))]
        if item.go_live:
            day = format_day(date.fromisoformat(item.go_live), turn.lang, today)
            facts.append((turn.t("board.go_live"), day))
        if item.responsible:
            facts.append((turn.t("board.responsible"), turn.services.name_of(item.responsible)))
        if item.course_days:
            facts.append((turn.t("board.course_days"), ", ".join(item.course_days)))
        upcoming = [m for m in item.milestones if m.day >= today.isoformat()]
        if upcoming:
            first = min(upcoming, key=lambda m: m.day)
            day = format_day(date.fromisoformat(first.day), turn.lang, today)
            facts.append((turn.t("board.next_milestone"), f"{day}: {first.text}"))
        parts = [cards.heading(item.name)]
        if item.description:
            parts.append(cards.paragraph(item.description, subtle=True))
        parts.append(cards.facts(facts))
        body.append(cards.container(parts, separator=True))
    body.append(cards.paragraph(turn.t("board.follow_hint"), subtle=True))
    turn.show(cards.card(body, fallback=turn.t("board.title", org=turn.services.org.name)))


def find_item(turn: Turn, written: str) -> BoardItem | None:
    """The item a written name means, or None after saying which names there are."""
    items = {item.item_id: item for item in turn.services.board.all()}
    written = written.strip(" «»\"'“”")
    if not written:
        turn.say("board.which", names=_names(turn, items.values()))
        return None
    key, close = (
        match_name(written, {k: (i.name,) for k, i in items.items()}) if items else (None, [])
    )
    if key is not None:
        return items[key]
    if close:
        turn.say("board.did_you_mean", name=written, names=_names(turn, (items[k] for k in close)))
    else:
        turn.say("board.unknown", name=written, names=_names(turn, items.values()))
    return None


@FLOW.starts("follow_item")
def follow(turn: Turn) -> None:
    """'følg Momentum-opdatering': a 1:1 message whenever its status or date changes."""
    item = find_item(turn, turn.argument)
    if item is None:
        return
    if turn.email in item.followers:
        turn.say("board.already_following", name=item.name)
        return
    turn.services.board.save(replace(item, followers=(*item.followers, turn.email)))
    turn.say("board.following", name=item.name)


@FLOW.starts("unfollow_item")
def unfollow(turn: Turn) -> None:
    item = find_item(turn, turn.argument)
    if item is None:
        return
    if turn.email not in item.followers:
        turn.say("board.not_following", name=item.name)
        return
    turn.services.board.save(
        replace(item, followers=tuple(e for e in item.followers if e != turn.email))
    )
    turn.say("board.unfollowed", name=item.name)


SLUG: Final = re.compile(r"[^a-z0-9æøå]+")


def slug(name: str) -> str:
    return SLUG.sub("-", name.lower()).strip("-")


def _names(turn: Turn, items: Iterable[BoardItem]) -> str:
    names = [f"«{item.name}»" for item in items]
    return ", ".join(names) if names else turn.t("board.none")
