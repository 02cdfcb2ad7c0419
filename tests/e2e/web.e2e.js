// Browser tests of the reps' web page: headless Debian chromium driven by playwright-core.
// Run by tests/integration/test_web_e2e.sh, which serves a test archive and passes:
//   BASE_URL     the page, e.g. http://127.0.0.1:40123
//   EXPECTED     JSON {"<message>/<idx>": "<sha256 of the archived attachment file>"}
//   CHROMIUM     the browser binary (default /usr/bin/chromium)
//   SCREENSHOTS  a directory: write a PNG of each page in English and Chinese there
// Prints "N passed, N failed" and exits non-zero on any failure.
"use strict";
const { chromium } = require("playwright-core");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const base = process.env.BASE_URL;
const expected = JSON.parse(process.env.EXPECTED || "{}");
const shots = process.env.SCREENSHOTS || "";
let passed = 0;
let failed = 0;

async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok: ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL: ${name}: ${error.message}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function login(page, user, password) {
  await page.fill('input[name="user"]', user);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForNavigation(), page.click('#login button[type="submit"]')]);
}

async function screenshot(page, name) {
  if (!shots) return;
  for (const lang of ["en", "zh"]) {
    const url = new URL(page.url());
    url.searchParams.set("lang", lang);
    await page.goto(url.toString());
    await page.screenshot({ path: path.join(shots, `${name}-${lang}.png`), fullPage: true });
  }
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: "en-US",
    viewport: { width: 1280, height: 860 },
  });
  const page = await context.newPage();
  const scriptErrors = [];
  page.on("pageerror", (error) => scriptErrors.push(error.message));
  page.on("dialog", (dialog) => {
    scriptErrors.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });

  await check("a logged-out request gets the login page", async () => {
    const response = await page.goto(`${base}/customers/acme`);
    assert(response.ok(), `status ${response.status()}`);
    assert(new URL(page.url()).pathname === "/login", `at ${page.url()}`);
    assert(await page.isVisible('input[type="password"]'), "no password field");
    if (shots) {
      await page.screenshot({ path: path.join(shots, "login-en.png") });
      await page.goto(`${base}/login?lang=zh&next=%2Fcustomers%2Facme`);
      await page.screenshot({ path: path.join(shots, "login-zh.png") });
      await page.goto(`${base}/login?lang=en&next=%2Fcustomers%2Facme`);
    }
  });

  await check("a wrong password is refused", async () => {
    await login(page, "alice", "not-her-password");
    assert(new URL(page.url()).pathname === "/login", "not on the login page");
    assert((await page.textContent("[role=alert]")).includes("Wrong"), "no message");
  });

  await check("log in", async () => {
    await login(page, "alice", "alice-password-1");
    assert(new URL(page.url()).pathname === "/customers/acme", `at ${page.url()}`);
    assert((await page.textContent("h1")).includes("ACME"), "not ACME's page");
  });

  await check("search in Chinese", async () => {
    await page.goto(`${base}/search`);
    await page.fill('input[name="q"]', "报价");
    await Promise.all([page.waitForNavigation(), page.press('input[name="q"]', "Enter")]);
    const marks = await page.$$eval("mark", (nodes) => nodes.map((n) => n.textContent));
    assert(marks.includes("报价"), `marks: ${marks.join(",")}`);
    assert((await page.$$("li.hit")).length > 0, "no hits");
    await screenshot(page, "search");
  });

  await check("search in English with a filter control", async () => {
    await page.goto(`${base}/search?lang=en`);
    await page.fill('input[name="q"]', "gate valves");
    await Promise.all([page.waitForNavigation(), page.press('input[name="q"]', "Enter")]);
    const hits = await page.$$("li.hit");
    assert(hits.length > 0, "no hits for gate valves");
    await Promise.all([page.waitForNavigation(), page.selectOption('select[name="kind"]', "quote")]);
    assert(page.url().includes("kind=quote"), "filter did not apply");
    const kinds = await page.$$eval("li.hit .kind", (nodes) => nodes.map((n) => n.className));
    assert(kinds.length > 0, "no quote hits");
  });

  await check("open a customer and see the price list", async () => {
    await page.goto(`${base}/search?q=gate`);
    await Promise.all([page.waitForNavigation(), page.click('li.hit a[href="/customers/acme"]')]);
    assert((await page.textContent("h1")).includes("ACME"), "not ACME");
    const rows = await page.$$("#prices table.prices tbody tr");
    assert(rows.length > 0, "empty price list");
    const text = await page.textContent("#prices");
    assert(/\d+\.\d\d/.test(text), "no prices shown");
    assert((await page.$$("#prices svg.spark, #prices td")).length > 0, "no table cells");
    assert((await page.$$("#timeline tbody tr")).length > 0, "empty timeline");
    await screenshot(page, "customer");
  });

  await check("download an attachment, SHA-256 equal to the archived file", async () => {
    await page.goto(`${base}/customers/acme?lang=en`);
    const link = await page.$("#documents a.file");
    assert(link, "no document link");
    const href = await link.getAttribute("href");
    const key = href.replace("/messages/", "").replace("/attachments/", "/");
    assert(expected[key], `no expected hash for ${key}`);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const file = await download.path();
    const hash = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
    assert(hash === expected[key], `sha256 ${hash} != ${expected[key]}`);
  });

  await check("read a message", async () => {
    await page.goto(`${base}/customers/acme?lang=en`);
    await Promise.all([page.waitForNavigation(), page.click("#timeline tbody tr a")]);
    assert(new URL(page.url()).pathname.startsWith("/messages/"), `at ${page.url()}`);
    assert(await page.isVisible("dl.headers"), "no headers");
    await screenshot(page, "message");
  });

  await check("a rep cannot open another rep's customer by URL", async () => {
    const response = await page.goto(`${base}/customers/twprecision`);
    assert(response.status() === 404, `status ${response.status()}`);
    const text = await page.textContent("main");
    assert(!text.includes("台灣精密"), "customer shown");
  });

  await check("roster page, sortable", async () => {
    await page.goto(`${base}/roster?lang=en`);
    assert((await page.$$("table.roster tbody tr")).length > 0, "empty roster");
    await page.click("table.roster thead th:nth-child(4)");
    const sorted = await page.getAttribute("table.roster thead th:nth-child(4)", "aria-sort");
    assert(sorted === "ascending", `aria-sort ${sorted}`);
    await screenshot(page, "roster");
  });

  await check("hostile mail HTML runs nothing", async () => {
    await page.goto(`${base}/search?q=hostile`);
    await Promise.all([page.waitForNavigation(), page.click("li.hit a.subject")]);
    await page.waitForTimeout(500);
    assert(await page.isVisible(".notice.blocked"), "no remote-content notice");
    assert((await page.title()) !== "pwned", "script ran");
    const frame = page.frames().find((f) => f.url().endsWith("/html"));
    assert(frame, "no mail frame");
    assert((await frame.content()).includes("Dear Alice"), "mail text missing");
    assert(scriptErrors.length === 0, `scripts or dialogs: ${scriptErrors.join("; ")}`);
  });

  await check("log out", async () => {
    await Promise.all([page.waitForNavigation(), page.click('form[action="/logout"] button')]);
    const response = await page.goto(`${base}/customers/acme`);
    assert(new URL(page.url()).pathname === "/login", `at ${page.url()} (${response.status()})`);
  });

  await browser.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.log(`FAIL: ${error.stack || error}`);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
