"""Texts of the help card, its command lines and Teams' command menus."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
    # help
    "help.title": ("Det kan IT-hjælp", "What IT-hjælp can do"),
    "help.intro": (
        "Jeg er IT-hjælp for {org}. Skriv til mig, som du ville skrive til en kollega.",
        "I am IT-hjælp for {org}. Write to me the way you would write to a colleague.",
    ),
    "help.commands": ("Det kan du skrive", "What you can write"),
    "help.urgent": (
        "Haster det, og kan din superbruger ikke hjælpe? Kontakt {name} på {phone} eller {url}.",
        "Urgent, and your superuser cannot help? Contact {name} on {phone} or {url}.",
    ),
    "help.in_channel": (
        "I en kanal skal du nævne mig med @IT-hjælp, ellers ser jeg ikke din besked.",
        "In a channel, mention me with @IT-hjælp, otherwise I do not see your message.",
    ),
    "help.for_superusers": ("For superbrugere", "For superusers"),
    "help.for_leaders": ("For teamledere", "For team leaders"),
    "help.for_leads": (
        "For projektleder og IT-vidensansvarlig",
        "For the project lead and IT lead",
    ),
    "command.report": ("problem med printeren", "problem with the printer"),
    "command.report.desc": (
        "Skriv bare, hvad der driller, så opretter jeg en sag og siger det til din superbruger",
        "Just write what is wrong; I open a case and tell your superuser",
    ),
    "command.my_cases": ("mine sager", "my cases"),
    "command.my_cases.desc": ("Se hvordan dine IT-sager går", "See how your IT cases are going"),
    "command.case": ("sag 42", "case 42"),
    "command.case.desc": ("Status og historik for én sag", "Status and history of one case"),
    "command.reopen": ("virker stadig ikke", "still not working"),
    "command.reopen.desc": (
        "Genåbner din senest løste sag inden for 5 arbejdsdage",
        "Reopens your last solved case within 5 working days",
    ),
    "command.team_cases": ("åbne sager", "open cases"),
    "command.team_cases.desc": (
        "Dit teams åbne sager, de hastende først",
        "Your team's open cases, urgent ones first",
    ),
    "command.all_cases": ("alle åbne sager", "all open cases"),
    "command.all_cases.desc": (
        "Alle teams' åbne sager, de hastende først",
        "Every team's open cases, urgent ones first",
    ),
    "command.who": ("hvem er min superbruger?", "who is my superuser?"),
    "command.who.desc": (
        "Se hvem der hjælper dit team med IT, også når nogen er væk",
        "See who helps your team with IT, also when someone is away",
    ),
    "command.who_team": ("hvem er superbruger i Team Unge?", "who is the superuser in Team Unge?"),
    "command.who_team.desc": ("Spørg om et andet team", "Ask about another team"),
    "command.change_team": ("skift team", "change team"),
    "command.change_team.desc": (
        "Fortæl mig, hvilket team du er i",
        "Tell me which team you are in",
    ),
    "command.away": ("jeg er væk til og med fredag", "I'm away until Friday"),
    "command.away.desc": (
        "Meld fravær, fx «ferie 22.-26. december», så tager stedfortræderen over",
        "Report an absence, e.g. “holiday 22-26 December”, and the deputy takes over",
    ),
    "command.back": ("tilbage igen", "back again"),
    "command.back.desc": ("Når du er tilbage før tid", "When you are back early"),
    "command.use_channel": (
        "@IT-hjælp brug denne kanal til IT-sager",
        "@IT-hjælp use this channel for IT cases",
    ),
    "command.use_channel.desc": (
        "Skrevet i en kanal: teamets IT-sager kommer her",
        "Written in a channel: the team's IT cases come here",
    ),
    "command.link": ("@IT-hjælp tilknyt Team Ydelse", "@IT-hjælp link to Team Ydelse"),
    "command.link.desc": (
        "Skrevet i en kanal: koble Teams-gruppen til jeres team",
        "Written in a channel: link the Teams team to your team",
    ),
    "command.add_superuser": ("tilføj superbruger @navn", "add superuser @name"),
    "command.add_superuser.desc": (
        "Eller «tilføj stedfortræder @navn»",
        "Or “add deputy @name”",
    ),
    "command.remove_superuser": ("fjern superbruger @navn", "remove superuser @name"),
    "command.remove_superuser.desc": (
        "Eller «fjern stedfortræder @navn»",
        "Or “remove deputy @name”",
    ),
    "command.portfolio": ("portefølje", "portfolio"),
    "command.portfolio.desc": (
        "Vælg hvilke problemer der går direkte til projektlederen",
        "Choose which problems go straight to the project lead",
    ),
    "command.overview": ("oversigt over superbrugere", "overview of superusers"),
    "command.overview.desc": (
        "Alle teams: superbrugere, fravær, kanaler og portefølje",
        "Every team: superusers, absence, channels and portfolio",
    ),
    "command.reload": ("genindlæs organisation", "reload organisation"),
    "command.reload.desc": (
        "Læs organisationsfilen igen efter en ændring",
        "Read the organisation file again after a change",
    ),
    "command.help": ("hjælp", "help"),
    "command.help.desc": ("Se hvad IT-hjælp kan", "See what IT-hjælp can do"),
    "command.language": ("skift sprog", "change language"),
    "command.language.desc": ("Vælg dansk eller engelsk", "Choose Danish or English"),
    # Teams' command menus (bots[0].commandLists): a title of at most 32 characters.
    "teams.who": ("hvem er min superbruger", "who is my superuser"),
    "teams.who.desc": ("Se hvem der hjælper dit team med IT", "See who helps your team with IT"),
    "teams.change_team.desc": ("Fortæl hvilket team du er i", "Tell which team you are in"),
    "teams.upcoming_courses.desc": (
        "Kursusdage du kan tilmelde dig",
        "Course days you can sign up for",
    ),
    "teams.it_overview.desc": (
        "Se de nye IT-redskaber, der er på vej",
        "See the new IT tools on their way",
    ),
    "teams.escalated_cases.desc": (
        "Superbrugere og ledere: sager sendt videre",
        "Superusers and leads: cases passed on",
    ),
    "teams.use_channel": ("brug denne kanal til IT-sager", "use this channel for IT cases"),
    "teams.use_channel.desc": (
        "Teamets IT-sager kommer i denne kanal",
        "The team's IT cases come to this channel",
    ),
    "teams.overview.desc": (
        "Alle teams: superbrugere, fravær og kanaler",
        "Every team: superusers, absence and channels",
    ),
    "teams.team_cases.desc": (
        "Teamets åbne IT-sager, de hastende først",
        "The team's open IT cases, urgent ones first",
    ),
}
