"""Every text the bot shows, in Danish (first) and English."""

from __future__ import annotations

from typing import Final

DEFAULT_LANGUAGE: Final = "da"
LANGUAGES: Final = ("da", "en")

# key -> (Danish, English). Placeholders use str.format names.
CATALOGUE: Final[dict[str, tuple[str, str]]] = {
    "bot.name": ("IT-hjælp", "IT-hjælp"),
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
    # language
    "language.question": (
        "Hvilket sprog vil du have svar på? Skriv «dansk» eller «engelsk», eller tryk på en knap.",
        "Which language would you like me to answer in? Write “Danish” or “English”, "
        "or press a button.",
    ),
    "language.danish": ("Dansk", "Danish"),
    "language.english": ("Engelsk", "English"),
    "language.auto": ("Følg Teams", "Follow Teams"),
    "language.set": (
        "Fint, jeg svarer dig på dansk fra nu af.",
        "Fine, I will answer you in English from now on.",
    ),
    "language.auto_set": (
        "Fint, jeg følger sproget i din Teams fra nu af.",
        "Fine, I will follow your Teams language from now on.",
    ),
    "language.not_understood": (
        "Det forstod jeg ikke. Skriv «dansk» eller «engelsk», eller «annullér» for at lade være.",
        "I did not understand that. Write “Danish” or “English”, or “cancel” to leave it.",
    ),
    "language.cancelled": (
        "Okay, jeg lader sproget være.",
        "Okay, I will leave the language as it is.",
    ),
    # small talk and fallbacks
    "greeting": (
        "Hej {name}! Skriv «hjælp», hvis du vil se, hvad jeg kan.",
        "Hi {name}! Write “help” to see what I can do.",
    ),
    "thanks": ("Selv tak!", "You are welcome!"),
    "unknown": (
        "Det forstod jeg ikke helt. Skriv «hjælp» for at se, hvad jeg kan.",
        "I did not quite understand that. Write “help” to see what I can do.",
    ),
    "unknown.suggest": ("Mente du «{command}»?", "Did you mean “{command}”?"),
    "empty": (
        "Jeg fik en tom besked. Skriv «hjælp» for at se, hvad jeg kan.",
        "I received an empty message. Write “help” to see what I can do.",
    ),
    "card.unknown_action": (
        "Den knap kender jeg ikke længere. Skriv «hjælp» for at se, hvad jeg kan.",
        "I no longer know that button. Write “help” to see what I can do.",
    ),
    "error.general": (
        "Beklager, noget gik galt hos mig. Prøv igen om lidt.",
        "Sorry, something went wrong on my side. Please try again in a moment.",
    ),
    # welcome
    "welcome.team": (
        "Hej {team}! Jeg er IT-hjælp, jeres hjælp til IT i {org}. "
        "Skriv @IT-hjælp hjælp her i kanalen for at se, hvad jeg kan.",
        "Hello {team}! I am IT-hjælp, your help with IT at {org}. "
        "Write @IT-hjælp help in this channel to see what I can do.",
    ),
    "welcome.personal": (
        "Hej {name}! Jeg er IT-hjælp for {org}. Skriv til mig, som du ville skrive til en kollega. "
        "Skriv «hjælp» for at se, hvad jeg kan.",
        "Hi {name}! I am IT-hjælp for {org}. Write to me the way you would write to a colleague. "
        "Write “help” to see what I can do.",
    ),
    "welcome.team_linked": (
        "Jeg har koblet jer til {org_team}, og nye IT-sager kommer her i kanalen. "
        "Skriv @IT-hjælp brug denne kanal til IT-sager i en anden kanal for at flytte dem.",
        "I have linked you to {org_team}, and new IT cases will come to this channel. "
        "Write @IT-hjælp use this channel for IT cases in another channel to move them.",
    ),
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
    # absence
    "absence.not_needed": (
        "Tak for besked. Jeg holder kun styr på fravær for superbrugere, stedfortrædere og "
        "ledere, så du behøver ikke melde det her.",
        "Thanks for letting me know. I only keep track of absence for superusers, deputies and "
        "leads, so you do not need to tell me.",
    ),
    "absence.when": (
        "Hvornår er du tilbage? Skriv fx «til og med fredag», «22.-26. december» eller «uge 52».",
        "When are you back? Write for example “until Friday”, “22-26 December” or “week 52”.",
    ),
    "absence.no_date": (
        "Jeg forstod ikke datoerne. Skriv fx «væk til og med fredag» eller "
        "«ferie 22.-26. december».",
        "I did not understand the dates. Write for example “away until Friday” or "
        "“holiday 22-26 December”.",
    ),
    "absence.past": (
        "Den dato er allerede gået. Skriv en dato fra i dag og frem.",
        "That date has already passed. Write a date from today onwards.",
    ),
    "absence.end_before_start": (
        "Slutdatoen ligger før startdatoen. Prøv igen, fx «ferie 22.-26. december».",
        "The end date is before the start date. Try again, for example “holiday 22-26 December”.",
    ),
    "absence.too_long": (
        "Det er over et år. Skriv en kortere periode, eller bed din teamleder om at fjerne dig "
        "som superbruger.",
        "That is more than a year. Write a shorter period, or ask your team leader to remove you "
        "as a superuser.",
    ),
    "absence.noted": ("Noteret: du er væk {span}.", "Noted: you are away {span}."),
    "absence.later": (
        "Indtil da er du superbruger i {team} som normalt.",
        "Until then you are a superuser in {team} as usual.",
    ),
    "absence.covered": (
        "Imens hjælper {names} i {team}.",
        "Meanwhile {names} will help in {team}.",
    ),
    "absence.uncovered": (
        "Der er ingen andre i {team} imens, så sagerne går til {name}.",
        "There is nobody else in {team} meanwhile, so cases go to {name}.",
    ),
    "absence.how_back": (
        "Kommer du tilbage før tid, så skriv «tilbage igen».",
        "If you are back early, write “back again”.",
    ),
    "absence.deputy_notice": (
        "{name} er væk til og med {until}, så du er superbruger i {team} imens.",
        "{name} is away until and including {until}, so you are the superuser in {team} meanwhile.",
    ),
    "absence.welcome_back": (
        "Velkommen tilbage! Du får IT-sagerne igen fra nu af.",
        "Welcome back! You will get the IT cases again from now on.",
    ),
    "absence.was_not_away": (
        "Du var ikke meldt væk, så alt er som før.",
        "You were not marked as away, so nothing changes.",
    ),
    "absence.still_planned": (
        "Du er stadig meldt væk {span}.",
        "You are still marked as away {span}.",
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
    # the IT overview board
    "board.title": (
        "IT-oversigt for {org}: det er på vej",
        "IT overview for {org}: what is coming",
    ),
    "board.empty": (
        "Der er ikke noget på IT-oversigten endnu.",
        "There is nothing on the IT overview yet.",
    ),
    "board.status": ("Status", "Status"),
    "board.status.planned": ("planlagt", "planned"),
    "board.status.pilot": ("pilot", "pilot"),
    "board.status.rollout": ("udrulning", "rollout"),
    "board.status.live": ("i drift", "in operation"),
    "board.status.retired": ("udfaset", "retired"),
    "board.go_live": ("Forventet i drift", "Expected go-live"),
    "board.responsible": ("Ansvarlig", "Responsible"),
    "board.course_days": ("Kursusdage", "Course days"),
    "board.next_milestone": ("Næste milepæl", "Next milestone"),
    "board.follow_hint": (
        "Skriv «følg» og navnet for at få besked, når status eller dato ændres.",
        "Write “follow” and the name to hear when the status or date changes.",
    ),
    "board.none": ("ingen", "none"),
    "board.which": ("Hvilket IT-redskab? Der er {names}.", "Which IT tool? There are {names}."),
    "board.did_you_mean": (
        "Jeg kender ikke «{name}». Mente du {names}?",
        "I do not know “{name}”. Did you mean {names}?",
    ),
    "board.unknown": (
        "«{name}» er ikke på IT-oversigten. Der er {names}.",
        "“{name}” is not on the IT overview. There are {names}.",
    ),
    "board.following": (
        "Du følger nu «{name}» og får besked, når status eller dato ændres.",
        "You now follow “{name}” and will hear when its status or date changes.",
    ),
    "board.already_following": ("Du følger allerede «{name}».", "You already follow “{name}”."),
    "board.not_following": ("Du følger ikke «{name}».", "You do not follow “{name}”."),
    "board.unfollowed": ("Du følger ikke længere «{name}».", "You no longer follow “{name}”."),
    "board.refused": (
        "Kun projektlederen ({project_lead}) og den IT-vidensansvarlige kan ændre IT-oversigten.",
        "Only the project lead ({project_lead}) and the IT lead can change the IT overview.",
    ),
    "board.name_missing": (
        "Skriv navnet, fx «tilføj IT-redskab Momentum-opdatering».",
        "Write the name, e.g. “add IT tool Momentum update”.",
    ),
    "board.exists": (
        "«{name}» er allerede på IT-oversigten.",
        "“{name}” is already on the IT overview.",
    ),
    "board.added": (
        "«{name}» er tilføjet IT-oversigten. Udfyld resten her:",
        "“{name}” is added to the IT overview. Fill in the rest here:",
    ),
    "board.saved": ("«{name}» er gemt på IT-oversigten.", "“{name}” is saved on the IT overview."),
    "board.bad_date": (
        "Jeg forstod ikke datoen. Skriv fx «1. marts 2027» eller «2027-03-01».",
        "I did not understand the date. Write e.g. “1 March 2027” or “2027-03-01”.",
    ),
    "board.bad_person": (
        "«{name}» er ikke en e-mailadresse. Skriv den ansvarliges e-mail.",
        "“{name}” is not an e-mail address. Write the responsible person's e-mail.",
    ),
    "board.bad_field": (
        "Jeg forstod ikke «{part}». Brug status, dato, ansvarlig, beskrivelse, kursusdag eller "
        "milepæl.",
        "I did not understand “{part}”. Use status, date, responsible, description, course day "
        "or milestone.",
    ),
    "board.bad_status": (
        "«{status}» er ikke en status. Brug planlagt, pilot, udrulning, i drift eller udfaset.",
        "“{status}” is not a status. Use planned, pilot, rollout, in operation or retired.",
    ),
    "board.edit_title": ("Ret «{name}»", "Edit “{name}”"),
    "board.field_name": ("Navn", "Name"),
    "board.field_description": ("Beskrivelse", "Description"),
    "board.field_responsible": ("Ansvarlig (e-mail)", "Responsible (e-mail)"),
    "board.field_course_days": ("Kursusdage (én pr. linje)", "Course days (one per line)"),
    "board.field_milestones": (
        "Milepæle (én pr. linje: ÅÅÅÅ-MM-DD tekst)",
        "Milestones (one per line: YYYY-MM-DD text)",
    ),
    "board.placeholder_person": ("navn@jobcenter.dk", "name@jobcenter.dk"),
    "board.placeholder_milestone": (
        "2027-01-15 Pilot i Team Ydelse",
        "2027-01-15 Pilot in Team Ydelse",
    ),
    "board.save": ("Gem", "Save"),
    "board.now.planned": ("«{name}» er nu planlagt.", "“{name}” is now planned."),
    "board.now.pilot": ("«{name}» er nu i pilot.", "“{name}” is now in pilot."),
    "board.now.rollout": ("«{name}» bliver nu rullet ud.", "“{name}” is now rolling out."),
    "board.now.live": ("«{name}» er nu i drift.", "“{name}” is now in operation."),
    "board.now.retired": ("«{name}» er nu udfaset.", "“{name}” is now retired."),
    "board.moved": (
        "«{name}» forventes nu i drift {day}.",
        "“{name}” is now expected to go live {day}.",
    ),
    "board.undated": ("«{name}» har ikke længere en dato.", "“{name}” no longer has a date."),
    # help lines for notices and the board
    "command.broadcast": (
        "udsend: Fra mandag opdateres Momentum …",
        "broadcast: From Monday Momentum …",
    ),
    "command.broadcast.desc": (
        "Send en IT-meddelelse til alle, udvalgte teams eller roller, nu eller senere",
        "Send an IT notice to everyone, chosen teams or roles, now or later",
    ),
    "command.scheduled": ("planlagte udsendelser", "scheduled notices"),
    "command.scheduled.desc": (
        "Se og annullér planlagte meddelelser",
        "See and cancel planned notices",
    ),
    "command.board_add": ("tilføj IT-redskab Momentum-opdatering", "add IT tool Momentum update"),
    "command.board_add.desc": (
        "Sæt et nyt IT-redskab på IT-oversigten",
        "Put a new IT tool on the IT overview",
    ),
    "command.board_edit": (
        "ret IT-redskab Momentum-opdatering: status pilot; dato 1. marts 2027",
        "edit IT tool Momentum update: status pilot; date 1 March 2027",
    ),
    "command.board_edit.desc": (
        "Ret status, dato og mere på IT-oversigten",
        "Change status, date and more on the IT overview",
    ),
    "command.it_overview": ("hvad er på vej?", "what's coming?"),
    "command.it_overview.desc": (
        "Se IT-oversigten over nye IT-redskaber",
        "See the IT overview of new IT tools",
    ),
    "command.follow": ("følg Momentum-opdatering", "follow Momentum update"),
    "command.follow.desc": (
        "Få besked, når et IT-redskab skifter status eller dato",
        "Hear when an IT tool changes status or date",
    ),
}


def language_of(locale: str | None, preference: str | None = None) -> str:
    """The language to answer in: the person's own choice, else their Teams locale, else Danish."""
    if preference in LANGUAGES:
        return preference
    if locale and locale.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def text(key: str, lang: str, **values: object) -> str:
    """Look up a text in the catalogue and fill in its placeholders."""
    da, en = CATALOGUE[key]
    template = en if lang == "en" else da
    return template.format(**values) if values else template
