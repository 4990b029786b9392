"""The Dagster UI in a real browser: the webserver serves the project's
definitions, headless Chromium (Debian's chromium and chromium-driver)
opens the asset graph, and every asset and its checks must be on it.
Skipped only when Chromium is absent outside CI; under CI=true a missing
Chromium fails the test."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BIN_DIR, PROJECT_DIR
from etl.definitions import defs

GROUPS = ("extract", "normalize", "load")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--window-size=1920,2600",  # tall enough for the whole graph at a readable zoom
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chromium() -> tuple[str, str]:
    browser, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (browser and driver):
        message = "Debian's chromium and chromium-driver are not installed (.ci/run installs them)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return browser, driver


@pytest.fixture(scope="module")
def webserver(tmp_path_factory) -> str:
    home = tmp_path_factory.mktemp("dagster_home")
    shutil.copy(PROJECT_DIR / "dagster.yaml", home / "dagster.yaml")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "DAGSTER_DISABLE_TELEMETRY": "1",
        "CABLES_WAREHOUSE": str(home / "warehouse"),
    }
    env.pop("CABLES_SOURCE", None)
    url = f"http://127.0.0.1:{free_port()}"
    log_path = home / "webserver.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen(
            [str(BIN_DIR / "dagster-webserver"), "-m", "etl.definitions", "-h", "127.0.0.1", "-p", url.rsplit(":", 1)[1]],
            cwd=home, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        try:
            _wait_until_serving(server, url, log_path)
            yield url
        finally:
            # The webserver and the code server it starts share its process group.
            os.killpg(server.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.wait(timeout=30)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGKILL)  # whatever is left of the group
            server.wait()


def _wait_until_serving(server: subprocess.Popen, url: str, log_path: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail("dagster-webserver exited:\n" + log_path.read_text(errors="replace")[-3000:])
        try:
            with urllib.request.urlopen(f"{url}/server_info", timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"dagster-webserver did not answer within {timeout:.0f} s")


@pytest.fixture
def driver(chromium, tmp_path):
    browser, chromedriver = chromium
    options = Options()
    options.binary_location = browser
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    # An explicit driver path: Selenium Manager never runs, nothing is downloaded.
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def checks_by_asset() -> dict[str, list[str]]:
    """Every asset (named as in URLs: parquet/cables) and the names of its checks, from the definitions."""
    graph = defs().resolve_asset_graph()
    checks = {key.to_user_string(): [] for key in graph.get_all_asset_keys()}
    for check in graph.asset_check_keys:
        checks[check.asset_key.to_user_string()].append(check.name)
    return checks


def shown_titles(driver) -> Counter:
    """Titles of the nodes on the graph: group names and the last part of each asset key."""
    return Counter(e.get_attribute("data-tooltip") for e in driver.find_elements(By.CSS_SELECTOR, "[data-tooltip]"))


def check_summaries(driver) -> dict[str, str]:
    """The asset check summary of each node ("0 / 3 Passed"), by asset: it links to the asset's checks."""
    summaries = {}
    for link in driver.find_elements(By.CSS_SELECTOR, "a[href$='?view=checks']"):
        asset = link.get_attribute("href").split("/assets/", 1)[1].removesuffix("?view=checks")
        summaries[asset] = link.text
    return summaries


def settle(driver, condition, timeout: float) -> None:
    """Wait until the condition holds or the time is up; the assertions that follow say what is missing."""
    with contextlib.suppress(TimeoutException):
        WebDriverWait(driver, timeout).until(condition)


def test_asset_graph_shows_every_asset_and_its_checks(chromium, webserver, driver, tmp_path):
    # chromium comes first: without it the test is skipped before the webserver starts.
    checks = checks_by_asset()
    titles = Counter(asset.rsplit("/", 1)[-1] for asset in checks)
    with_checks = {asset: names for asset, names in checks.items() if names}
    assert {"cable_files", "parquet/cables", "warehouse/cables"} <= set(checks) and with_checks

    driver.get(f"{webserver}/asset-groups")
    WebDriverWait(driver, 120).until(lambda d: all(shown_titles(d)[g] for g in GROUPS))
    # A fresh Dagster instance greets its first visitor with a dialog over the graph.
    skip = (By.XPATH, "//button[normalize-space()='Skip']")
    with contextlib.suppress(TimeoutException):
        WebDriverWait(driver, 10).until(EC.element_to_be_clickable(skip)).click()
        WebDriverWait(driver, 10).until(EC.invisibility_of_element_located(skip))
    # Groups start collapsed; "Expand all groups" is Alt+E.
    ActionChains(driver).key_down(Keys.ALT).send_keys("e").key_up(Keys.ALT).perform()
    settle(
        driver,
        lambda d: all(shown_titles(d)[t] >= n for t, n in titles.items()) and set(with_checks) <= set(check_summaries(d)),
        timeout=60,
    )
    screenshot = tmp_path / "asset-graph.png"
    driver.save_screenshot(str(screenshot))
    print(f"screenshot: {screenshot}")

    shown = shown_titles(driver)
    for title, n in titles.items():
        assert shown[title] >= n, f"{n} asset(s) named {title} expected on the graph, {shown[title]} shown"
    summaries = check_summaries(driver)
    for asset, names in with_checks.items():
        assert f"/ {len(names)}" in summaries.get(asset, ""), f"{asset}: {len(names)} checks expected, graph shows {summaries.get(asset)!r}"
    x = {g: driver.find_element(By.CSS_SELECTOR, f"[data-tooltip='{g}']").location["x"] for g in GROUPS}
    assert sorted(GROUPS, key=x.get) == list(GROUPS), f"the groups should read left to right: {x}"
    assert screenshot.stat().st_size > 10_000

    # The checks themselves, by name, on the page of the asset with the most.
    asset, names = max(with_checks.items(), key=lambda item: len(item[1]))
    driver.get(f"{webserver}/assets/{asset}?view=checks")
    settle(driver, lambda d: all(name in d.find_element(By.TAG_NAME, "body").text for name in names), timeout=120)
    body = driver.find_element(By.TAG_NAME, "body").text
    assert [name for name in names if name not in body] == [], f"checks of {asset} missing from its page"
