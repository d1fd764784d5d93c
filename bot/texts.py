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
    # reporting a problem
    "report.what": (
        "Det vil jeg gerne hjælpe med. Hvad driller? Skriv fx «printeren siger papirstop».",
        "Happy to help. What is wrong? Write e.g. “the printer says paper jam”.",
    ),
    "report.confirm": (
        "Skal jeg oprette en sag om {subject}?",
        "Shall I open a case about {subject}?",
    ),
    "report.yes": ("Ja, opret sag", "Yes, open a case"),
    "report.no": ("Nej tak", "No thanks"),
    "report.not_opened": (
        "Fint, så opretter jeg ikke noget. Skriv bare, hvis der er noget, der driller.",
        "Fine, I will not open anything. Just write if something is wrong.",
    ),
    "report.expired": (
        "Det spørgsmål er ikke aktuelt længere. Skriv gerne problemet igen.",
        "That question is no longer open. Please write the problem again.",
    ),
    "report.team_first": (
        "Når jeg ved, hvilket team du er i, sender jeg dit problem til den rigtige superbruger.",
        "Once I know your team, I send your problem to the right superuser.",
    ),
    "report.opened": (
        "Tak! Jeg har oprettet sag #{number} ({category}).",
        "Thanks! I have opened case #{number} ({category}).",
    ),
    "report.to_channel": (
        "{names} har fået besked i {team}s kanal.",
        "{names} got a message in the {team} channel.",
    ),
    "report.to_people": ("{names} har fået besked.", "{names} got a message."),
    "report.to_lead.portfolio": (
        "I {team} går den slags direkte til projektlederen, så {names} har fået besked.",
        "In {team} this kind of problem goes straight to the project lead, so {names} got a "
        "message.",
    ),
    "report.to_lead.nobody": (
        "Ingen af {team}s superbrugere er her i dag, så {names} har fået besked.",
        "None of {team}'s superusers are in today, so {names} got a message.",
    ),
    "report.nobody": (
        "Jeg kunne ikke finde nogen til at tage den. Kontakt IT-supporten direkte, hvis det "
        "haster.",
        "I could not find anyone to take it. Contact IT support directly if it is urgent.",
    ),
    "report.urgent": ("Jeg har markeret den som hastende.", "I have marked it as urgent."),
    "report.next": (
        "Du får besked her, når nogen tager den, og hver gang der sker noget. Skriv «mine sager» "
        "for at se, hvordan det går.",
        "I will tell you here when someone takes it, and whenever something happens. Write "
        "“my cases” to see how it is going.",
    ),
    "report.masked": (
        "Jeg har skjult {count} CPR-nummer, for borgeres personnumre må ikke stå i en IT-sag.",
        "I have hidden {count} CPR number(s): citizens' personal numbers must not be in an IT "
        "case.",
    ),
    "report.cut": (
        "Beskrivelsen var meget lang, så jeg har gemt de første 4.000 tegn.",
        "The description was very long, so I kept the first 4,000 characters.",
    ),
    "report.flood": (
        "Du har oprettet mange sager på meget kort tid, så jeg venter lidt med at oprette flere. "
        "Prøv igen om et minut – eller skriv det hele i én besked.",
        "You have opened many cases in a very short time, so I will wait a little before opening "
        "more. Try again in a minute – or put it all in one message.",
    ),
    # the case card
    "case.category.andet": ("Andet", "Other"),
    "case.card.title": ("Sag #{number} · {category}", "Case #{number} · {category}"),
    "case.card.urgent": ("Haster", "Urgent"),
    "case.card.status": ("Status", "Status"),
    "case.card.from": ("Fra", "From"),
    "case.card.team": ("Team", "Team"),
    "case.card.reported": ("Meldt", "Reported"),
    "case.card.similar": (
        "Ligner sag #{number}, som er meldt for nylig.",
        "Looks like case #{number}, reported recently.",
    ),
    "case.card.merged": ("Også meldt som {numbers}.", "Also reported as {numbers}."),
    "case.status.new": ("Ny, venter på en superbruger", "New, waiting for a superuser"),
    "case.status.taken": ("Taget af {owner}", "Taken by {owner}"),
    "case.status.waiting": ("Venter på svar fra {requester}", "Waiting for {requester}"),
    "case.status.escalated": ("Eskaleret, venter på at blive taget", "Escalated, waiting"),
    "case.status.escalated_taken": ("Eskaleret, taget af {owner}", "Escalated, taken by {owner}"),
    "case.status.resolved": ("Løst af {owner}", "Solved by {owner}"),
    "case.status.resolved_anyone": ("Løst", "Solved"),
    "case.status.closed": ("Lukket", "Closed"),
    "case.status.merged": ("Samlet i sag #{into}", "Merged into case #{into}"),
    "case.button.claim": ("Jeg tager den", "I'll take it"),
    "case.button.write": ("Skriv til medarbejder", "Write to employee"),
    "case.write.label": ("Din besked til medarbejderen", "Your message to the employee"),
    "case.write.send": ("Send besked", "Send message"),
    "case.button.resolve": ("Løst", "Solved"),
    "case.resolve.label": ("Hvad var løsningen? (valgfrit)", "What was the fix? (optional)"),
    "case.resolve.send": ("Markér som løst", "Mark as solved"),
    "case.button.escalate": ("Eskalér", "Escalate"),
    "case.escalate.label": ("Hvad har du prøvet?", "What have you tried?"),
    "case.escalate.send": ("Send videre", "Pass it on"),
    "case.button.merge": ("Saml i #{number}", "Merge into #{number}"),
    "case.post.channel": (
        "{who}Ny IT-sag #{number} fra {requester}.",
        "{who}New IT case #{number} from {requester}.",
    ),
    "case.post.urgent": (
        "{who}Hastende IT-sag #{number} fra {requester}.",
        "{who}Urgent IT case #{number} from {requester}.",
    ),
    "case.post.direct": (
        "IT-sag #{number} fra {requester} venter på dig.",
        "IT case #{number} from {requester} is waiting for you.",
    ),
    "case.works.question": ("Virker det nu? (sag #{number})", "Does it work now? (case #{number})"),
    "case.works.yes": ("👍 Ja, det virker", "👍 Yes, it works"),
    "case.works.no": ("👎 Nej, stadig ikke", "👎 No, still not"),
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
    # course days and meetings
    "event.refused": (
        "Kun projektlederen ({project_lead}) og den IT-vidensansvarlige ({it_lead}) kan planlægge "
        "kursusdage og møder.",
        "Only the project lead ({project_lead}) and the IT lead ({it_lead}) can plan course days "
        "and meetings.",
    ),
    "event.kind.course": ("Kursusdag", "Course day"),
    "event.kind.meeting": ("Møde", "Meeting"),
    "event.form_title.course": ("Ny kursusdag", "New course day"),
    "event.form_title.meeting": ("Nyt møde", "New meeting"),
    "event.confirm_title.course": (
        "Skal jeg oprette kursusdagen?",
        "Shall I create the course day?",
    ),
    "event.confirm_title.meeting": ("Skal jeg oprette mødet?", "Shall I create the meeting?"),
    "event.confirm_hint": (
        "Intet er gemt eller sendt endnu. Tryk «Opret», så sender jeg invitationen.",
        "Nothing is saved or sent yet. Press “Create” and I will send the invitation.",
    ),
    "event.create": ("Opret", "Create"),
    "event.discard": ("Annullér", "Cancel"),
    "event.discarded": ("Okay, jeg har ikke oprettet noget.", "Okay, I have not created anything."),
    "event.field.kind": ("Slags", "Kind"),
    "event.field.title": ("Titel", "Title"),
    "event.field.date": ("Dato", "Date"),
    "event.field.start": ("Starter", "Starts"),
    "event.field.end": ("Slutter", "Ends"),
    "event.field.when": ("Hvornår", "When"),
    "event.field.place": ("Sted", "Place"),
    "event.field.place_hint": (
        "Mødelokale, adresse eller link til Teams-møde",
        "Meeting room, address or Teams meeting link",
    ),
    "event.field.description": ("Beskrivelse", "Description"),
    "event.field.teams": ("Inviter hele teams", "Invite whole teams"),
    "event.field.roles": ("Inviter alle med en rolle", "Invite everyone with a role"),
    "event.field.people": (
        "Inviter personer (e-mailadresser, adskilt af komma)",
        "Invite people (e-mail addresses, separated by commas)",
    ),
    "event.field.audience": ("For", "For"),
    "event.field.capacity": ("Antal pladser (0 = ingen grænse)", "Places (0 = no limit)"),
    "event.field.places": ("Pladser", "Places"),
    "event.field.reminders": ("Påmindelser", "Reminders"),
    "event.field.repeats": ("Gentages", "Repeats"),
    "event.repeats.monthly": ("Hver måned", "Every month"),
    "event.repeats.weekly": ("Hver uge", "Every week"),
    "event.reminders_before": ("{offsets} før", "{offsets} before"),
    "event.no_reminders": ("Ingen", "None"),
    "role.superuser": ("Superbrugere", "Superusers"),
    "role.deputy": ("Stedfortrædere", "Deputies"),
    "role.leader": ("Teamledere", "Team leaders"),
    "role.fagkoordinator": ("Fagkoordinatorer", "Subject coordinators"),
    "offset.day": ("{count} dag", "{count} day"),
    "offset.days": ("{count} dage", "{count} days"),
    "offset.hour": ("{count} time", "{count} hour"),
    "offset.hours": ("{count} timer", "{count} hours"),
    "offset.minutes": ("{count} minutter", "{count} minutes"),
    "event.example.course": (
        "Skriv fx «opret kursusdag Momentum-opdatering 8. december kl 9-12 i mødelokale 2 for "
        "Team Ydelse og Team Unge», eller bare «opret kursusdag» for at få en formular.",
        "Write for example “create course day Momentum update 8 December at 9-12 in meeting "
        "room 2 for Team Ydelse and Team Unge”, or just “create course day” to get a form.",
    ),
    "event.example.meeting": (
        "Skriv fx «opret møde Status på Momentum 3. december kl 13-14 for teamledere», "
        "«opret møde superbrugermøde første tirsdag i måneden kl. 10», eller bare «opret møde» "
        "for at få en formular.",
        "Write for example “create meeting Momentum status 3 December at 13-14 for team "
        "leaders”, “create meeting superuser meeting first Tuesday of the month at 10”, or just "
        "“create meeting” to get a form.",
    ),
    "event.no_title": ("Hvad skal den hedde? Skriv en titel.", "What is it called? Write a title."),
    "event.no_date": ("Jeg kunne ikke finde datoen.", "I could not find the date."),
    "event.no_time": (
        "Jeg kunne ikke finde tidspunktet, fx «kl 9-12».",
        "I could not find the time, for example “at 9-12”.",
    ),
    "event.bad_time": (
        "Det tidspunkt findes ikke. Skriv fx «kl 9-12» eller «kl. 13.30».",
        "That time does not exist. Write for example “at 9-12” or “at 13:30”.",
    ),
    "event.end_before_start": (
        "Sluttidspunktet ligger før starttidspunktet. Prøv igen, fx «kl 9-12».",
        "The end is before the start. Try again, for example “at 9-12”.",
    ),
    "event.past": (
        "Det tidspunkt er allerede gået. Vælg en dato og et tidspunkt, der ikke er passeret.",
        "That time has already passed. Choose a date and time still to come.",
    ),
    "event.no_audience": (
        "Hvem skal inviteres? Skriv teams, roller eller personer efter «for».",
        "Who should be invited? Write teams, roles or people after “for”.",
    ),
    "event.bad_number": (
        "Antal pladser og påmindelser skal være hele tal, fx 20 pladser.",
        "Places and reminders must be whole numbers, for example 20 places.",
    ),
    "event.bad_form": (
        "Det kunne jeg ikke bruge. Skriv «opret kursusdag» eller «opret møde» for at starte "
        "forfra.",
        "I could not use that. Write “create course day” or “create meeting” to start again.",
    ),
    "event.already_created": (
        "Den er allerede oprettet, og invitationen er sendt.",
        "It is already created, and the invitation has been sent.",
    ),
    "event.created.course": (
        "Kursusdagen «{title}» {when} er oprettet, og invitationen er sendt. "
        "Jeg minder de tilmeldte om den.",
        "The course day “{title}” {when} is created, and the invitation has been sent. "
        "I will remind the people who sign up.",
    ),
    "event.created.meeting": (
        "Mødet «{title}» {when} er oprettet, og invitationen er sendt. "
        "Jeg minder de inviterede om det.",
        "The meeting “{title}” {when} is created, and the invitation has been sent. "
        "I will remind the people invited.",
    ),
    "event.cancelled.course": (
        "Kursusdagen «{title}» er aflyst, og alle inviterede og tilmeldte får besked.",
        "The course day “{title}” is cancelled, and everyone invited or signed up is told.",
    ),
    "event.cancelled.meeting": (
        "Mødet «{title}» er aflyst, og alle inviterede får besked.",
        "The meeting “{title}” is cancelled, and everyone invited is told.",
    ),
    "event.moved.course": (
        "Kursusdagen «{title}» er flyttet til {when}, og alle inviterede og tilmeldte får besked.",
        "The course day “{title}” has moved to {when}, and everyone invited or signed up is told.",
    ),
    "event.moved.meeting": (
        "Mødet «{title}» er flyttet til {when}, og alle inviterede får besked.",
        "The meeting “{title}” has moved to {when}, and everyone invited is told.",
    ),
    "event.move_how": (
        "Skriv fx «flyt kursusdagen Momentum-opdatering til 10. december kl 9-12».",
        "Write for example “move the course day Momentum update to 10 December at 9-12”.",
    ),
    "event.move_recurring": (
        "Et møde, der gentages, kan jeg ikke flytte. Aflys det, og opret det igen med det nye "
        "tidspunkt.",
        "I cannot move a repeating meeting. Cancel it, and create it again at the new time.",
    ),
    "events.none_planned": (
        "Der er ingen kommende kursusdage eller møder.",
        "There are no upcoming course days or meetings.",
    ),
    "event.which": (
        "Hvilken? Jeg kender disse: {titles}.",
        "Which one? I know these: {titles}.",
    ),
    "event.moved_notice.course": (
        "Kursusdagen «{title}» er flyttet. Den er nu {when}.",
        "The course day “{title}” has moved. It is now {when}.",
    ),
    "event.moved_notice.meeting": (
        "Mødet «{title}» er flyttet. Det er nu {when}.",
        "The meeting “{title}” has moved. It is now {when}.",
    ),
    "event.cancelled_notice.course": (
        "Kursusdagen «{title}» {when} er aflyst.",
        "The course day “{title}” {when} is cancelled.",
    ),
    "event.cancelled_notice.meeting": (
        "Mødet «{title}» {when} er aflyst.",
        "The meeting “{title}” {when} is cancelled.",
    ),
    "event.reminder.course": (
        "Påmindelse: du er tilmeldt kursusdagen «{title}» {when}.",
        "Reminder: you are signed up for the course day “{title}” {when}.",
    ),
    "event.reminder.meeting": (
        "Påmindelse: mødet «{title}» er {when}.",
        "Reminder: the meeting “{title}” is {when}.",
    ),
    "event.reminder_place": ("Sted: {place}.", "Place: {place}."),
    "event.unknown": (
        "Den kursusdag eller det møde kender jeg ikke. Skriv «kommende kurser» for at se, hvad "
        "der er planlagt.",
        "I do not know that course day or meeting. Write “upcoming courses” to see what is "
        "planned.",
    ),
    "event.was_cancelled": ("«{title}» er aflyst.", "“{title}” is cancelled."),
    "event.over": ("«{title}» er allerede begyndt.", "“{title}” has already begun."),
    # invitations and sign-up
    "invite.title.course": ("Kursusdag: {title}", "Course day: {title}"),
    "invite.title.meeting": ("Møde: {title}", "Meeting: {title}"),
    "invite.places": ("{free} ledige", "{free} left"),
    "invite.by": ("Inviteret af {name}.", "Invited by {name}."),
    "invite.sign_up": ("Tilmeld", "Sign up"),
    "invite.sign_off": ("Afmeld", "Cancel"),
    "invite.calendar": ("Føj til Outlook", "Add to Outlook"),
    "signup.done.course": (
        "Du er tilmeldt kursusdagen «{title}» {when}. Jeg minder dig om den.",
        "You are signed up for the course day “{title}” {when}. I will remind you.",
    ),
    "signup.done.meeting": (
        "Fint, du deltager i mødet «{title}» {when}. Jeg minder dig om det.",
        "Fine, you are coming to the meeting “{title}” {when}. I will remind you.",
    ),
    "signup.already.course": (
        "Du er allerede tilmeldt kursusdagen «{title}» {when}.",
        "You are already signed up for the course day “{title}” {when}.",
    ),
    "signup.already.meeting": (
        "Du er allerede tilmeldt mødet «{title}» {when}.",
        "You are already signed up for the meeting “{title}” {when}.",
    ),
    "signup.waitlisted": (
        "«{title}» er fuldt booket, så du står på venteliste som nummer {place}. "
        "Jeg skriver til dig, hvis der bliver en plads.",
        "“{title}” is fully booked, so you are number {place} on the waiting list. "
        "I will write to you if a place opens up.",
    ),
    "signup.already_waiting": (
        "Du står allerede på ventelisten til «{title}» som nummer {place}.",
        "You are already number {place} on the waiting list for “{title}”.",
    ),
    "signup.cancelled.course": (
        "Du er afmeldt kursusdagen «{title}».",
        "You are no longer signed up for the course day “{title}”.",
    ),
    "signup.cancelled.meeting": (
        "Du er afmeldt mødet «{title}».",
        "You are no longer signed up for the meeting “{title}”.",
    ),
    "signup.left_waitlist": (
        "Du er taget af ventelisten til «{title}».",
        "You are off the waiting list for “{title}”.",
    ),
    "signup.not_signed_up": (
        "Du var ikke tilmeldt «{title}», så der er intet at afmelde.",
        "You were not signed up for “{title}”, so there is nothing to cancel.",
    ),
    "signup.declined": (
        "Fint, jeg noterer, at du ikke deltager i «{title}», og sender dig ikke påmindelser.",
        "Fine, I note that you are not coming to “{title}”, and will not send you reminders.",
    ),
    "signup.promoted.course": (
        "Der er blevet en plads: du er nu tilmeldt kursusdagen «{title}» {when}.",
        "A place opened up: you are now signed up for the course day “{title}” {when}.",
    ),
    "signup.promoted.meeting": (
        "Der er blevet en plads: du er nu tilmeldt mødet «{title}» {when}.",
        "A place opened up: you are now signed up for the meeting “{title}” {when}.",
    ),
    # lists of course days and meetings
    "events.upcoming_title": ("Kommende kursusdage", "Upcoming course days"),
    "events.mine_title": ("Dine kursusdage", "Your course days"),
    "events.no_courses": (
        "Der er ingen kommende kursusdage lige nu.",
        "There are no upcoming course days right now.",
    ),
    "events.no_own_courses": (
        "Du er ikke tilmeldt nogen kommende kursusdage. Skriv «kommende kurser» for at se dem.",
        "You are not signed up for any upcoming course days. Write “upcoming courses” to see them.",
    ),
    "events.no_meeting": (
        "Du er ikke inviteret til nogen kommende møder.",
        "You are not invited to any upcoming meetings.",
    ),
    "events.status_signed_up": ("Du er tilmeldt.", "You are signed up."),
    "events.status_waiting": (
        "Du står på venteliste som nummer {place}.",
        "You are number {place} on the waiting list.",
    ),
    "events.status_open": ("Der er plads til alle.", "There is room for everyone."),
    "events.status_free": ("{free} ledige pladser.", "{free} places left."),
    "events.status_full": (
        "Fuldt booket: tilmeld dig ventelisten.",
        "Fully booked: join the waiting list.",
    ),
    # tasks the IT lead delegates
    "task.refused": (
        "Det er den IT-vidensansvarlige ({it_lead}), der giver opgaver til projektlederen.",
        "It is the IT lead ({it_lead}) who gives tasks to the project lead.",
    ),
    "task.no_deadline": (
        "Hvornår er fristen? Skriv fx «opgave til projektlederen: opdatér IT-oversigten, frist "
        "fredag».",
        "When is the deadline? Write for example “task for the project lead: update the IT "
        "overview, deadline Friday”.",
    ),
    "task.no_title": (
        "Hvad er opgaven? Skriv fx «opgave til projektlederen: opdatér IT-oversigten, frist "
        "fredag».",
        "What is the task? Write for example “task for the project lead: update the IT "
        "overview, deadline Friday”.",
    ),
    "task.past": (
        "Fristen er allerede gået. Skriv en frist fra i dag og frem.",
        "That deadline has already passed. Write a deadline from today onwards.",
    ),
    "task.sent": (
        "Opgaven «{title}» er sendt til {name} med frist {deadline}. "
        "Jeg minder {name} om den {reminder}.",
        "The task “{title}” has been sent to {name}, due {deadline}. "
        "I will remind {name} on {reminder}.",
    ),
    "task.sent_no_reminder": (
        "Opgaven «{title}» er sendt til {name} med frist {deadline}.",
        "The task “{title}” has been sent to {name}, due {deadline}.",
    ),
    "task.card_title": ("Ny opgave fra {name}", "New task from {name}"),
    "task.deadline_line": (
        "Frist: {deadline}. Fra {by} til {to}.",
        "Due: {deadline}. From {by} to {to}.",
    ),
    "task.done_button": ("Udført", "Done"),
    "task.unknown": (
        "Den opgave kender jeg ikke. Skriv «mine opgaver» for at se dine.",
        "I do not know that task. Write “my tasks” to see yours.",
    ),
    "task.already_done": (
        "«{title}» er allerede meldt udført.",
        "“{title}” is already marked as done.",
    ),
    "task.marked_done": (
        "Tak! «{title}» er meldt udført.",
        "Thanks! “{title}” is marked as done.",
    ),
    "task.done_notice": (
        "{name} har udført opgaven «{title}».",
        "{name} has done the task “{title}”.",
    ),
    "task.reminder": (
        "Påmindelse: fristen for «{title}» er i morgen (næste arbejdsdag).",
        "Reminder: “{title}” is due on the next working day.",
    ),
    "task.none_open": ("Du har ingen åbne opgaver.", "You have no open tasks."),
    "task.list_title": ("Åbne opgaver", "Open tasks"),
    "command.create_course": (
        "opret kursusdag Momentum 8. december kl 9-12 for Team Ydelse",
        "create course day Momentum 8 December at 9-12 for Team Ydelse",
    ),
    "command.create_course.desc": (
        "Planlæg en kursusdag og inviter; «opret kursusdag» alene giver en formular",
        "Plan a course day and invite people; “create course day” alone gives a form",
    ),
    "command.create_meeting": (
        "opret møde superbrugermøde første tirsdag i måneden kl. 10",
        "create meeting superuser meeting first Tuesday of the month at 10",
    ),
    "command.create_meeting.desc": (
        "Et møde, også et der gentages; «opret møde» alene giver en formular",
        "A meeting, also one that repeats; “create meeting” alone gives a form",
    ),
    "command.move_event": (
        "flyt kursusdagen Momentum til 10. december kl 9-12",
        "move the course day Momentum to 10 December at 9-12",
    ),
    "command.move_event.desc": (
        "Eller «aflys Momentum»; alle berørte får besked",
        "Or “cancel meeting Momentum”; everyone affected is told",
    ),
    "command.delegate_task": (
        "opgave til projektlederen: opdatér IT-oversigten, frist fredag",
        "task for the project lead: update the IT overview, deadline Friday",
    ),
    "command.delegate_task.desc": (
        "Den IT-vidensansvarlige giver en opgave; projektlederen bliver mindet om den",
        "The IT lead hands over a task; the project lead is reminded of it",
    ),
    "command.upcoming_courses": ("kommende kurser", "upcoming courses"),
    "command.upcoming_courses.desc": (
        "Se de planlagte kursusdage og tilmeld dig",
        "See the planned course days and sign up",
    ),
    "command.my_courses": ("mine kurser", "my courses"),
    "command.my_courses.desc": (
        "De kursusdage, du er tilmeldt eller venter på",
        "The course days you are signed up or waiting for",
    ),
    "command.next_meeting": ("næste møde", "next meeting"),
    "command.next_meeting.desc": (
        "Dit næste møde om IT, fx superbrugermødet",
        "Your next IT meeting, such as the superuser meeting",
    ),
    "command.my_tasks": ("mine opgaver", "my tasks"),
    "command.my_tasks.desc": (
        "De åbne opgaver, du har fået eller givet",
        "The open tasks you were given or handed out",
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
    # the browser playground (local mode)
    "playground.title": (
        "IT-hjælp – prøv botten i browseren",
        "IT-hjælp – try the bot in the browser",
    ),
    "playground.note": (
        "Lokal prøve: intet her sendes til Microsoft Teams.",
        "Local trial: nothing here is sent to Microsoft Teams.",
    ),
    "playground.people": ("Hvem er du?", "Who are you?"),
    "playground.role.employee": ("Medarbejder", "Employee"),
    "playground.role.superuser": ("Superbruger", "Superuser"),
    "playground.role.leader": ("Teamleder", "Team leader"),
    "playground.role.project_lead": ("IT-projektleder", "IT project lead"),
    "playground.role.it_lead": ("IT-vidensansvarlig", "IT lead"),
    "playground.chat": ("Chat", "Chat"),
    "playground.teams": ("Teams", "Teams"),
    "playground.compose.chat": ("Skriv en besked til IT-hjælp", "Type a message to IT-hjælp"),
    "playground.compose.post": (
        "Start et nyt opslag – IT-hjælp bliver nævnt",
        "Start a new post – IT-hjælp is mentioned",
    ),
    "playground.compose.reply": ("Svar", "Reply"),
    "playground.send": ("Send", "Send"),
    "playground.empty.chat": (
        "Ingen beskeder endnu. Skriv fx »hjælp« eller »printeren siger papirstop«.",
        "No messages yet. Try “help” or “the printer has a paper jam”.",
    ),
    "playground.empty.channel": ("Ingen opslag endnu.", "No posts yet."),
    "playground.switch_language": ("Switch to English", "Skift til dansk"),
    "playground.offline": (
        "Forbindelsen til botten er afbrudt – prøver igen …",
        "Lost the connection to the bot – trying again …",
    ),
    "playground.failed": ("Det gik ikke: {reason}", "That did not work: {reason}"),
    "playground.updated": ("Redigeret", "Edited"),
    "playground.deleted": ("Denne besked er slettet.", "This message was deleted."),
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
