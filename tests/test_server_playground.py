"""
The playground page in a real browser: Debian's headless Chromium driven
by Selenium through Debian's chromedriver (never a downloaded browser).
The test types a reply as a person would and checks that the finding is
highlighted in place over the right characters, that its card shows the
code, message and why, and that one click applies its suggestion.

.ci/run installs ``chromium`` and ``chromium-driver``; the tests skip,
saying so, only where they are not installed.

``CS_LINT_SCREENSHOT=docs/server-playground.png pytest
tests/test_server_playground.py`` also writes the screenshot in docs/.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


pytest.importorskip("starlette", reason="needs the server extra")
pytest.importorskip("uvicorn", reason="needs the server extra")
webdriver = pytest.importorskip(
    "selenium.webdriver", reason="needs selenium (dev extra)"
)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

import cs_lint  # noqa: E402
from cs_lint.server._app import create_app, serving  # noqa: E402


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(DRIVER).exists()),
    reason="needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serving(create_app()) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    profile = tempfile.mkdtemp(prefix="cs-lint-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=DRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait(driver: Any, seconds: float = 20) -> Any:
    return WebDriverWait(driver, seconds)


def open_playground(browser: Any, url: str) -> Any:
    browser.get(url + "/")
    reply = wait(browser).until(ec.element_to_be_clickable((By.ID, "reply")))
    # The rules (for "why") load with the page.
    wait(browser).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )
    return reply


def marks(browser: Any) -> list[tuple[str, str]]:
    return [
        (m.get_attribute("data-codes"), m.get_attribute("textContent"))
        for m in browser.find_elements(By.CSS_SELECTOR, "#backdrop mark")
    ]


def test_typed_reply_is_highlighted_with_its_finding(browser: Any, url: str) -> None:
    reply = open_playground(browser, url)
    text = "Hi Sam, as I already told you, the refund went out on Monday."
    reply.send_keys(text)
    card = wait(browser).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "#findings .finding"))
    )
    assert card.find_element(By.CSS_SELECTOR, ".code").text == "CS103"
    [finding] = cs_lint.lint(text)
    assert card.find_element(By.CSS_SELECTOR, ".message").text == finding.message
    rule = next(r for r in cs_lint.Linter().rules if r.code == "CS103")
    wait(browser).until(lambda d: card.find_elements(By.CSS_SELECTOR, ".why"))
    assert card.find_element(By.CSS_SELECTOR, ".why").text == f"Why: {rule.why}"
    # The highlight covers exactly the excerpt, in place in the editor.
    assert marks(browser) == [("CS103", "as I already told you")]
    mark = browser.find_element(By.CSS_SELECTOR, "#backdrop mark")
    area = browser.find_element(By.ID, "reply")
    assert mark.rect["width"] > 0
    assert area.rect["x"] <= mark.rect["x"] <= area.rect["x"] + area.rect["width"]
    assert area.rect["y"] <= mark.rect["y"] <= area.rect["y"] + area.rect["height"]
    assert browser.find_element(By.ID, "status").text == "1 finding"


def test_one_click_applies_a_suggestion(browser: Any, url: str) -> None:
    reply = open_playground(browser, url)
    text = "🙂 Thanks! As I already told you, it ships Monday."
    # ChromeDriver types characters outside the BMP unreliably; set the
    # text as a paste would and let the page hear the input event.
    browser.execute_script(
        "const r = arguments[0]; r.value = arguments[1];"
        "r.dispatchEvent(new Event('input', {bubbles: true}));",
        reply,
        text,
    )
    wait(browser).until(lambda d: marks(d) == [("CS103", "As I already told you")])
    button = browser.find_element(By.CSS_SELECTOR, "#findings .finding .apply")
    [finding] = cs_lint.lint(text)
    [fix] = [s for s in finding.suggestions if s.edits]
    assert button.text.startswith(f"Apply: {fix.message}")
    button.click()
    expected = cs_lint.apply_edits(text, fix.edits)
    wait(browser).until(lambda d: reply.get_attribute("value") == expected)
    assert expected == "🙂 Thanks! It ships Monday."
    wait(browser).until(lambda d: d.find_element(By.ID, "status").text == "All clear")
    assert marks(browser) == []
    assert browser.find_elements(By.CSS_SELECTOR, "#findings .finding") == []


def test_customer_message_brings_in_conversation_rules(browser: Any, url: str) -> None:
    reply = open_playground(browser, url)
    reply.send_keys("Thank you for your feedback. Have a great day!")
    wait(browser).until(lambda d: d.find_element(By.ID, "status").text == "All clear")
    browser.find_element(By.CSS_SELECTOR, "#customer-box summary").click()
    customer = wait(browser).until(ec.element_to_be_clickable((By.ID, "customer")))
    customer.send_keys("I'm still waiting for the refund you promised last week.")
    wait(browser).until(
        lambda d: (
            "CS803"
            in [e.text for e in d.find_elements(By.CSS_SELECTOR, "#findings .code")]
        )
    )
    assert any("CS803" in codes for codes, _ in marks(browser))
    if os.environ.get("CS_LINT_SCREENSHOT"):
        _screenshot(browser, url, Path(os.environ["CS_LINT_SCREENSHOT"]))


def _screenshot(browser: Any, url: str, path: Path) -> None:
    browser.set_window_size(1280, 1180)
    reply = open_playground(browser, url)
    browser.find_element(By.CSS_SELECTOR, "#customer-box summary").click()
    browser.find_element(By.ID, "customer").send_keys(
        "Third time I'm writing about this!! My parcel is a week late."
    )
    reply.send_keys(
        "Hi Sam,\n\nAs I already told you, the parcel left our warehouse on Monday. "
        "Obviously, delays happen. I'll try to chase the courier and "
        "I guarantee it will arrive tomorrow.\n\nBest,\nAmy"
    )
    wait(browser).until(lambda d: len(marks(d)) >= 3)
    path.parent.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(path))
    browser.set_window_size(1280, 900)
