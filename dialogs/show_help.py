"""'hjælp': what the bot can do for this person, and where to turn when it is urgent."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.language import cards
from dialogs.language.texts import text
from dialogs.organisation import DEPUTY, IT_LEAD, LEADER, PROJECT_LEAD, SUPERUSER

EVERYONE: Final = "everyone"
# Who sees a section of the help, by the roles that make it useful to them.
SECTIONS: Final = (
    (EVERYONE, "help.commands", frozenset()),
    (SUPERUSER, "help.for_superusers", frozenset({SUPERUSER, DEPUTY, PROJECT_LEAD, IT_LEAD})),
    (LEADER, "help.for_leaders", frozenset({LEADER, PROJECT_LEAD, IT_LEAD})),
    (PROJECT_LEAD, "help.for_leads", frozenset({PROJECT_LEAD, IT_LEAD})),
)
# (section, command text key, description text key). Each flow that adds a command adds its
# line here, so the help never promises something the bot does not do.
COMMANDS: Final = (
    (EVERYONE, "command.report", "command.report.desc"),
    (EVERYONE, "command.my_cases", "command.my_cases.desc"),
    (EVERYONE, "command.case", "command.case.desc"),
    (EVERYONE, "command.reopen", "command.reopen.desc"),
    (EVERYONE, "command.who", "command.who.desc"),
    (EVERYONE, "command.who_team", "command.who_team.desc"),
    (EVERYONE, "command.change_team", "command.change_team.desc"),
    (EVERYONE, "command.language", "command.language.desc"),
    (EVERYONE, "command.help", "command.help.desc"),
    (SUPERUSER, "command.team_cases", "command.team_cases.desc"),
    (EVERYONE, "command.it_overview", "command.it_overview.desc"),
    (EVERYONE, "command.follow", "command.follow.desc"),
    (SUPERUSER, "command.away", "command.away.desc"),
    (SUPERUSER, "command.back", "command.back.desc"),
    (SUPERUSER, "command.use_channel", "command.use_channel.desc"),
    (SUPERUSER, "command.link", "command.link.desc"),
    (LEADER, "command.add_superuser", "command.add_superuser.desc"),
    (LEADER, "command.remove_superuser", "command.remove_superuser.desc"),
    (LEADER, "command.portfolio", "command.portfolio.desc"),
    (LEADER, "command.overview", "command.overview.desc"),
    (PROJECT_LEAD, "command.all_cases", "command.all_cases.desc"),
    (PROJECT_LEAD, "command.reload", "command.reload.desc"),
    (EVERYONE, "command.upcoming_courses", "command.upcoming_courses.desc"),
    (EVERYONE, "command.my_courses", "command.my_courses.desc"),
    (EVERYONE, "command.next_meeting", "command.next_meeting.desc"),
    (PROJECT_LEAD, "command.create_course", "command.create_course.desc"),
    (PROJECT_LEAD, "command.create_meeting", "command.create_meeting.desc"),
    (PROJECT_LEAD, "command.move_event", "command.move_event.desc"),
    (PROJECT_LEAD, "command.delegate_task", "command.delegate_task.desc"),
    (PROJECT_LEAD, "command.my_tasks", "command.my_tasks.desc"),
    (PROJECT_LEAD, "command.broadcast", "command.broadcast.desc"),
    (PROJECT_LEAD, "command.scheduled", "command.scheduled.desc"),
    (PROJECT_LEAD, "command.board_add", "command.board_add.desc"),
    (PROJECT_LEAD, "command.board_edit", "command.board_edit.desc"),
    (SUPERUSER, "command.escalate", "command.escalate.desc"),
    (SUPERUSER, "command.central_answer", "command.central_answer.desc"),
    (SUPERUSER, "command.escalated_cases", "command.escalated_cases.desc"),
)


def command_words(lang: str) -> list[str]:
    """The commands as a person writes them, for 'did you mean …?' hints."""
    return [text(command, lang) for _, command, _ in COMMANDS]


def show_help(turn: Turn) -> None:
    org = turn.services.org
    roles = turn.org.roles(turn.email)
    body = [cards.title(turn.t("help.title")), cards.paragraph(turn.t("help.intro", org=org.name))]
    for section, heading, needs in SECTIONS:
        if needs and not roles & needs:
            continue
        body.append(cards.heading(turn.t(heading)))
        body.append(
            cards.facts(
                [(turn.t(command), turn.t(desc)) for s, command, desc in COMMANDS if s == section]
            )
        )
    if turn.in_channel:
        body.append(cards.paragraph(turn.t("help.in_channel"), subtle=True))
    support = org.central_it_support
    if support.phone or support.url:
        body.append(
            cards.paragraph(
                turn.t("help.urgent", name=support.name, phone=support.phone, url=support.url),
                subtle=True,
            )
        )
    turn.show(cards.card(body, fallback=turn.t("help.title")))
