// Browser tests of the Today page (issue 20) in headless Debian chromium, English and Chinese:
// a rep's list, the customer page's open items, "done", the product view, a manager's summary.
// Run by tests/integration/test_today_web_e2e.sh, which passes:
//   BASE_URL     the page
//   SUBJECT      the subject of the one unanswered inquiry it imported for alice
//   PRODUCT      a model that acme has a price for
//   CHROMIUM     the browser binary (default /usr/bin/chromium)
//   SCREENSHOTS  a directory: write today-<en|zh>.png and products-<en|zh>.png there
// Prints "N passed, N failed" and exits non-zero on any failure.
"use strict";
const { chromium } = require("playwright-core");
const path = require("path");

const base = process.env.BASE_URL;
const subject = process.env.SUBJECT;
const product = process.env.PRODUCT;
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
  await page.goto(`${base}/login?lang=en`);
  await page.fill('input[name="user"]', user);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForNavigation(), page.click('#login button[type="submit"]')]);
}

async function logout(page) {
  await Promise.all([page.waitForNavigation(), page.click('form[action="/logout"] button')]);
}

async function shot(page, name, lang) {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}-${lang}.png`), fullPage: true });
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const scriptErrors = [];
  page.on("pageerror", (error) => scriptErrors.push(error.message));

  await login(page, "alice", "alice-password-1");

  await check("Today in English: the rep's unanswered inquiry", async () => {
    await page.goto(`${base}/today?lang=en`);
    assert((await page.textContent("h1")).includes("Today"), "heading");
    const section = await page.textContent("section.state-unanswered-inquiry");
    assert(section.includes("Unanswered inquiries"), `section: ${section}`);
    assert(section.includes(subject), `no ${subject}`);
    assert(section.includes("reply to the customer"), "no advice");
    assert(!(await page.$("#team")), "a rep sees no team summary");
    const nav = await page.textContent("nav");
    assert(nav.includes("Today") && nav.includes("Products"), `nav: ${nav}`);
    await shot(page, "today", "en");
  });

  await check("Today in Chinese", async () => {
    await page.goto(`${base}/today?lang=zh`);
    assert((await page.textContent("h1")).includes("今日待办"), "heading");
    const section = await page.textContent("section.state-unanswered-inquiry");
    assert(section.includes("未回复询价") && section.includes("请回复客户"), `section: ${section}`);
    assert(section.includes(subject), `no ${subject}`);
    assert((await page.textContent("section.state-unanswered-inquiry button.done")).includes("已处理"), "button");
    assert(/\d+ 小时/.test(section), `no age in hours: ${section}`);
    await shot(page, "today", "zh");
  });

  await check("the customer page shows its open items", async () => {
    await page.goto(`${base}/customers/acme?lang=en`);
    const open = await page.textContent("#open-items");
    assert(open.includes("Open items") && open.includes(subject), `open items: ${open}`);
  });

  await check("the subject opens the message", async () => {
    await page.goto(`${base}/today?lang=en`);
    await Promise.all([page.waitForNavigation(), page.click(`section.state-unanswered-inquiry td a[href^="/messages/"]`)]);
    assert((await page.textContent("main")).includes(subject), "not the inquiry");
  });

  await check("done takes the item off the list", async () => {
    await page.goto(`${base}/today?lang=en`);
    const row = await page.$(`section.state-unanswered-inquiry tr.item`);
    assert(row, "no row");
    await Promise.all([page.waitForNavigation(), row.$eval("button.done", (b) => b.click())]);
    assert(new URL(page.url()).pathname === "/today", `at ${page.url()}`);
    assert(!(await page.$("section.state-unanswered-inquiry")), "still listed");
    const customer = await page.goto(`${base}/customers/acme?lang=en`);
    assert(customer.ok(), "customer page");
    const open = await page.$("#open-items");
    assert(!open || !(await open.textContent()).includes(subject), "still on the customer page");
  });

  await check("products: every customer's latest quoted and agreed price, both languages", async () => {
    await page.goto(`${base}/products?lang=en`);
    await page.fill('input[name="q"]', product);
    await Promise.all([page.waitForNavigation(), page.press('input[name="q"]', "Enter")]);
    const rows = await page.$$("table.products tbody tr");
    assert(rows.length > 0, `no rows for ${product}`);
    const text = await page.textContent("table.products");
    assert(text.includes("Latest quote") && text.includes("Agreed price"), "no quoted/agreed columns");
    assert(/\d+\.\d\d/.test(text), "no price");
    await shot(page, "products", "en");
    await page.goto(`${base}/products?lang=zh&q=${encodeURIComponent(product)}`);
    assert((await page.textContent("table.products")).includes("最新报价"), "no Chinese columns");
    assert((await page.textContent("h1")).includes("产品比价"), "Chinese heading");
    await shot(page, "products", "zh");
  });

  await logout(page);
  await login(page, "boss", "boss-password-1");

  await check("a manager's Today: the team summary and one rep's list", async () => {
    await page.goto(`${base}/today?lang=en`);
    assert(await page.$("#team"), "no team summary");
    const team = await page.textContent("#team");
    assert(team.includes("Team summary"), `team: ${team}`);
    const link = await page.$('#team a[href^="/today?rep="]');
    if (link) {
      await Promise.all([page.waitForNavigation(), link.click()]);
      assert((await page.textContent("h1")).includes("·"), "no rep named");
    }
    await page.goto(`${base}/today?lang=zh`);
    assert((await page.textContent("#team")).includes("团队概况"), "Chinese summary");
  });

  await check("no script errors", async () => {
    assert(scriptErrors.length === 0, scriptErrors.join("; "));
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
