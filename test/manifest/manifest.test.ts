/**
 * Offline checks of manifest.xml (Microsoft's validator is an online service). They cover what makes
 * an add-in fail to load: element order, resource ids, the shared-runtime wiring and the icons.
 */
import { readFileSync } from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";

/** An element as xml2js gives it with `explicitChildren` + `preserveChildrenOrder`. */
interface Node {
  "#name": string;
  $?: Record<string, string>;
  $$?: Node[];
  _?: string;
}

let root: Node;

beforeAll(async () => {
  const doc = await parseStringPromise(MANIFEST, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
    strict: true,
  });
  root = doc.OfficeApp as Node;
});

const children = (node: Node): Node[] => node.$$ ?? [];
const childNames = (node: Node): string[] => children(node).map((c) => c["#name"]);

function child(node: Node, name: string): Node {
  const found = children(node).filter((c) => c["#name"] === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${node["#name"]}>, found ${found.length}`);
  return found[0];
}

function at(node: Node, ...names: string[]): Node {
  return names.reduce(child, node);
}

function all(node: Node, predicate: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (predicate(node)) out.push(node);
  for (const c of children(node)) all(c, predicate, out);
  return out;
}

/** `true` when `names` appear in the order of `order` (each name must be listed there). */
function inOrder(names: string[], order: string[]): boolean {
  const positions = names.map((n) => order.indexOf(n));
  return positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]));
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const resources = () => at(root, "VersionOverrides", "Resources");
const resourceIds = (group: string) =>
  new Map(children(child(resources(), group)).map((n) => [n.$?.id ?? "", n] as [string, Node]));
const versionHost = () => at(root, "VersionOverrides", "Hosts", "Host");

describe("manifest.xml", () => {
  it("is a well-formed TaskPaneApp manifest in the 1.1 schema", () => {
    expect(root.$?.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(root.$?.["xsi:type"]).toBe("TaskPaneApp");
  });

  it("rejects a malformed copy (the parser really checks well-formedness)", async () => {
    await expect(parseStringPromise(MANIFEST.replace("</Hosts>", ""), { strict: true })).rejects.toThrow();
  });

  it("has a GUID Id and a four-part Version", () => {
    expect(child(root, "Id")._).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(child(root, "Version")._).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("lists the base elements in the schema's order", () => {
    const schemaOrder = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
    ];
    expect(inOrder(childNames(root), schemaOrder)).toBe(true);
  });

  it("names the product and describes it in English with a Chinese override", () => {
    expect(child(root, "ProviderName")._).toBe("CDP");
    expect(child(root, "DisplayName").$?.DefaultValue).toBe("CDP 客户发展计划 / Customer Development Planning");
    const description = child(root, "Description");
    expect(description.$?.DefaultValue).toMatch(/^[\x20-\x7e]+$/);
    const zh = child(description, "Override");
    expect(zh.$?.Locale).toBe("zh-CN");
    expect(zh.$?.Value).toMatch(/[\u4e00-\u9fff]/);
  });

  it("targets Excel workbooks, reads and writes the document, and has no extra app domains", () => {
    expect(at(root, "Hosts", "Host").$?.Name).toBe("Workbook");
    expect(child(root, "Permissions")._).toBe("ReadWriteDocument");
    expect(childNames(root)).not.toContain("AppDomains");
  });

  it("requires the SharedRuntime 1.1 requirement set", () => {
    const sets = children(at(root, "Requirements", "Sets")).map((s) => s.$);
    expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
  });

  it("requires ExcelApi 1.9, the oldest set with every call the Excel adapter makes (Range.getTables)", () => {
    const sets = children(at(root, "Requirements", "Sets")).map((s) => s.$);
    expect(sets).toContainEqual({ Name: "ExcelApi", MinVersion: "1.9" });
  });

  it("puts <Runtimes> first inside the workbook <Host>", () => {
    expect(versionHost().$?.["xsi:type"]).toBe("Workbook");
    expect(childNames(versionHost())[0]).toBe("Runtimes");
  });

  it("shares one long-lived runtime between the task pane and the custom functions", () => {
    const runtime = at(versionHost(), "Runtimes", "Runtime");
    expect(runtime.$?.lifetime).toBe("long");
    const functions = child(versionHost(), "AllFormFactors");
    const cf = children(functions).find((n) => n.$?.["xsi:type"] === "CustomFunctions");
    expect(cf).toBeDefined();
    const page = at(cf as Node, "Page", "SourceLocation").$?.resid;
    const functionFile = at(versionHost(), "DesktopFormFactor", "FunctionFile").$?.resid;
    const taskpaneActions = all(versionHost(), (n) => n["#name"] === "Action" && n.$?.["xsi:type"] === "ShowTaskpane");
    expect(taskpaneActions.length).toBeGreaterThan(0);
    const actionPages = taskpaneActions.map((a) => at(a, "SourceLocation").$?.resid);
    expect([page, functionFile, ...actionPages]).toEqual(Array(2 + actionPages.length).fill(runtime.$?.resid));
    expect(resourceIds("bt:Urls").get(runtime.$?.resid ?? "")?.$?.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  it("opens the task pane without a TaskpaneId, as advised for a long-lived runtime", () => {
    expect(all(versionHost(), (n) => n["#name"] === "TaskpaneId")).toHaveLength(0);
  });

  it("points the custom functions at functions.js and functions.json in the CDP namespace", () => {
    const cf = children(child(versionHost(), "AllFormFactors")).find((n) => n.$?.["xsi:type"] === "CustomFunctions");
    const urls = resourceIds("bt:Urls");
    const url = (...names: string[]) => urls.get(at(cf as Node, ...names).$?.resid ?? "")?.$?.DefaultValue;
    expect(url("Script", "SourceLocation")).toBe(`${DEV_URL}functions.js`);
    expect(url("Metadata", "SourceLocation")).toBe(`${DEV_URL}functions.json`);
    const namespace = at(cf as Node, "Namespace").$?.resid ?? "";
    expect(resourceIds("bt:ShortStrings").get(namespace)?.$?.DefaultValue).toBe("CDP");
  });

  it("has one ribbon button, labelled CDP, that shows the task pane", () => {
    const controls = all(versionHost(), (n) => n["#name"] === "Control");
    expect(controls).toHaveLength(1);
    expect(controls[0].$?.["xsi:type"]).toBe("Button");
    expect(resourceIds("bt:ShortStrings").get(at(controls[0], "Label").$?.resid ?? "")?.$?.DefaultValue).toBe("CDP");
    expect(at(controls[0], "Action").$?.["xsi:type"]).toBe("ShowTaskpane");
  });

  it("resolves every resid to a resource of the right kind", () => {
    const kinds: Record<string, string> = {};
    for (const [group, kind] of [
      ["bt:Images", "image"],
      ["bt:Urls", "url"],
      ["bt:ShortStrings", "short"],
      ["bt:LongStrings", "long"],
    ]) {
      for (const id of resourceIds(group).keys()) {
        expect(kinds[id]).toBeUndefined(); // ids are unique across the resource groups
        kinds[id] = kind;
      }
    }
    const expectedKind = (element: string, parent: string): string => {
      if (element === "bt:Image") return "image";
      if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(element)) return "url";
      if (element === "Description" && ["Supertip", "GetStarted"].includes(parent)) return "long";
      return "short"; // Label, Title, Namespace
    };
    const referencing: Array<{ element: string; parent: string; resid: string }> = [];
    const walk = (node: Node) => {
      for (const c of children(node)) {
        if (c.$?.resid !== undefined)
          referencing.push({ element: c["#name"], parent: node["#name"], resid: c.$.resid });
        walk(c);
      }
    };
    walk(versionHost());
    expect(referencing.length).toBeGreaterThan(10);
    for (const r of referencing) {
      expect({ ...r, kind: kinds[r.resid] }).toEqual({
        ...r,
        kind: expectedKind(r.element, r.parent),
      });
    }
  });

  it("keeps short strings within 125 characters and long strings within 250, overrides included", () => {
    const lengths = (group: string) =>
      [...resourceIds(group).values()].flatMap((s) => [
        s.$?.DefaultValue ?? "",
        ...children(s).map((o) => o.$?.Value ?? ""),
      ]);
    for (const text of lengths("bt:ShortStrings")) expect([...text].length).toBeLessThanOrEqual(125);
    for (const text of lengths("bt:LongStrings")) expect([...text].length).toBeLessThanOrEqual(250);
    expect([...(child(root, "DisplayName").$?.DefaultValue ?? "")].length).toBeLessThanOrEqual(125);
  });

  it("gives Chinese overrides for the visible ribbon and get-started strings", () => {
    const strings = new Map([...resourceIds("bt:ShortStrings"), ...resourceIds("bt:LongStrings")]);
    for (const id of ["CommandsGroup.Label", "TaskpaneButton.Title", "TaskpaneButton.Tooltip", "GetStarted.Title"]) {
      const override = children(strings.get(id) as Node).find((o) => o["#name"] === "bt:Override");
      expect({ id, locale: override?.$?.Locale }).toEqual({ id, locale: "zh-CN" });
    }
  });

  it("uses icons that exist in assets/ at the size the manifest states", () => {
    const images = [...resourceIds("bt:Images").values()];
    const checks = [
      ...images.map((img) => ({
        url: img.$?.DefaultValue ?? "",
        size: Number(/(\d+)x\1$/.exec(img.$?.id ?? "")?.[1]),
      })),
      { url: child(root, "IconUrl").$?.DefaultValue ?? "", size: 32 },
      { url: child(root, "HighResolutionIconUrl").$?.DefaultValue ?? "", size: 64 },
    ];
    const ribbonSizes = all(versionHost(), (n) => n["#name"] === "bt:Image").map((n) => ({
      declared: Number(n.$?.size),
      id: n.$?.resid ?? "",
    }));
    for (const { declared, id } of ribbonSizes) expect(id).toBe(`Icon.${declared}x${declared}`);
    for (const { url, size } of checks) {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_URL.length));
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  it("serves every URL from https://localhost:3000/", () => {
    const urls = MANIFEST.match(/https?:\/\/[^"\s<]+/g) ?? [];
    const served = urls.filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    expect(served.length).toBeGreaterThan(5);
    for (const u of served) expect(u.startsWith(DEV_URL)).toBe(true);
  });
});
