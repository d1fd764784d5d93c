"""Texts for escalation: central IT support, the project lead and the IT lead."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
    # -- escalation: central IT support, the project lead, the IT lead ---------------------
    "case.status.central": ("Hos central IT-support", "With central IT support"),
    "case.status.central.ticket": (
        "Hos central IT-support, sagsnummer {ticket}",
        "With central IT support, ticket {ticket}",
    ),
    "case.card.central_answer": (
        "Svar fra central IT-support: {answer}",
        "Answer from central IT support: {answer}",
    ),
    "case.escalate.target": ("Send sagen til", "Send the case to"),
    "case.escalate.to_central": ("Central IT-support", "Central IT support"),
    "case.escalate.to_project_lead": ("Projektlederen", "The project lead"),
    "case.escalate.to_it_lead": ("Den IT-ansvarlige", "The IT lead"),
    "case.escalate.reason": (
        "Hvorfor direkte til den IT-ansvarlige? (kun hvis projektlederen ikke har haft sagen)",
        "Why straight to the IT lead? (only if the project lead has not had the case)",
    ),
    "case.button.central_answer": ("Svar fra IT-support", "Answer from IT support"),
    "case.central.answer_label": (
        "Hvad svarede IT-supporten? Medarbejderen får det at vide.",
        "What did IT support answer? The employee will be told.",
    ),
    "case.central.answer_send": ("Gem svaret", "Save the answer"),
    "case.button.ticket": ("IT-supportens sagsnummer", "IT support's ticket number"),
    "case.button.return": ("Send tilbage til superbruger", "Send back to superuser"),
    "case.return.label": (
        "Besked til superbrugeren (valgfrit)",
        "Message to the superuser (optional)",
    ),
    "case.return.send": ("Send tilbage", "Send back"),
    "escalate.how": (
        "Skriv fx «eskalér #42 til it-support: genstartet pc'en». Du kan sende til it-support, "
        "projektleder eller it-ansvarlig.",
        "Write e.g. “escalate #42 to it support: restarted the PC”. You can send to it support, "
        "project lead or it lead.",
    ),
    "escalate.which_target": (
        "Jeg kender ikke «{target}». Skriv it-support, projektleder eller it-ansvarlig.",
        "I do not know “{target}”. Write it support, project lead or it lead.",
    ),
    "escalate.refused": (
        "Sag #{number} kan kun sendes videre af teamets superbrugere og stedfortrædere, "
        "projektlederen og den IT-ansvarlige.",
        "Case #{number} can only be passed on by the team's superusers and deputies, the project "
        "lead and the IT lead.",
    ),
    "escalate.has_it": (
        "{name} har allerede sag #{number}.",
        "{name} already has case #{number}.",
    ),
    "escalate.reason_needed": (
        "Projektlederen har ikke haft sag #{number}. Skriv, hvorfor den skal direkte til den "
        "IT-ansvarlige, eller send den til projektlederen først.",
        "The project lead has not had case #{number}. Write why it must go straight to the IT "
        "lead, or send it to the project lead first.",
    ),
    "escalate.return_refused": (
        "Kun projektlederen og den IT-ansvarlige kan sende sag #{number} tilbage.",
        "Only the project lead and the IT lead can send case #{number} back.",
    ),
    "escalate.not_escalated": (
        "Sag #{number} er ikke eskaleret, så den kan ikke sendes tilbage.",
        "Case #{number} is not escalated, so it cannot be sent back.",
    ),
    "escalate.returned": (
        "Sag #{number} er sendt tilbage til superbrugeren.",
        "Case #{number} is sent back to the superuser.",
    ),
    "escalate.notice.returned": (
        "{name} har sendt sag #{number} tilbage til dig.",
        "{name} has sent case #{number} back to you.",
    ),
    "escalate.notice.returned.note": (
        "{name} har sendt sag #{number} tilbage til dig: {note}",
        "{name} has sent case #{number} back to you: {note}",
    ),
    "case.notice.returned": (
        "Din sag #{number} er tilbage hos dit teams superbruger, som har den nu.",
        "Your case #{number} is back with your team's superuser, who has it now.",
    ),
    "central.someone": ("central IT-support", "central IT support"),
    "central.mail.subject": (
        "IT-sag #{number} fra {organisation}: {category} ({team})",
        "IT case #{number} from {organisation}: {category} ({team})",
    ),
    "central.mail.body": (
        "Hej\n\nVi sender en IT-sag videre til jer.\n\nSag: #{number}, {category}\n"
        "Team: {team}\nMedarbejder: {requester} ({email})\n\nProblemet:\n{description}\n\n"
        "Det har vi prøvet:\n{tried}\n\nSend gerne jeres sagsnummer.\n\nVenlig hilsen\n"
        "{helper} ({helper_email})\nsuperbruger, {organisation}",
        "Hello\n\nWe are passing an IT case on to you.\n\nCase: #{number}, {category}\n"
        "Team: {team}\nEmployee: {requester} ({email})\n\nThe problem:\n{description}\n\n"
        "What we tried:\n{tried}\n\nPlease send us your ticket number.\n\nKind regards\n"
        "{helper} ({helper_email})\nsuperuser, {organisation}",
    ),
    "central.card.title": (
        "Sag #{number} går til {support}",
        "Case #{number} goes to {support}",
    ),
    "central.card.how": (
        "Send e-mailen, som allerede er skrevet, eller ring. Skriv så IT-supportens sagsnummer "
        "her.",
        "Send the e-mail, which is already written, or call. Then write IT support's ticket "
        "number here.",
    ),
    "central.card.phone": ("Telefon", "Phone"),
    "central.card.email": ("E-mail", "E-mail"),
    "central.card.portal": ("Portal", "Portal"),
    "central.card.ticket_label": ("IT-supportens sagsnummer", "IT support's ticket number"),
    "central.card.mail": ("Skriv e-mailen", "Write the e-mail"),
    "central.card.open_portal": ("Åbn portalen", "Open the portal"),
    "central.card.save_ticket": ("Gem sagsnummer", "Save ticket number"),
    "central.not_there": (
        "Sag #{number} er ikke hos central IT-support.",
        "Case #{number} is not with central IT support.",
    ),
    "central.bad_ticket": (
        "Et sagsnummer er bogstaver og tal uden mellemrum, fx INC0012345.",
        "A ticket number is letters and digits without spaces, e.g. INC0012345.",
    ),
    "central.ticket_saved": (
        "IT-supportens sagsnummer {ticket} er gemt på sag #{number}.",
        "IT support's ticket number {ticket} is saved on case #{number}.",
    ),
    "central.answer_how": (
        "Skriv fx «IT-support har løst #42: ny profil oprettet».",
        "Write e.g. “IT support solved #42: new profile created”.",
    ),
    "central.answer_empty": (
        "Skriv, hvad IT-supporten svarede, fx «IT-support har løst #{number}: ny profil oprettet».",
        "Write what IT support answered, e.g. “IT support solved #{number}: new profile created”.",
    ),
    "central.answer_saved": (
        "Svaret er gemt, og sag #{number} er løst. Jeg spørger {requester}, om det virker nu.",
        "The answer is saved and case #{number} is solved. I am asking {requester} whether it "
        "works now.",
    ),
    "case.notice.central": (
        "Din sag #{number} er sendt videre til {support}, som har den nu. Du hører fra mig, når "
        "de har svaret.",
        "Your case #{number} is passed on to {support}, who has it now. You will hear from me "
        "when they answer.",
    ),
    "case.notice.central_solved": (
        "{support} har løst din sag #{number}: {note}",
        "{support} has solved your case #{number}: {note}",
    ),
    "escalated.title_lead": (
        "Eskalerede sager til dig ({count})",
        "Cases escalated to you ({count})",
    ),
    "escalated.title_team": (
        "Eskalerede sager i {teams}",
        "Escalated cases in {teams}",
    ),
    "escalated.none": (
        "Der er ingen eskalerede sager lige nu.",
        "There are no escalated cases now.",
    ),
    "escalated.refused": (
        "Eskalerede sager er for superbrugerne, projektlederen ({project_lead}) og den "
        "IT-ansvarlige ({it_lead}). Skriv «mine sager» for dine egne.",
        "Escalated cases are for the superusers, the project lead ({project_lead}) and the IT "
        "lead ({it_lead}). Write “my cases” for your own.",
    ),
    "command.escalate": (
        "eskalér #42 til it-support: …",
        "escalate #42 to it support: …",
    ),
    "command.escalate.desc": (
        "Send en sag videre til central IT-support, projektleder eller it-ansvarlig, med hvad "
        "du har prøvet",
        "Pass a case on to central IT support, project lead or it lead, with what you tried",
    ),
    "command.central_answer": (
        "IT-support har løst #42: …",
        "IT support solved #42: …",
    ),
    "command.central_answer.desc": (
        "Noter central IT-supports svar; medarbejderen får besked",
        "Record central IT support's answer; the employee is told",
    ),
    "command.escalated_cases": ("eskalerede sager", "escalated cases"),
    "command.escalated_cases.desc": (
        "Sager, der er sendt videre: til dig, eller fra dit team",
        "Cases passed on: to you, or from your team",
    ),
    "case.event.central": (
        "{name} sendte sagen til central IT-support",
        "{name} passed the case to central IT support",
    ),
    "case.event.ticket": (
        "{name} noterede IT-supportens sagsnummer",
        "{name} noted IT support's ticket number",
    ),
    "case.event.central_answered": (
        "{name} noterede svaret fra IT-support",
        "{name} noted IT support's answer",
    ),
    "case.event.returned": (
        "{name} sendte sagen tilbage til superbrugeren",
        "{name} sent the case back to the superuser",
    ),
    # -- automatic escalation ----------------------------------------------------------------
    "case.thread.auto_reminded": (
        "{who}Sag #{number} fra {requester} venter stadig på at blive taget.",
        "{who}Case #{number} from {requester} is still waiting to be taken.",
    ),
    "case.thread.auto_deputy": (
        "{who}Sag #{number} fra {requester} er ikke taget endnu. Kan du som stedfortræder tage "
        "den?",
        "{who}Case #{number} from {requester} is not taken yet. Can you take it as the deputy?",
    ),
    "case.notice.auto_reminded": (
        "Din sag #{number} er ikke taget endnu, så jeg har mindet superbrugerne om den.",
        "Your case #{number} is not taken yet, so I have reminded the superusers of it.",
    ),
    "case.notice.auto_deputy": (
        "Din sag #{number} er ikke taget endnu, så jeg har bedt stedfortræderen om at tage den.",
        "Your case #{number} is not taken yet, so I have asked the deputy to take it.",
    ),
    "case.notice.auto_escalated_to_you": (
        "Sag #{number} fra {team} er ikke blevet taget i tide, så den er sendt videre til dig.",
        "Case #{number} from {team} was not taken in time, so it is passed on to you.",
    ),
    "case.notice.owner_idle": (
        "Der er ikke sket noget på sag #{number} i {days} arbejdsdage. Skriv til {requester}, "
        "løs den eller send den videre.",
        "Nothing has happened on case #{number} for {days} working days. Write to {requester}, "
        "solve it or pass it on.",
    ),
    "case.notice.central_reminder": (
        "Sag #{number} har været hos {support} i {hours} arbejdstimer uden svar. Følg op hos dem, "
        "og skriv «IT-support har løst #{number}: …», når de har svaret.",
        "Case #{number} has been with {support} for {hours} working hours without an answer. "
        "Follow up with them, and write “IT support solved #{number}: …” when they answer.",
    ),
    "case.event.auto_reminded": (
        "{name} mindede superbrugerne om sagen",
        "{name} reminded the superusers of the case",
    ),
    "case.event.auto_deputy": (
        "{name} bad stedfortræderen om at tage sagen",
        "{name} asked the deputy to take the case",
    ),
    "case.event.auto_project_lead": (
        "{name} sendte sagen videre, da ingen havde taget den i tide",
        "{name} passed the case on, as nobody had taken it in time",
    ),
    "case.event.owner_reminded": (
        "{name} mindede den, der har sagen, om den",
        "{name} reminded whoever has the case",
    ),
    "case.event.central_reminded": (
        "{name} mindede om svaret fra IT-support",
        "{name} reminded about IT support's answer",
    ),
    # -- automatic escalation among the leads ---------------------------------------------------
    "case.notice.lead_reminder": (
        "Sag #{number} fra {requester} i {team} venter stadig på, at du tager den. Tryk «Jeg "
        "tager den» på kortet, eller skriv «eskalerede sager» for at se alle dine.",
        "Case #{number} from {requester} in {team} is still waiting for you to take it. Press "
        "“I'll take it” on the card, or write “escalated cases” to see all of yours.",
    ),
    "case.notice.lead_reminded": (
        "Din sag #{number} er ikke taget endnu, så jeg har mindet {name} om den.",
        "Your case #{number} is not taken yet, so I have reminded {name} of it.",
    ),
    "case.event.lead_reminded": (
        "{name} mindede lederen, som har sagen, om den",
        "{name} reminded the lead who has the case",
    ),
    "case.event.lead_reminded_again": (
        "{name} mindede igen lederen, som har sagen, om den",
        "{name} reminded the lead who has the case once more",
    ),
    "case.event.auto_it_lead": (
        "{name} sendte sagen videre til den IT-ansvarlige, da ingen havde taget den i tide",
        "{name} passed the case on to the IT lead, as nobody had taken it in time",
    ),
}
