"""The phone form in a real browser: Debian's chromium driven by Selenium, headless, 390x844 (a phone).

A participant taps every scale answer, ticks nothing optional, types a suggestion and sends; the
thank-you page shows and exactly one phone response is stored with what was tapped.
"""

from __future__ import annotations

import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from asn_event.db.models import QuestionKind
from asn_event.feedback import responses as fb
from asn_event.feedback import service
from asn_event.feedback.web.server import FeedbackServer

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE = (390, 844)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    assert shutil.which(CHROMEDRIVER), "chromium-driver is missing: apt-get install chromium chromium-driver"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    # Headless chromium keeps windows at least 500 px wide; the phone's viewport is emulated instead.
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": PHONE[0], "height": PHONE[1], "pixelRatio": 2.0}}
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def tap(driver, element) -> None:  # type: ignore[no-untyped-def]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def test_a_phone_fills_in_and_sends_the_form(browser, demo, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    form = service.active_form(demo.db, demo.event_id)
    suggestion = next(q for q in form.questions() if q.kind == QuestionKind.LONG_TEXT)
    with FeedbackServer(demo.db, clock, form.id, "127.0.0.1", 0) as server:
        browser.get(server.url)
        assert browser.find_element(By.TAG_NAME, "h1").text == form.title
        # the page fits the phone: no sideways scrolling
        assert browser.execute_script("return window.innerWidth") == PHONE[0]
        assert browser.execute_script("return document.documentElement.scrollWidth") <= PHONE[0]
        browser.save_screenshot(str(tmp_path / "phone-form.png"))
        # sending with nothing tapped marks the required questions and stores nothing
        tap(browser, browser.find_element(By.CSS_SELECTOR, "button.send"))
        WebDriverWait(browser, 10).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".alert")))
        assert len(browser.find_elements(By.CSS_SELECTOR, "fieldset.bad")) == sum(q.required for q in form.questions())
        assert fb.response_records(demo.db, form.id) == ()
        for q in form.questions():
            if q.is_scale:
                value = q.scale_range[1]
                tap(browser, browser.find_element(By.CSS_SELECTOR, f'input[name="q{q.id}"][value="{value}"]'))
        box = browser.find_element(By.NAME, f"q{suggestion.id}")
        tap(browser, box)
        box.send_keys("Materi bagus, waktunya kurang.")
        tap(browser, browser.find_element(By.CSS_SELECTOR, "button.send"))
        WebDriverWait(browser, 10).until(expected_conditions.url_contains("terima-kasih"))
        assert "Terima kasih" in browser.find_element(By.TAG_NAME, "h1").text
        browser.save_screenshot(str(tmp_path / "phone-thanks.png"))
    (record,) = fb.response_records(demo.db, form.id)
    assert record.source == "phone"
    assert record.answers[suggestion.id].text == "Materi bagus, waktunya kurang."
    assert all(record.answers[q.id].number == q.scale_range[1] for q in form.questions() if q.is_scale)


def test_the_english_switch_keeps_the_phone_on_the_form(browser, demo, clock) -> None:  # type: ignore[no-untyped-def]
    form = service.active_form(demo.db, demo.event_id)
    with FeedbackServer(demo.db, clock, form.id, "127.0.0.1", 0) as server:
        browser.get(server.url)
        tap(browser, browser.find_element(By.CSS_SELECTOR, "a.lang"))
        WebDriverWait(browser, 10).until(expected_conditions.url_contains("lang=en"))
        assert browser.find_element(By.CSS_SELECTOR, "button.send").text == "Send answers"
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
