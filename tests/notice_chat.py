"""What the notice tests share: a lead composing a notice, and what reached whom."""

from __future__ import annotations

from bot.emulator import Recorded, TeamsEmulator
from tests.chat import Someone, seen

MOMENTUM = "Fra mandag opdateres Momentum. Gem dit arbejde fredag inden kl. 15."


def sent_to(emulator: TeamsEmulator, email: str) -> list[Recorded]:
    """The notices (and reminders of them) the bot posted in someone's 1:1 chat."""
    return [
        r
        for r in emulator.recorded(emulator.personal_conversation_id(email))
        if r.is_reply and {"IT-meddelelse", "IT notice"} & set(seen(r).splitlines())
    ]


async def meet(emulator: TeamsEmulator, *emails: str) -> None:
    """People install the app for themselves, so the bot can write to them 1:1."""
    for email in emails:
        await emulator.install_personal(email)


async def compose(mette: Someone, text: str = MOMENTUM) -> Recorded:
    turn = await mette.says(f"udsend: {text}")
    [preview] = turn.replies
    return preview


async def preview_of_form(mette: Someone, inputs: dict[str, str]) -> Recorded:
    """The preview a lead gets from the notice form ("udsend" alone) filled in with `inputs`."""
    form = (await mette.says("udsend")).replies[0]
    return (await mette.clicks("Vis forhåndsvisning", on=form, inputs=inputs)).replies[0]
