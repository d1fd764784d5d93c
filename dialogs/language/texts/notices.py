"""Texts for IT change notices: composing, receiving and the author's report."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
    # IT change notices: composing
    "notice.refused": (
        "Kun projektlederen ({project_lead}) og den IT-vidensansvarlige ({it_lead}) kan sende "
        "IT-meddelelser ud.",
        "Only the project lead ({project_lead}) and the IT lead ({it_lead}) can send IT notices.",
    ),
    "compose.title": ("Ny IT-meddelelse", "New IT notice"),
    "compose.field_title": ("Overskrift", "Title"),
    "compose.field_body": ("Tekst (markdown)", "Text (markdown)"),
    "compose.field_audience": ("Til", "To"),
    "compose.field_teams": (
        "Teams (når den er til udvalgte teams)",
        "Teams (when it is for chosen teams)",
    ),
    "compose.field_roles": ("Roller (når den er til roller)", "Roles (when it is for roles)"),
    "compose.field_channels": ("Som opslag i teamets kanal", "As a post in the team's channel"),
    "compose.field_people": ("Som 1:1-besked til hver person", "As a 1:1 message to each person"),
    "compose.field_ack": ("Kræver kvittering", "Acknowledgement required"),
    "compose.field_remind": (
        "Påmind dem, der ikke har kvitteret, efter så mange arbejdsdage (0 = ingen)",
        "Remind those who have not acknowledged after this many working days (0 = none)",
    ),
    "compose.field_date": ("Send den (tom = nu)", "Send on (empty = now)"),
    "compose.field_time": ("Klokken (dansk tid)", "At (Danish time)"),
    "compose.preview": ("Vis forhåndsvisning", "Preview"),
    "compose.cancel": ("Annullér", "Cancel"),
    "compose.missing_text": (
        "Meddelelsen skal have både en overskrift og en tekst.",
        "The notice needs both a title and a text.",
    ),
    "compose.too_long": (
        "Teksten er for lang. Gør den kortere.",
        "The text is too long. Make it shorter.",
    ),
    "compose.bad_choice": (
        "Det valg kender jeg ikke. Udfyld formularen igen.",
        "I do not know that choice. Fill in the form again.",
    ),
    "compose.no_teams": ("Vælg mindst ét team.", "Choose at least one team."),
    "compose.no_roles": ("Vælg mindst én rolle.", "Choose at least one role."),
    "compose.no_way": (
        "Vælg opslag i kanalen, 1:1-beskeder eller begge dele.",
        "Choose channel posts, 1:1 messages or both.",
    ),
    "compose.bad_remind": (
        "Påmindelsen skal være mellem 0 og {most} arbejdsdage.",
        "The reminder must be between 0 and {most} working days.",
    ),
    "compose.bad_time": (
        "Jeg forstod ikke dato og klokkeslæt. Brug datovælgeren og tidsvælgeren.",
        "I did not understand the date and time. Use the date and time pickers.",
    ),
    "compose.past": (
        "Det tidspunkt er allerede passeret. Vælg et senere tidspunkt, eller lad feltet stå tomt "
        "for at sende nu.",
        "That time has already passed. Choose a later time, or leave it empty to send now.",
    ),
    "audience.everyone": ("Alle i jobcentret", "Everyone at the job centre"),
    "audience.teams": ("Udvalgte teams", "Chosen teams"),
    "audience.roles": ("Roller", "Roles"),
    "role.superusers": ("Superbrugere og stedfortrædere", "Superusers and deputies"),
    "role.leaders": ("Teamledere", "Team leaders"),
    "role.fagkoordinatorer": ("Fagkoordinatorer", "Subject coordinators"),
    "role.leads": ("Projektleder og IT-vidensansvarlig", "Project lead and IT lead"),
    "preview.title": ("Sådan ser meddelelsen ud", "This is how the notice looks"),
    "preview.audience": ("Til", "To"),
    "preview.how": ("Som", "As"),
    "preview.ack": ("Kvittering", "Acknowledgement"),
    "preview.when": ("Sendes", "Sent"),
    "preview.now": ("nu", "now"),
    "preview.at": ("{day} kl. {time}", "{day} at {time}"),
    "preview.as_channel": ("opslag i teamets kanal", "post in the team's channel"),
    "preview.as_personal": ("1:1-besked", "1:1 message"),
    "preview.yes": ("ja", "yes"),
    "preview.no": ("nej", "no"),
    "preview.ack_remind": (
        "ja, påmindelse efter {days} arbejdsdage",
        "yes, reminder after {days} working days",
    ),
    "preview.send": ("Send", "Send"),
    "preview.edit": ("Ret", "Edit"),
    "notice.sending": (
        "«{title}» er på vej til {count} modtagere. Du får en rapport, der opdateres undervejs.",
        "“{title}” is on its way to {count} recipients. You get a report that updates as it goes.",
    ),
    "notice.planned": (
        "«{title}» sendes {when}. Skriv «planlagte udsendelser» for at se eller annullere den.",
        "“{title}” goes out {when}. Write “scheduled notices” to see or cancel it.",
    ),
    "notice.already": (
        "«{title}» er allerede sendt eller planlagt.",
        "“{title}” is already sent or planned.",
    ),
    "notice.cancelled": (
        "«{title}» er annulleret og sendes ikke.",
        "“{title}” is cancelled and will not be sent.",
    ),
    "notice.cancelled_form": ("Annulleret. Intet er sendt.", "Cancelled. Nothing was sent."),
    "notice.not_cancellable": (
        "«{title}» er allerede sendt. Brug «Træk tilbage» på rapporten.",
        "“{title}” has already been sent. Use “Retract” on the report.",
    ),
    "scheduled.title": ("Planlagte udsendelser", "Scheduled notices"),
    "scheduled.cancel": ("Annullér «{title}»", "Cancel “{title}”"),
    "scheduled.none": ("Der er ingen planlagte udsendelser.", "There are no scheduled notices."),
    # IT change notices: what recipients see
    "notice.kicker": ("IT-meddelelse", "IT notice"),
    "notice.corrected": ("Rettet efter udsendelsen.", "Corrected after it was sent."),
    "notice.reminder": (
        "Påmindelse: kvittér venligst for, at du har læst denne meddelelse.",
        "Reminder: please acknowledge that you have read this notice.",
    ),
    "notice.ack_asked": (
        "Tryk «Læst og forstået», når du har læst meddelelsen.",
        "Press “Read and understood” when you have read the notice.",
    ),
    "notice.ack": ("Læst og forstået", "Read and understood"),
    "notice.ack_thanks": (
        "Tak. Din kvittering for «{title}» er noteret.",
        "Thank you. Your acknowledgement of “{title}” is noted.",
    ),
    "notice.ack_already": (
        "Du har allerede kvitteret for «{title}».",
        "You have already acknowledged “{title}”.",
    ),
    "notice.ack_refused": (
        "Den meddelelse er ikke sendt til dig, så du kan ikke kvittere for den.",
        "That notice was not sent to you, so you cannot acknowledge it.",
    ),
    "notice.is_retracted": ("«{title}» er trukket tilbage.", "“{title}” has been retracted."),
    # IT change notices: the author's report
    "report.title": ("Udsendelse: {title}", "Notice: {title}"),
    "report.sent": ("Sendt til {sent} af {total}", "Sent to {sent} of {total}"),
    "report.failed": ("{count} fejlede", "{count} failed"),
    "report.not_installed": ("{count} har ikke appen", "{count} do not have the app"),
    "report.waiting": ("{count} venter", "{count} waiting"),
    "report.acked": ("{count} har kvitteret", "{count} acknowledged"),
    "report.corrected": (
        "Rettet og opdateret hos modtagerne.",
        "Corrected and updated for the recipients.",
    ),
    "report.retracted": (
        "Trukket tilbage: fjernet {count} steder.",
        "Retracted: removed in {count} places.",
    ),
    "report.retry": ("Prøv fejlede igen", "Retry failed"),
    "report.missing": ("Vis hvem der mangler", "Show who is missing"),
    "report.correct": ("Ret", "Correct"),
    "report.retract": ("Træk tilbage", "Retract"),
    "report.retrying": (
        "Jeg prøver igen for {count} modtagere.",
        "Retrying for {count} recipients.",
    ),
    "report.nothing_to_retry": (
        "Der er ingen fejlede at prøve igen ({count}).",
        "There are no failed recipients to retry ({count}).",
    ),
    "missing.title": ("Status for «{title}»", "Status of “{title}”"),
    "missing.not_acked": (
        "Mangler at kvittere ({count}): {names}",
        "Not yet acknowledged ({count}): {names}",
    ),
    "missing.failed": ("Fejlede ({count}): {names}", "Failed ({count}): {names}"),
    "missing.not_installed": (
        "Har ikke appen ({count}): {names}",
        "Do not have the app ({count}): {names}",
    ),
    "missing.nobody": ("ingen", "nobody"),
    "missing.channel": ("kanalen i {team}", "the channel in {team}"),
    "correct.title": ("Ret meddelelsen alle steder", "Correct the notice everywhere"),
    "correct.save": ("Gem rettelse", "Save correction"),
    "correct.unchanged": ("Der er ikke ændret noget.", "Nothing was changed."),
    "correct.done": (
        "Rettelsen er på vej ud til {count} beskeder, der allerede er sendt.",
        "The correction is on its way to {count} messages already sent.",
    ),
    "retract.done": (
        "«{title}» trækkes tilbage fra {count} steder. Modtagere, der ikke har fået den endnu, får "
        "den ikke.",
        "“{title}” is being retracted from {count} places. Recipients who have not had it yet "
        "will not get it.",
    ),
}
