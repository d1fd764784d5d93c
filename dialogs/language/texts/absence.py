"""Texts for superusers who are away and back."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
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
}
