"""Texts for course days, meetings, invitations and sign-up."""

from __future__ import annotations

from typing import Final

# key -> (Danish, English). Placeholders use str.format names.
TEXTS: Final[dict[str, tuple[str, str]]] = {
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
}
