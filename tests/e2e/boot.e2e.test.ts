/**
 * The boot guard (src/boot/bootGuard.js) in the built pane, under the pages' Content-Security-Policy:
 * outside Office it says «Откройте надстройку в Excel» (never the pane's «Обновите Excel»), without
 * office.js it says the library did not load, in a webview that cannot run the bundle it says so,
 * and in Excel it steps aside for the pane. Screenshots: test-results/screenshots/boot-*.png.
 */
import { openPane, type PaneSession } from "./browser";

let pane: PaneSession;
afterEach(async () => {
  await pane?.close();
});

const message = (session: PaneSession) => session.page.locator("#boot-message");

test("in a plain browser: «Откройте надстройку в Excel» with the install guide and the file mode", async () => {
  pane = await openPane({ office: "noHost", width: 800 });
  const { page } = pane;
  await message(pane).waitFor();
  expect(await message(pane).getAttribute("data-reason")).toBe("noOffice");
  await page.getByRole("heading", { name: "Откройте надстройку в Excel" }).waitFor();
  expect(await page.getByRole("link", { name: "инструкции" }).getAttribute("href")).toBe("docs/index.html");
  expect(await page.locator("#root").isVisible()).toBe(false);
  // The pane's own host check does not run outside Office.
  expect(await page.getByText(/Обновите Excel/).count()).toBe(0);
  expect(await page.getByRole("tablist").count()).toBe(0);
  await pane.screenshot("boot-no-office");

  await page.getByRole("link", { name: "Работа с файлами без Excel" }).click();
  await page.getByRole("heading", { name: "Работа с файлами без Excel" }).waitFor();
  // The documents, served with the build as pages under the same policy.
  await page.getByRole("link", { name: "Документация «Наставника»" }).click();
  await page.getByRole("heading", { name: "Документация «Наставника»" }).waitFor();
  await page.getByRole("link", { name: "Установка и развёртывание" }).click();
  await page.getByRole("heading", { name: "Установка и развёртывание «Наставника»" }).waitFor();
  await pane.screenshot("docs-deployment");
  expect(pane.foreignRequests).toEqual([]);
});

test("office.js unreachable: says the library did not load and which address it needs", async () => {
  pane = await openPane({ office: "unreachable" });
  await message(pane).waitFor();
  expect(await message(pane).getAttribute("data-reason")).toBe("noOfficeJs");
  await pane.page.getByRole("heading", { name: "Не загрузилась библиотека Office" }).waitFor();
  expect(await message(pane).innerText()).toContain("appsforoffice.microsoft.com");
  expect(pane.foreignRequests).toEqual([]);
});

test("a webview without the ES2020 built-ins: the old-webview message, with the file mode's address", async () => {
  pane = await openPane({
    width: 320,
    // What EdgeHTML 18 lacks among the guard's checks.
    beforeLoad: (page) =>
      page.addInitScript(() => {
        delete (Object as unknown as Record<string, unknown>).fromEntries;
        delete (Promise as unknown as Record<string, unknown>).allSettled;
      }),
  });
  const { page } = pane;
  await message(pane).waitFor();
  expect(await message(pane).getAttribute("data-reason")).toBe("unsupported");
  await page.getByRole("heading", { name: "Эта версия Excel не может показать панель" }).waitFor();
  const text = await message(pane).innerText();
  expect(text).toContain("Promise.allSettled; Object.fromEntries");
  expect(text).toContain("WebView2");
  // The address is spelled out: it has to be opened in another browser.
  expect(text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/file\.html/);
  expect(await page.locator("#root").isVisible()).toBe(false);
  await pane.screenshot("boot-old-webview");
});

test("a bundle the webview cannot parse: the old-webview message once the page has loaded", async () => {
  pane = await openPane({
    beforeLoad: (page) =>
      page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript", body: "const broken = ;" }),
      ),
  });
  await message(pane).waitFor();
  expect(await message(pane).getAttribute("data-reason")).toBe("unsupported");
  expect(await message(pane).innerText()).toContain("сборка панели не запустилась");
});

test("in Excel: the guard steps aside, the pane starts under the Content-Security-Policy", async () => {
  pane = await openPane({ width: 320 });
  const { page } = pane;
  await page.getByRole("tab", { name: "Структура" }).waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: "Создать структуру" }).waitFor();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
  expect(await page.evaluate(() => (window as unknown as { __nastavnikBoot?: string }).__nastavnikBoot)).toBe(
    undefined,
  );
  // Wait past `load`, when the guard checks that the bundle started.
  await page.waitForLoadState("load");
  await page.waitForTimeout(200);
  expect(await message(pane).count()).toBe(0);
  expect(await page.getByText("Загрузка «Наставника»…").count()).toBe(0);
  expect(pane.foreignRequests).toEqual([]);
});
