"""Texts about teams, their superusers, links, portfolios, the overview and the org file."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
    # teams: which one a person is in
    "team.question": (
        "Hvilket team i {org} er du i? Så kan jeg finde din superbruger. Jeg husker dit svar.",
        "Which team at {org} are you in? Then I can find your superuser. I will remember it.",
    ),
    "team.current": ("Lige nu er du i {team}.", "Right now you are in {team}."),
    "team.label": ("Team", "Team"),
    "team.choose": ("Vælg", "Choose"),
    "team.chosen": (
        "Fint, du er nu i {team}. Det husker jeg. Skriv «skift team», hvis det ændrer sig.",
        "Fine, you are now in {team}. I will remember that. Write “change team” if it changes.",
    ),
    "team.pick_one": (
        "Vælg et team på listen, og tryk på knappen igen.",
        "Choose a team from the list and press the button again.",
    ),
    "team.unknown_suggest": (
        "Jeg kender ikke et team, der hedder «{team}». Mente du {suggestions}?",
        "I do not know a team called “{team}”. Did you mean {suggestions}?",
    ),
    "team.unknown_list": (
        "Jeg kender ikke et team, der hedder «{team}». Teamene er: {teams}.",
        "I do not know a team called “{team}”. The teams are: {teams}.",
    ),
    # who is my superuser
    "superuser.one": (
        "Superbruger i {team}: {names}.",
        "Superuser in {team}: {names}.",
    ),
    "superuser.many": (
        "Superbrugere i {team}: {names}.",
        "Superusers in {team}: {names}.",
    ),
    "superuser.none_named": (
        "{team} har ingen superbruger.",
        "{team} has no superuser.",
    ),
    "superuser.away": (
        "{name} er væk til og med {until}.",
        "{name} is away until and including {until}.",
    ),
    "superuser.deputy": ("Stedfortræder: {names}.", "Deputy: {names}."),
    "superuser.deputy_standing_in": (
        "Imens tager stedfortræderen over: {names}.",
        "Meanwhile the deputy takes over: {names}.",
    ),
    "superuser.fallback": (
        "Der er ingen superbruger i {team} lige nu, så projektlederen hjælper jer: {names}.",
        "There is no superuser in {team} right now, so the project lead helps you: {names}.",
    ),
    "superuser.fallback_it_lead": (
        "Der er ingen superbruger i {team} lige nu, og projektlederen er væk, "
        "så den IT-vidensansvarlige hjælper jer: {names}.",
        "There is no superuser in {team} right now and the project lead is away, "
        "so the IT lead helps you: {names}.",
    ),
    "superuser.reach": (
        "Skriv til dem i Teams eller på mail.",
        "Write to them in Teams or by e-mail.",
    ),
    # linking Teams teams and channels
    "link.question": (
        "Hvilket team i {org} arbejder i «{teams_team}»? "
        "Så ved jeg, hvem der skal have IT-sagerne.",
        "Which team at {org} works in “{teams_team}”? Then I know who should get the IT cases.",
    ),
    "link.question_hint": (
        "Du kan også skrive @IT-hjælp tilknyt Team Ydelse.",
        "You can also write @IT-hjælp link to Team Ydelse.",
    ),
    "link.button": ("Tilknyt", "Link"),
    "link.only_in_channel": (
        "Det skal skrives i den kanal, hvor teamet arbejder, fx «@IT-hjælp tilknyt Team Ydelse».",
        "Write that in the channel where the team works, "
        "for example “@IT-hjælp link to Team Ydelse”.",
    ),
    "link.which_team": (
        "Hvilket team? Skriv fx «@IT-hjælp tilknyt Team Ydelse».",
        "Which team? Write for example “@IT-hjælp link to Team Ydelse”.",
    ),
    "link.done": (
        "{team} er nu tilknyttet her, og nye IT-sager kommer i denne kanal.",
        "{team} is now linked here, and new IT cases will come to this channel.",
    ),
    "link.moved": (
        "{team} er nu flyttet hertil, og nye IT-sager kommer i denne kanal.",
        "{team} has now moved here, and new IT cases will come to this channel.",
    ),
    "link.channel_set": (
        "Fint, nye IT-sager for {team} kommer i denne kanal fra nu af.",
        "Fine, new IT cases for {team} will come to this channel from now on.",
    ),
    "link.channel_unlinked": (
        "Denne Teams-gruppe er ikke tilknyttet et team endnu. Skriv fx "
        "«@IT-hjælp tilknyt Team Ydelse» først.",
        "This Teams team is not linked to a team yet. First write for example "
        "“@IT-hjælp link to Team Ydelse”.",
    ),
    "link.channel_which_team": (
        "Her arbejder {teams}. Skriv hvilket, fx «@IT-hjælp brug denne kanal til IT-sager for "
        "Team Ydelse».",
        "{teams} work here. Say which, for example “@IT-hjælp use this channel for IT cases for "
        "Team Ydelse”.",
    ),
    "link.refused": (
        "Det kan kun {team}s teamleder, superbrugere og stedfortrædere ({names}), "
        "projektlederen ({project_lead}) eller den IT-vidensansvarlige ({it_lead}) gøre.",
        "Only the team leader, superusers and deputies of {team} ({names}), the project lead "
        "({project_lead}) or the IT lead ({it_lead}) can do that.",
    ),
    # team leaders manage their team
    "manage.which_team": (
        "Hvilket team? Skriv fx «tilføj superbruger @Navn i Team Ydelse».",
        "Which team? Write for example “add superuser @Name in Team Ydelse”.",
    ),
    "manage.refused": (
        "Det kan kun teamlederen for {team} ({leaders}), projektlederen ({project_lead}) eller "
        "den IT-vidensansvarlige ({it_lead}) gøre. Spørg en af dem.",
        "Only the team leader of {team} ({leaders}), the project lead ({project_lead}) or the "
        "IT lead ({it_lead}) can do that. Ask one of them.",
    ),
    "manage.already_superuser": (
        "{name} er allerede superbruger.",
        "{name} is already a superuser.",
    ),
    "manage.already_deputy": ("{name} er allerede stedfortræder.", "{name} is already a deputy."),
    "manage.not_superuser": ("{name} er ikke superbruger.", "{name} is not a superuser."),
    "manage.not_deputy": ("{name} er ikke stedfortræder.", "{name} is not a deputy."),
    "manage.superuser_added": (
        "{name} er nu superbruger i {team}.",
        "{name} is now a superuser in {team}.",
    ),
    "manage.superuser_removed": (
        "{name} er ikke længere superbruger i {team}.",
        "{name} is no longer a superuser in {team}.",
    ),
    "manage.deputy_added": (
        "{name} er nu stedfortræder i {team}.",
        "{name} is now a deputy in {team}.",
    ),
    "manage.deputy_removed": (
        "{name} er ikke længere stedfortræder i {team}.",
        "{name} is no longer a deputy in {team}.",
    ),
    "manage.no_superusers_left": (
        "{team} har nu ingen superbruger, så IT-sager går til stedfortræderen "
        "eller projektlederen.",
        "{team} now has no superuser, so IT cases go to the deputy or the project lead.",
    ),
    "manage.notice_superuser_added": (
        "{by} har gjort dig til superbruger i {team}. Tak fordi du hjælper dine kolleger!",
        "{by} has made you a superuser in {team}. Thank you for helping your colleagues!",
    ),
    "manage.notice_superuser_removed": (
        "{by} har fjernet dig som superbruger i {team}.",
        "{by} has removed you as a superuser in {team}.",
    ),
    "manage.notice_deputy_added": (
        "{by} har gjort dig til stedfortræder i {team}. Du tager over, når superbrugeren er væk.",
        "{by} has made you a deputy in {team}. You take over when the superuser is away.",
    ),
    "manage.notice_deputy_removed": (
        "{by} har fjernet dig som stedfortræder i {team}.",
        "{by} has removed you as a deputy in {team}.",
    ),
    # people named in commands
    "person.missing": (
        "Hvem? Nævn personen med @, eller skriv navnet eller e-mailadressen.",
        "Who? Mention the person with @, or write their name or e-mail address.",
    ),
    "person.unknown": (
        "Jeg kan ikke finde «{name}». Nævn personen med @, eller skriv e-mailadressen.",
        "I cannot find “{name}”. Mention the person with @, or write their e-mail address.",
    ),
    "person.unknown_suggest": (
        "Jeg kan ikke finde «{name}». Mente du {suggestions}?",
        "I cannot find “{name}”. Did you mean {suggestions}?",
    ),
    "person.unknown_address": (
        "Jeg kender ikke adressen «{address}». Tjek stavningen, eller nævn personen med @ i "
        "teamets kanal.",
        "I do not know the address “{address}”. Check the spelling, or mention the person with @ "
        "in the team's channel.",
    ),
    "person.unknown_address_suggest": (
        "Jeg kender ikke adressen «{address}». Mente du {suggestion}?",
        "I do not know the address “{address}”. Did you mean {suggestion}?",
    ),
    "portfolio.which_team": (
        "Hvilket team? Skriv fx «portefølje for Team Ydelse».",
        "Which team? Write for example “portfolio for Team Ydelse”.",
    ),
    "superuser.deputy_instead": (
        "{team} har ingen superbruger, så stedfortræderen hjælper jer: {names}.",
        "{team} has no superuser, so the deputy helps you: {names}.",
    ),
    "person.unresolved": (
        "Teams fortalte mig ikke, hvem {name} er. Skriv e-mailadressen i stedet.",
        "Teams did not tell me who {name} is. Write their e-mail address instead.",
    ),
    # portfolio
    "portfolio.title": ("Portefølje for {team}", "Portfolio of {team}"),
    "portfolio.intro": (
        "Slå de slags problemer til, som skal gå direkte til projektlederen ({project_lead}) i "
        "stedet for til jeres superbrugere.",
        "Switch on the kinds of problems that should go straight to the project lead "
        "({project_lead}) instead of to your superusers.",
    ),
    "portfolio.save": ("Gem", "Save"),
    "portfolio.saved": (
        "Gemt. I {team} går disse direkte til {project_lead}: {categories}. "
        "Alt andet går til superbrugerne.",
        "Saved. In {team} these go straight to {project_lead}: {categories}. "
        "Everything else goes to the superusers.",
    ),
    "portfolio.saved_none": (
        "Gemt. I {team} går alle IT-problemer til superbrugerne først.",
        "Saved. In {team} every IT problem goes to the superusers first.",
    ),
    # overview
    "overview.title": ("Superbrugere i {org}", "Superusers at {org}"),
    "overview.refused": (
        "Oversigten er for teamledere, projektlederen ({project_lead}) og den "
        "IT-vidensansvarlige ({it_lead}). Skriv «hvem er min superbruger» for at se din egen.",
        "The overview is for team leaders, the project lead ({project_lead}) and the IT lead "
        "({it_lead}). Write “who is my superuser” to see your own.",
    ),
    "overview.superusers": ("Superbrugere", "Superusers"),
    "overview.deputies": ("Stedfortrædere", "Deputies"),
    "overview.away": ("Væk", "Away"),
    "overview.away_until": ("{name} til og med {until}", "{name} until {until}"),
    "overview.helps_today": ("Hjælper i dag", "Helps today"),
    "overview.channel": ("Kanal til sager", "Case channel"),
    "overview.channel_in": ("«{channel}» i {team}", "“{channel}” in {team}"),
    "overview.not_linked": ("Ikke tilknyttet", "Not linked"),
    "overview.installed": ("IT-hjælp installeret", "IT-hjælp installed"),
    "overview.yes": ("Ja", "Yes"),
    "overview.no": ("Nej", "No"),
    "overview.portfolio": ("Direkte til projektlederen", "Straight to the project lead"),
    "overview.none": ("ingen", "none"),
    # reloading the org file
    "reload.refused": (
        "Kun projektlederen ({project_lead}) og den IT-vidensansvarlige ({it_lead}) kan "
        "genindlæse organisationen.",
        "Only the project lead ({project_lead}) and the IT lead ({it_lead}) can reload the "
        "organisation.",
    ),
    "reload.done": (
        "Organisationen er genindlæst: {teams} teams, {categories} kategorier og {people} "
        "personer. Ændringer fra chatten gælder stadig.",
        "The organisation is reloaded: {teams} teams, {categories} categories and {people} "
        "people. Changes made in chat still apply.",
    ),
    "reload.failed": (
        "Organisationsfilen har {count} fejl, så jeg beholder den gamle:\n{problems}",
        "The organisation file has {count} problem(s), so I keep the old one:\n{problems}",
    ),
    "reload.more": (
        "… og {count} mere. Kør «python -m bot org check» for at se dem alle.",
        "… and {count} more. Run “python -m bot org check” to see them all.",
    ),
}
