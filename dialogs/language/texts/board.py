"""Texts for the IT overview board."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
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
