// The add-in manifests, checked offline: `office-addin-manifest validate` needs the internet, so the
// checks that break sideloading or the ribbon in practice are made here — on the development
// manifest and on one written for a production address from the same template (manifest.xml).
// tests/e2e/productionBuild.e2e.test.ts checks the files a real production build writes.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { addinBase, DEV_BASE, DeploymentConfigError, renderManifest } from "../scripts/deployment";
import { MIN_EXCEL_API } from "../src/domain/port/hostFeatures";

const root = join(__dirname, "..");
const template = readFileSync(join(root, "manifest.xml"), "utf8");
const PRODUCTION = "https://school.example.ru/nastavnik";

interface XmlElement {
  tag: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** fast-xml-parser's object tree as plain elements, so tests can search by tag and attribute. */
function toElements(tag: string, node: unknown): XmlElement[] {
  const nodes = Array.isArray(node) ? node : [node];
  return nodes.map((item) => {
    const element: XmlElement = { tag, attrs: {}, text: "", children: [] };
    if (typeof item !== "object" || item === null) {
      element.text = String(item ?? "");
      return element;
    }
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (key.startsWith("@_")) element.attrs[key.slice(2)] = String(value);
      else if (key === "#text") element.text = String(value);
      else element.children.push(...toElements(key, value));
    }
    return element;
  });
}

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

/** The manifest as elements with the lookups the checks need. */
function manifest(xml: string) {
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  }).parse(xml) as Record<string, unknown>;
  const officeApp = toElements("OfficeApp", parsed.OfficeApp)[0];
  const all = [officeApp, ...descendants(officeApp)];
  const byTag = (tag: string, scope: XmlElement[] = all) => scope.filter((element) => element.tag === tag);
  const one = (tag: string, scope: XmlElement[] = all) => {
    const found = byTag(tag, scope);
    expect(found).toHaveLength(1);
    return found[0];
  };
  /** Resource lookup the way Office resolves `resid`: by id among bt:Image, bt:Url and bt:String. */
  const resource = (id: string) => {
    const found = all.filter((element) => element.tag.startsWith("bt:") && element.attrs.id === id);
    expect(found).toHaveLength(1);
    return found[0];
  };
  /** Every URL in the manifest: the URL-valued elements, and anything else that looks like one. */
  const urls = () => {
    const urlTags = [
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "SourceLocation",
      "bt:Url",
      "bt:Image",
    ];
    const found = new Set<string>();
    for (const element of all) {
      if (urlTags.includes(element.tag) && element.attrs.DefaultValue !== undefined) {
        found.add(element.attrs.DefaultValue);
      }
      // Namespace names are identifiers, never fetched.
      const attrs = Object.entries(element.attrs).filter(([name]) => !name.startsWith("xmlns"));
      for (const value of [element.text, ...attrs.map(([, value]) => value)]) {
        if (/\b[a-z][a-z0-9+.-]*:\/\//i.test(value)) found.add(value);
      }
    }
    return found;
  };
  return { officeApp, all, byTag, one, resource, urls };
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature)).toBe(true);
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  ["development", DEV_BASE],
  ["production", PRODUCTION],
])("the %s manifest", (_kind, base) => {
  const xml = renderManifest(template, base);
  const m = manifest(xml);
  /** The path of a URL under the base: where the build puts the file in dist/. */
  const pathUnderBase = (url: string) => {
    expect(url.startsWith(`${base}/`)).toBe(true);
    return url.slice(base.length + 1);
  };

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("is a task pane add-in for Excel workbooks with a fixed GUID id", () => {
    expect(m.officeApp.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(m.one("Id").text).toBe("88cfa6d7-ae4b-4665-9a34-d8f8dc0ec943");
    expect(m.byTag("Host", m.officeApp.children.filter((c) => c.tag === "Hosts")[0].children)).toEqual([
      expect.objectContaining({ attrs: { Name: "Workbook" } }),
    ]);
    const overrideHosts = m.byTag("Host").filter((host) => host.attrs["xsi:type"] !== undefined);
    expect(overrideHosts.map((host) => host.attrs["xsi:type"])).toEqual(["Workbook"]);
    expect(m.one("Permissions").text).toBe("ReadWriteDocument");
    expect(m.one("DefaultLocale").text).toBe("ru-RU");
    expect(m.one("DisplayName").attrs.DefaultValue).toBe("Наставник");
  });

  it("requires the ExcelApi set the pane's feature table starts from", () => {
    const sets = m.byTag("Set", descendants(m.one("Requirements")));
    expect(sets).toEqual([
      expect.objectContaining({ attrs: { Name: "ExcelApi", MinVersion: MIN_EXCEL_API } }),
    ]);
  });

  it("puts every URL on https under the configured address; the AppDomain is its origin", () => {
    const urls = m.urls();
    expect(urls.size).toBeGreaterThanOrEqual(8);
    const origin = new URL(base).origin;
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      if (url === origin) continue;
      pathUnderBase(url);
    }
    expect(m.one("AppDomain").text).toBe(origin);
    expect(m.one("SourceLocation", m.one("DefaultSettings").children).attrs.DefaultValue).toBe(
      `${base}/taskpane.html`,
    );
    // Nothing of the development server survives in a production manifest.
    if (base !== DEV_BASE) expect(xml.replace(/<!--[\s\S]*?-->/g, "")).not.toContain("localhost");
  });

  it("points SupportUrl and «Подробнее» at the documents served with the build", () => {
    expect(m.one("SupportUrl").attrs.DefaultValue).toBe(`${base}/docs/index.html`);
    expect(m.resource("GetStarted.LearnMoreUrl").attrs.DefaultValue).toBe(`${base}/docs/index.html`);
  });

  it("puts a «Наставничество» button on the Home tab that opens the task pane", () => {
    const homeTab = m.byTag("OfficeTab").find((tab) => tab.attrs.id === "TabHome");
    expect(homeTab).toBeDefined();
    const buttons = m.byTag("Control", descendants(homeTab!)).filter((c) => c.attrs["xsi:type"] === "Button");
    expect(buttons).toHaveLength(1);
    const button = buttons[0];
    const label = m.one("Label", button.children);
    expect(m.resource(label.attrs.resid).attrs.DefaultValue).toBe("Наставничество");
    const action = m.one("Action", button.children);
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(m.one("TaskpaneId", action.children).text).toBe("ButtonId1");
    const source = m.one("SourceLocation", action.children);
    expect(m.resource(source.attrs.resid).attrs.DefaultValue).toBe(`${base}/taskpane.html`);
    expect(m.resource(m.one("FunctionFile").attrs.resid).attrs.DefaultValue).toBe(`${base}/commands.html`);
  });

  it("resolves every resid to a declared resource", () => {
    for (const element of m.all.filter((candidate) => candidate.attrs.resid !== undefined)) {
      m.resource(element.attrs.resid);
    }
  });

  it("names icons of the sizes Office wants, which the build copies from assets/", () => {
    const expectations: { url: string; size: number }[] = [
      { url: m.one("IconUrl").attrs.DefaultValue, size: 32 },
      { url: m.one("HighResolutionIconUrl").attrs.DefaultValue, size: 64 },
    ];
    // Ribbon icons: <bt:Image size="16" resid="…"/> inside <Icon>, pointing at a bt:Image resource.
    for (const icon of m.byTag("Icon")) {
      for (const image of m.byTag("bt:Image", icon.children)) {
        expectations.push({
          url: m.resource(image.attrs.resid).attrs.DefaultValue,
          size: Number(image.attrs.size),
        });
      }
    }
    // Every declared image resource, whether a control uses it or not, must be a real file.
    for (const image of m.byTag("bt:Image").filter((element) => element.attrs.id !== undefined)) {
      const declared = /(\d+)x(\d+)/.exec(image.attrs.id);
      if (declared) expectations.push({ url: image.attrs.DefaultValue, size: Number(declared[1]) });
    }

    expect(expectations.length).toBeGreaterThanOrEqual(8);
    expect(new Set(expectations.map((e) => e.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of expectations) {
      const path = pathUnderBase(url);
      expect(path).toMatch(/^assets\/icon-\d+\.png$/);
      const file = join(root, path);
      expect(existsSync(file)).toBe(true);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });
});

describe("the deployment address (ADDIN_URL)", () => {
  it("is the development server's when not set", () => {
    expect(addinBase(undefined)).toBe("https://localhost:3000");
    expect(addinBase("  ")).toBe("https://localhost:3000");
  });

  it("is kept without a trailing slash, whatever the person typed", () => {
    expect(addinBase("https://school.example.ru/nastavnik/")).toBe(PRODUCTION);
    expect(addinBase(" https://School.Example.ru ")).toBe("https://school.example.ru");
  });

  it("refuses http:// with a message that says why and what to do", () => {
    expect(() => addinBase("http://school.example.ru/nastavnik")).toThrow(DeploymentConfigError);
    expect(() => addinBase("http://school.example.ru/nastavnik")).toThrow(
      /ADDIN_URL=http:\/\/school\.example\.ru\/nastavnik: нужен адрес https:\/\/\. Excel открывает надстройки только по HTTPS/,
    );
  });

  it("refuses what is not an address, and queries, fragments and credentials", () => {
    expect(() => addinBase("school.example.ru")).toThrow(/это не адрес/);
    for (const bad of ["https://a.ru/x?v=1", "https://a.ru/x#top", "https://user:pw@a.ru/x"]) {
      expect(() => addinBase(bad)).toThrow(/не должен содержать/);
    }
  });

  it("is escaped in the XML when it holds an ampersand, so the manifest stays well-formed", () => {
    const xml = renderManifest(template, addinBase("https://a.ru/a&b"));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(manifest(xml).one("SupportUrl").attrs.DefaultValue).toBe("https://a.ru/a&b/docs/index.html");
  });
});
