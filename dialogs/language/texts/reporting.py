"""Texts for reporting a problem and the case card."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
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
}
