"""Texts for tasks the IT lead gives the project lead."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
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
}
