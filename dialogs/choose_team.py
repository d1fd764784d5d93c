"""'Skift team', or the bot asking once which team someone is in, and remembering the answer."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.flow import EVERYONE, PERSONAL, Command, Flow, HelpLine, TeamsCommand
from dialogs.language import cards
from dialogs.language.intents import choose, match_name
from dialogs.naming import find_team, team_names, without_lead_word
from dialogs.org_file import Team

NAME: Final = "choose_team"
MAX_ATTEMPTS: Final = 2
# "Ja" to "Mente du Team Sekretariat?", when that was the only team suggested.
YES: Final = {"yes": ("ja", "jo", "ja tak", "jep", "yes", "yep", "yes please")}

FLOW: Final = Flow(
    NAME,
    commands=(
        Command(
            "change_team",
            da=("skift team", "skift mit team", "jeg er i team", "jeg hører til"),
            en=("change team", "change my team", "switch team", "i am in team", "my team is"),
        ),
    ),
    help=(HelpLine(EVERYONE, "command.change_team", "command.change_team.desc"),),
    teams=(TeamsCommand(PERSONAL, "command.change_team", "teams.change_team.desc", order=3),),
)


@FLOW.starts("change_team")
def start(turn: Turn) -> None:
    """'skift team' (or 'skift team til Unge'): change the team the bot knows the person by."""
    written = without_lead_word(turn.argument)
    if written:
        team = find_team(turn, written)
        if team is not None:
            _choose(turn, team)
        return
    current = turn.org.team_of(turn.person)
    ask(turn, current=current)


def ask(turn: Turn, *, then: str = "", current: Team | None = None, carry: str = "") -> None:
    """Show the teams; the answer (a click or a name) comes back to `answer`.

    `carry` is handed to the `then` flow as its argument, such as the problem that waits.
    """
    org = turn.services.org
    turn.ask(NAME, then=then, attempts=0, carry=carry)
    question = turn.t("team.question", org=org.name)
    body = [cards.paragraph(question)]
    if current is not None:
        body.append(cards.paragraph(turn.t("team.current", team=current.name), subtle=True))
    body.append(
        cards.choices(
            "team",
            [(team.name, team.key) for team in org.teams],
            label=turn.t("team.label"),
            value=current.key if current else "",
        )
    )
    turn.show(
        cards.card(
            body,
            [cards.submit(turn.t("team.choose"), {"action": NAME, "then": then}, primary=True)],
            fallback=question,
        )
    )


@FLOW.answers(NAME)
@FLOW.on_card(NAME)
def answer(turn: Turn) -> bool:
    """Take the chosen team; False when the message is about something else."""
    then = str((turn.pending or {}).get("then") or (turn.value or {}).get("then") or "")
    carry = str((turn.pending or {}).get("carry") or "")
    if turn.value is not None:
        team = turn.services.org.team(str(turn.value.get("team") or ""))
        if team is None:
            turn.say("team.pick_one")
            return True
    else:
        if turn.is_command(turn.text):
            turn.finish()  # the person moved on to something else
            return False
        attempts = int((turn.pending or {}).get("attempts", 0)) + 1
        team, suggested = _typed_team(turn, last_try=attempts >= MAX_ATTEMPTS)
        if team is None:
            if attempts >= MAX_ATTEMPTS:
                turn.finish()
            else:
                turn.ask(NAME, then=then, attempts=attempts, suggested=suggested, carry=carry)
            return True
    turn.finish()
    _choose(turn, team)
    turn.follow_up = then
    turn.follow_up_argument = carry
    return True


def _typed_team(turn: Turn, *, last_try: bool) -> tuple[Team | None, list[str]]:
    """The team a typed answer names; else None and the keys of the teams suggested to them."""
    org = turn.services.org
    suggested = [str(key) for key in (turn.pending or {}).get("suggested") or []]
    if len(suggested) == 1 and choose(turn.text, YES):
        team = org.team(suggested[0])
        if team is not None:
            return team, []
    written = without_lead_word(turn.text)
    key, suggestions = match_name(written, team_names(org))
    if key is not None:
        return org.team(key), []
    if last_try:
        # "Mente du …?" now would ask a question whose answer the bot no longer waits for.
        teams = ", ".join(team.name for team in org.teams)
        turn.say("team.unknown_list", team=written, teams=teams)
        return None, []
    find_team(turn, written)  # tells which teams they may have meant
    return None, suggestions


def _choose(turn: Turn, team: Team) -> None:
    turn.org.set_team(turn.person, team)
    turn.say("team.chosen", team=team.name)
