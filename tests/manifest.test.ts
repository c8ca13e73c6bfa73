// The add-in manifest, checked offline: `office-addin-manifest validate` needs the internet, so the
// checks that break sideloading or the ribbon in practice are made here.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = join(__dirname, "..");
const manifestXml = readFileSync(join(root, "manifest.xml"), "utf8");

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

const parsed = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
}).parse(manifestXml) as Record<string, unknown>;
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

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature)).toBe(true);
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Icons are served by the dev server and copied into dist/ under the same path as in the repo. */
function localFileOf(url: string): string {
  return join(root, decodeURIComponent(new URL(url).pathname));
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(manifestXml)).toBe(true);
  });

  it("is a task pane add-in for Excel workbooks with a fixed GUID id", () => {
    expect(officeApp.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(one("Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(byTag("Host", officeApp.children.filter((c) => c.tag === "Hosts")[0].children)).toEqual([
      expect.objectContaining({ attrs: { Name: "Workbook" } }),
    ]);
    const overrideHosts = byTag("Host").filter((host) => host.attrs["xsi:type"] !== undefined);
    expect(overrideHosts.map((host) => host.attrs["xsi:type"])).toEqual(["Workbook"]);
    expect(one("Permissions").text).toBe("ReadWriteDocument");
    expect(one("DefaultLocale").text).toBe("ru-RU");
    expect(one("DisplayName").attrs.DefaultValue).toBe("Наставник");
  });

  it("requires ExcelApi 1.9", () => {
    const sets = byTag("Set", descendants(one("Requirements")));
    expect(sets).toEqual([expect.objectContaining({ attrs: { Name: "ExcelApi", MinVersion: "1.9" } })]);
  });

  it("uses https for every URL", () => {
    const urlTags = [
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "SourceLocation",
      "bt:Url",
      "bt:Image",
    ];
    const urls = new Set<string>();
    for (const element of all) {
      if (urlTags.includes(element.tag) && element.attrs.DefaultValue !== undefined) {
        urls.add(element.attrs.DefaultValue);
      }
      // Anything else that looks like a URL (AppDomain, future elements); namespace names are not fetched.
      const attrs = Object.entries(element.attrs).filter(([name]) => !name.startsWith("xmlns"));
      for (const value of [element.text, ...attrs.map(([, value]) => value)]) {
        if (/\b[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.add(value);
      }
    }
    expect(urls.size).toBeGreaterThanOrEqual(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    expect(one("SourceLocation", one("DefaultSettings").children).attrs.DefaultValue).toBe(
      "https://localhost:3000/taskpane.html",
    );
  });

  it("puts a «Наставничество» button on the Home tab that opens the task pane", () => {
    const homeTab = byTag("OfficeTab").find((tab) => tab.attrs.id === "TabHome");
    expect(homeTab).toBeDefined();
    const buttons = byTag("Control", descendants(homeTab!)).filter((c) => c.attrs["xsi:type"] === "Button");
    expect(buttons).toHaveLength(1);
    const button = buttons[0];
    const label = one("Label", button.children);
    expect(resource(label.attrs.resid).attrs.DefaultValue).toBe("Наставничество");
    const action = one("Action", button.children);
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(one("TaskpaneId", action.children).text).toBe("ButtonId1");
    const source = one("SourceLocation", action.children);
    expect(resource(source.attrs.resid).attrs.DefaultValue).toBe("https://localhost:3000/taskpane.html");
    expect(resource(one("FunctionFile").attrs.resid).attrs.DefaultValue).toBe(
      "https://localhost:3000/commands.html",
    );
  });

  it("resolves every resid to a declared resource", () => {
    for (const element of all.filter((candidate) => candidate.attrs.resid !== undefined)) {
      resource(element.attrs.resid);
    }
  });

  it("references icons that exist in assets/ with the declared pixel sizes", () => {
    const expectations: { url: string; size: number }[] = [
      { url: one("IconUrl").attrs.DefaultValue, size: 32 },
      { url: one("HighResolutionIconUrl").attrs.DefaultValue, size: 128 },
    ];
    // Ribbon icons: <bt:Image size="16" resid="…"/> inside <Icon>, pointing at a bt:Image resource.
    for (const icon of byTag("Icon")) {
      for (const image of byTag("bt:Image", icon.children)) {
        expectations.push({
          url: resource(image.attrs.resid).attrs.DefaultValue,
          size: Number(image.attrs.size),
        });
      }
    }
    // Every declared image resource, whether a control uses it or not, must be a real file.
    for (const image of byTag("bt:Image").filter((element) => element.attrs.id !== undefined)) {
      const declared = /(\d+)x(\d+)/.exec(image.attrs.id);
      if (declared) expectations.push({ url: image.attrs.DefaultValue, size: Number(declared[1]) });
    }

    expect(expectations.length).toBeGreaterThanOrEqual(8);
    for (const { url, size } of expectations) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/icon-\d+\.png$/);
      const file = localFileOf(url);
      expect(existsSync(file)).toBe(true);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });
});
