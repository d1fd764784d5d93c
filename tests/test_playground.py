"""The browser playground in real Chromium: a case from report to 👍, clicked on rendered cards."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from playwright.async_api import Locator, Page, async_playwright, expect

from bot.emulator import TeamsEmulator
from bot.playground import add_playground
from bot.settings import Settings
from dialogs.org_file import Organisation
from tests.cards import assert_valid_card
from tests.chat import seen
from tests.conftest import ANNE, BO, FakeClock, RunningBot
from tests.test_local_run import BotOutput, bot_env, free_port

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# `make screenshots` points this at the PNGs the README shows; a test run keeps its own.
SCREENSHOTS = Path(os.environ.get("PLAYGROUND_SCREENSHOTS") or ROOT / "tests/artifacts/playground")
# A card that does not render or a click that does nothing fails the test within this time.
WAIT_MS = 8000


@pytest.fixture
async def playground(
    settings: Settings, emulator: TeamsEmulator, clock: FakeClock, org: Organisation
) -> AsyncIterator[RunningBot]:
    """The bot with the playground added, as `make run` serves it in local mode."""
    emulator.clear()
    emulator.enforce_limits = False
    running = RunningBot(
        settings, emulator, clock, extend=lambda app: add_playground(app, emulator, org)
    )
    await running.start()
    yield running
    await running.stop()
    for record in emulator.recorded():
        for card in record.cards:
            assert_valid_card(card)


@pytest.fixture
def chromium() -> Path:
    # The browser must be there: a missing one fails the test rather than skipping it.
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing; `make test` installs Debian's chromium"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return CHROMIUM


@pytest.fixture
async def page(playground: RunningBot, chromium: Path) -> AsyncIterator[Page]:
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            page = await browser.new_page(viewport={"width": 1360, "height": 860})
            page.set_default_timeout(WAIT_MS)
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            await page.goto(f"{playground.url}/playground")
            await expect(page.locator("body[data-ready=true]")).to_have_count(1)
            yield page
            assert errors == [], f"the page threw: {errors}"
        finally:
            await browser.close()


def pane(page: Page) -> Locator:
    """The conversation the chosen person looks at."""
    return page.locator(".pane:not([hidden])")


async def choose(page: Page, name: str) -> None:
    await page.locator("#people .person", has_text=name).click()
    await expect(page.locator("#people .person.selected")).to_contain_text(name)


async def write(page: Page, text: str) -> None:
    composer = pane(page).locator("form.composer:not(.reply) input")
    await composer.fill(text)
    await composer.press("Enter")


def card_with(page: Page, text: str) -> Locator:
    """A rendered Adaptive Card (drawn by the adaptivecards renderer) that shows `text`."""
    return pane(page).locator(".card .ac-adaptiveCard", has_text=text).last


async def shot(page: Page, name: str) -> None:
    await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


async def test_a_printer_case_from_report_to_thumbs_up(playground: RunningBot, page: Page) -> None:
    await expect(page.locator("#people .person.selected")).to_contain_text("Anne Madsen")
    await write(page, "printeren siger papirstop")
    await expect(pane(page).locator(".message.from-me")).to_contain_text(
        "printeren siger papirstop"
    )
    await expect(pane(page).locator(".message.from-bot").last).to_contain_text(
        "Bo Nielsen har fået besked i Team Ydelses kanal."
    )
    await shot(page, "1-anne-reports")

    # Bo has not looked yet: the rail shows that something new is waiting for him.
    await expect(
        page.locator("#people .person", has_text="Bo Nielsen").locator(".dot")
    ).to_be_visible()
    await choose(page, "Bo Nielsen")
    general = playground.emulator.directory.team("ydelse").general.channel_id
    await page.locator(f'#conversations [data-conversation="{general}"]').click()
    post = pane(page).locator(".thread", has=page.locator(".ac-adaptiveCard", has_text="Sag #1"))
    await expect(post.locator(".mention-me", has_text="@Bo Nielsen")).to_be_visible()
    case = card_with(page, "Sag #1")
    await expect(case).to_contain_text("Printer og scanner")
    await shot(page, "2-bo-sees-the-case")
    await case.get_by_role("button", name="Jeg tager den").click()
    await expect(card_with(page, "Sag #1")).to_contain_text("Taget af Bo Nielsen")
    await expect(
        card_with(page, "Sag #1").get_by_role("button", name="Jeg tager den")
    ).to_have_count(0)

    await choose(page, "Anne Madsen")
    await expect(pane(page).locator(".message.from-bot").last).to_contain_text(
        "Bo Nielsen har taget din sag #1"
    )
    await shot(page, "3-anne-sees-it-taken")

    # Switching back keeps Bo's view: Team Ydelse's General channel, not his chat.
    await choose(page, "Bo Nielsen")
    await expect(page.locator("#conversations .conversation.selected")).to_contain_text("General")
    case = card_with(page, "Sag #1")
    await case.get_by_role("button", name="Løst").click()
    await case.get_by_label("Hvad var løsningen?").fill("Papir fjernet fra bakke 2")
    await case.get_by_role("button", name="Markér som løst").click()
    await expect(card_with(page, "Sag #1")).to_contain_text("Løst af Bo Nielsen")

    await choose(page, "Anne Madsen")
    question = card_with(page, "👍")
    await expect(pane(page).locator(".message.from-bot").last).to_contain_text(
        "Bo Nielsen har løst din sag #1: Papir fjernet fra bakke 2"
    )
    await question.get_by_role("button", name="👍 Ja, det virker").click()
    await expect(pane(page).locator(".message.from-bot").last).to_contain_text(
        "Dejligt! Sag #1 er lukket. Tak for svaret."
    )
    await shot(page, "4-anne-closes-the-case")
    closed = playground.stored.cases.get(1)
    assert (closed.status, closed.satisfied) == ("closed", True)

    await choose(page, "Bo Nielsen")
    await expect(card_with(page, "Sag #1")).to_contain_text("Lukket")
    await shot(page, "5-bo-sees-it-closed")


async def test_the_english_toggle_sets_the_locale(playground: RunningBot, page: Page) -> None:
    await choose(page, "Henrik Lund")
    await page.locator("#language").click()
    await expect(page.locator("#language")).to_have_text("Skift til dansk")
    await write(page, "help")
    await expect(card_with(page, "What IT-hjælp can do")).to_be_visible()
    await expect(pane(page).locator("form.composer input")).to_have_attribute(
        "placeholder", "Type a message to IT-hjælp"
    )


async def test_an_action_execute_reaches_the_bot_as_an_invoke(playground: RunningBot) -> None:
    api = f"{playground.url}/playground/api"
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{api}/setup") as response:
            assert response.status == 200
        said = {"as": ANNE, "text": "printeren siger papirstop", "language": "da"}
        async with session.post(f"{api}/say", json=said) as response:
            assert (await response.json())["status"] < 300
        general = playground.emulator.directory.team("ydelse").general.channel_id
        [card] = [r for r in playground.emulator.recorded(general) if "Sag #1" in seen(r)]
        pressed = {
            "as": BO,
            "verb": "case.claim",
            "data": {"case": 1},
            "conversationId": card.conversation_id,
            "activityId": card.activity_id,
        }
        async with session.post(f"{api}/execute", json=pressed) as response:
            answer = await response.json()
    assert answer["status"] == 200
    assert answer["body"]["statusCode"] == 200
    assert answer["body"]["value"] == "Du har taget sag #1. Anne Madsen har fået besked."
    assert playground.stored.cases.get(1).status == "taken"


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("say", {"as": "nobody@example.dk", "text": "hjælp"}, 404),
        ("say", {"as": ANNE, "text": "   "}, 400),
        ("say", {"as": ANNE, "text": "hej", "team": "no-such-team"}, 404),
        ("submit", {"as": BO, "value": {"action": "case.claim", "case": 1}}, 400),
        (
            "submit",
            {
                "as": BO,
                "value": {"action": "case.claim", "case": 1},
                "conversationId": "a:forged",
                "activityId": "1",
            },
            404,
        ),
        ("execute", {"as": BO, "verb": "case.claim", "data": []}, 400),
        ("say", ["not", "an", "object"], 400),
    ],
)
async def test_bad_requests_are_refused_and_change_nothing(
    playground: RunningBot, path: str, body: object, status: int
) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{playground.url}/playground/api/{path}", json=body) as response,
    ):
        answer = await response.json()
    assert response.status == status
    assert answer["error"]["message"]
    assert playground.stored.cases.all_open() == []


def test_local_mode_serves_the_playground_and_prints_its_address(tmp_path: Path) -> None:
    port = free_port()
    env = bot_env(
        PORT=str(port),
        BOT_EMULATOR_PORT=str(free_port()),
        BOT_DATA_DIR=str(tmp_path / "data"),
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    assert process.stdout is not None
    stdout = process.stdout
    output = BotOutput(lambda: stdout)
    url = f"http://127.0.0.1:{port}"
    try:
        output.wait_listening()
        with urllib.request.urlopen(f"{url}/playground", timeout=5) as response:
            html = response.read().decode("utf-8")
        assert '<script src="lib/adaptivecards.js">' in html
        with urllib.request.urlopen(
            f"{url}/playground/lib/adaptivecards.js", timeout=5
        ) as response:
            assert response.headers["Content-Type"].startswith("application/javascript")
            assert b"AdaptiveCard" in response.read()
    finally:
        process.terminate()
        process.wait(timeout=15)
    assert f"{url}/playground" in output.ended()
