"""Every flow the bot has: adding one is its module plus a line here."""

from __future__ import annotations

import functools
from typing import Final

from dialogs import (
    acknowledge_notice,
    broadcast_notice,
    choose_language,
    choose_team,
    claim_case,
    delegate_task,
    edit_it_overview,
    escalate_case,
    find_superuser,
    follow_case,
    follow_up_notice,
    hand_to_central_it,
    handle_case,
    link_team,
    list_cases,
    list_escalated_cases,
    list_events,
    manage_superusers,
    matchers,
    move_or_cancel_event,
    plan_event,
    reload_org,
    report_absence,
    report_problem,
    set_portfolio,
    show_help,
    show_it_overview,
    show_overview,
    sign_up,
    small_talk,
)
from dialogs.dispatch import Dispatcher
from dialogs.flow import Flow

# In the order of the help card's lines within each section.
FLOWS: Final[tuple[Flow, ...]] = (
    report_problem.FLOW,
    list_cases.FLOW,
    claim_case.FLOW,
    follow_case.FLOW,
    find_superuser.FLOW,
    choose_team.FLOW,
    choose_language.FLOW,
    show_help.FLOW,
    show_it_overview.FLOW,
    list_events.FLOW,
    report_absence.FLOW,
    link_team.FLOW,
    manage_superusers.FLOW,
    set_portfolio.FLOW,
    show_overview.FLOW,
    reload_org.FLOW,
    plan_event.FLOW,
    move_or_cancel_event.FLOW,
    delegate_task.FLOW,
    broadcast_notice.FLOW,
    edit_it_overview.FLOW,
    escalate_case.FLOW,
    hand_to_central_it.FLOW,
    list_escalated_cases.FLOW,
    small_talk.FLOW,
    handle_case.FLOW,
    sign_up.FLOW,
    follow_up_notice.FLOW,
    acknowledge_notice.FLOW,
)


@functools.cache
def dispatcher() -> Dispatcher:
    """The dispatcher of every flow above, built the first time it is needed."""
    return Dispatcher(FLOWS, matchers.ORDER, matchers.Message)
