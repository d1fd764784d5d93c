"""Texts for working on a case and listing cases."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
    # working on a case
    "case.unknown": (
        "Jeg kan ikke finde sag #{number}. Skriv «mine sager» for at se dine.",
        "I cannot find case #{number}. Write “my cases” to see yours.",
    ),
    "case.not_helper": (
        "Sag #{number} kan kun håndteres af teamets superbrugere og stedfortrædere, "
        "projektlederen og den IT-ansvarlige.",
        "Case #{number} can only be handled by the team's superusers and deputies, the project "
        "lead and the IT lead.",
    ),
    "case.notice.closed_by_itself": (
        "Sag #{number} er nu lukket, for den har været løst i 5 arbejdsdage. Driller det igen, "
        "så skriv bare til mig, så opretter jeg en ny sag.",
        "Case #{number} is now closed, as it has been solved for 5 working days. If it acts up "
        "again, just write to me and I will open a new case.",
    ),
    "case.not_requester": (
        "Sag #{number} er ikke din, så det kan kun den, der meldte den, svare på.",
        "Case #{number} is not yours; only the person who reported it can answer that.",
    ),
    "case.already.resolved": (
        "Sag #{number} er allerede løst.",
        "Case #{number} is already solved.",
    ),
    "case.already.closed": (
        "Sag #{number} er allerede lukket.",
        "Case #{number} is already closed.",
    ),
    "case.already.merged": (
        "Sag #{number} er samlet i sag #{into}.",
        "Case #{number} is merged into case #{into}.",
    ),
    "case.yours_already": ("Du har allerede sag #{number}.", "You already have case #{number}."),
    "case.taken_by": (
        "{name} har allerede taget sag #{number}.",
        "{name} has already taken case #{number}.",
    ),
    "case.claimed": (
        "Du har taget sag #{number}. {requester} har fået besked.",
        "You have taken case #{number}. {requester} has been told.",
    ),
    "case.write_empty": (
        "Skriv beskeden i feltet, før du sender.",
        "Write the message in the box before you send it.",
    ),
    "case.written": (
        "Sendt til {requester}. Sag #{number} venter nu på svar, og svaret kommer her i tråden.",
        "Sent to {requester}. Case #{number} now waits for an answer, which comes here in the "
        "thread.",
    ),
    "case.resolved": (
        "Sag #{number} er løst. Jeg spørger {requester}, om det virker nu.",
        "Case #{number} is solved. I am asking {requester} whether it works now.",
    ),
    "case.escalate_empty": (
        "Skriv kort, hvad du har prøvet, så projektlederen ikke starter forfra.",
        "Write briefly what you have tried, so the project lead does not start over.",
    ),
    "case.escalate_nobody": (
        "Der er ingen at eskalere til lige nu. Kontakt IT-supporten direkte.",
        "There is nobody to escalate to right now. Contact IT support directly.",
    ),
    "case.escalated": (
        "Sag #{number} er sendt videre til {name}.",
        "Case #{number} is passed on to {name}.",
    ),
    "case.merge_closed": (
        "Sag #{number} er ikke åben længere, så der kan ikke samles i den.",
        "Case #{number} is no longer open, so nothing can be merged into it.",
    ),
    "case.merged": (
        "Sag #{number} er samlet i sag #{main}. Den, der meldte den, har fået besked.",
        "Case #{number} is merged into case #{main}. Its reporter has been told.",
    ),
    "case.still_open": (
        "Sag #{number} er stadig åben, og der arbejdes på den.",
        "Case #{number} is still open and being worked on.",
    ),
    "case.closed_thanks": (
        "Dejligt! Sag #{number} er lukket. Tak for svaret.",
        "Great! Case #{number} is closed. Thanks for letting us know.",
    ),
    "case.nothing_to_reopen": (
        "Du har ingen løste sager, jeg kan genåbne. Skriv hvad der driller, så opretter jeg en ny.",
        "You have no solved cases I can reopen. Write what is wrong and I open a new one.",
    ),
    "case.too_late": (
        "Sag #{number} blev løst for mere end {days} arbejdsdage siden. Skriv problemet igen, "
        "så opretter jeg en ny sag.",
        "Case #{number} was solved more than {days} working days ago. Write the problem again "
        "and I open a new case.",
    ),
    "case.reopened": (
        "Øv! Jeg har genåbnet sag #{number} og sagt det til den, der har den.",
        "Oh no! I have reopened case #{number} and told whoever has it.",
    ),
    "case.answer_sent": (
        "Dit svar er sendt til {name} (sag #{number}).",
        "Your answer is sent to {name} (case #{number}).",
    ),
    "case.thread.reopened": (
        "{who}{name} skriver, at sag #{number} stadig ikke virker. Sagen er genåbnet.",
        "{who}{name} says case #{number} still does not work. The case is reopened.",
    ),
    "case.thread.answer": (
        "{who}{name} svarer på sag #{number}:\n\n{message}",
        "{who}{name} answers on case #{number}:\n\n{message}",
    ),
    "case.notice.claimed": (
        "{name} har taget din sag #{number} og vender tilbage, hvis der er spørgsmål.",
        "{name} has taken your case #{number} and will get back to you with any questions.",
    ),
    "case.notice.message": (
        "{name} skriver om din sag #{number}:\n\n{message}\n\nSvar bare her, så sender jeg det "
        "videre.",
        "{name} writes about your case #{number}:\n\n{message}\n\nJust answer here and I pass it "
        "on.",
    ),
    "case.notice.resolved": (
        "{name} har løst din sag #{number}.",
        "{name} has solved your case #{number}.",
    ),
    "case.notice.resolved.note": (
        "{name} har løst din sag #{number}: {note}",
        "{name} has solved your case #{number}: {note}",
    ),
    "case.notice.resolved_main": (
        "Sag #{main}, som din sag #{number} blev samlet i, er løst af {name}.",
        "Case #{main}, which your case #{number} was merged into, is solved by {name}.",
    ),
    "case.notice.resolved_main.note": (
        "Sag #{main}, som din sag #{number} blev samlet i, er løst af {name}: {note}",
        "Case #{main}, which your case #{number} was merged into, is solved by {name}: {note}",
    ),
    "case.notice.escalated": (
        "Din sag #{number} er sendt videre til {name}, som har den nu.",
        "Your case #{number} is passed on to {name}, who has it now.",
    ),
    "case.notice.escalated_to_you": (
        "{name} sender sag #{number} videre til dig. Prøvet indtil nu: {tried}",
        "{name} passes case #{number} on to you. Tried so far: {tried}",
    ),
    "case.notice.merged": (
        "Din sag #{number} handler om det samme som sag #{main}, som allerede er i gang, så de "
        "er samlet. Du får besked, når den er løst.",
        "Your case #{number} is about the same as case #{main}, which is already in hand, so "
        "they are merged. You will hear when it is solved.",
    ),
    "case.event.opened": ("{name} meldte sagen", "{name} reported the case"),
    "case.event.claimed": ("{name} tog sagen", "{name} took the case"),
    "case.event.wrote": ("{name} skrev til medarbejderen", "{name} wrote to the employee"),
    "case.event.answered": ("{name} svarede", "{name} answered"),
    "case.event.resolved": ("{name} løste sagen", "{name} solved the case"),
    "case.event.escalated": ("{name} eskalerede sagen", "{name} escalated the case"),
    "case.event.merged": ("{name} samlede sagen i en anden", "{name} merged the case"),
    "case.event.merged_in": (
        "{name} samlede en anden sag i denne",
        "{name} merged a case into this",
    ),
    "case.event.reopened": ("{name} genåbnede sagen", "{name} reopened the case"),
    "case.event.confirmed": ("{name} bekræftede, at det virker", "{name} confirmed it works"),
    "case.event.closed": ("{name} lukkede sagen", "{name} closed the case"),
    # lists of cases
    "cases.none_mine": (
        "Du har ingen IT-sager. Skriv bare, hvad der driller, så opretter jeg en.",
        "You have no IT cases. Just write what is wrong and I open one.",
    ),
    "cases.mine_title": ("Dine IT-sager", "Your IT cases"),
    "cases.which": (
        "Hvilken sag? Skriv fx «sag 42».",
        "Which case? Write e.g. “case 42”.",
    ),
    "cases.not_yours": (
        "Sag #{number} er ikke din, og du hjælper ikke teamet med den, så jeg kan ikke vise den.",
        "Case #{number} is not yours and you do not help its team, so I cannot show it.",
    ),
    "cases.history": ("Historik", "History"),
    "cases.team_refused": (
        "«Åbne sager» er for superbrugere og teamledere. Skriv «mine sager» for at se dine egne.",
        "“Open cases” is for superusers and team leaders. Write “my cases” to see your own.",
    ),
    "cases.none_open_team": ("Ingen åbne sager i {teams}. 🎉", "No open cases in {teams}. 🎉"),
    "cases.team_title": ("Åbne sager i {teams}", "Open cases in {teams}"),
    "cases.all_refused": (
        "Alle åbne sager kan ses af projektlederen ({project_lead}) og den IT-vidensansvarlige "
        "({it_lead}). Skriv «åbne sager» for dit teams sager.",
        "All open cases are for the project lead ({project_lead}) and the IT lead ({it_lead}). "
        "Write “open cases” for your team's cases.",
    ),
    "cases.none_open": ("Der er ingen åbne sager. 🎉", "There are no open cases. 🎉"),
    "cases.all_title": ("Alle åbne sager ({count})", "All open cases ({count})"),
    "cases.line": ("#{number} · {category} · {status}", "#{number} · {category} · {status}"),
    "cases.detail": ("{requester}, {team}, {when}", "{requester}, {team}, {when}"),
    "cases.more": ("… og {count} mere.", "… and {count} more."),
    # claim_case: taking and solving a case by typing its number
    "claim.which_case": (
        "Hvilken sag? Skriv nummeret, fx «tag #14».",
        "Which case? Write its number, e.g. “take #14”.",
    ),
    "claim.which_case_solved": (
        "Hvilken sag? Skriv nummeret og hvad du gjorde, fx «løst #14: genstartet printeren».",
        "Which case? Write its number and what you did, e.g. “solved #14: restarted the printer”.",
    ),
    "claim.command": ("tag #14", "take #14"),
    "claim.command.desc": (
        "Tag sagen, som med «Jeg tager den» på kortet",
        "Take the case, as with “I'll take it” on the card",
    ),
    "claim.solve": ("løst #14: genstartet printeren", "solved #14: restarted the printer"),
    "claim.solve.desc": (
        "Løs sagen med en note; medarbejderen bliver spurgt, om det virker",
        "Solve the case with a note; the employee is asked whether it works",
    ),
    "claim.menu": ("tag #", "take #"),
    "claim.menu.desc": (
        "Tag en sag: skriv dens nummer efter #",
        "Take a case: write its number after #",
    ),
    "claim.menu_solve": ("løst #", "solved #"),
    "claim.menu_solve.desc": (
        "Løs en sag: nummer, kolon og hvad du gjorde",
        "Solve a case: number, colon and what you did",
    ),
}
