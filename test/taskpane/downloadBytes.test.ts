import { downloadBytes, XLSX_MEDIA_TYPE } from "../../src/taskpane/downloadBytes";

describe("downloadBytes", () => {
  const url = URL as unknown as { createObjectURL?: unknown; revokeObjectURL?: unknown };
  let created: Blob[];
  let revoked: string[];

  beforeEach(() => {
    jest.useFakeTimers();
    created = [];
    revoked = [];
    // jsdom has no object URLs; these stand in for the browser's.
    url.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return `blob:test/${created.length}`;
    };
    url.revokeObjectURL = (href: string) => revoked.push(href);
  });

  afterEach(() => {
    jest.useRealTimers();
    delete url.createObjectURL;
    delete url.revokeObjectURL;
  });

  it("clicks a hidden download link to an object URL of the bytes, then removes it", async () => {
    const clicked: { href: string; download: string; inPage: boolean }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download, inPage: document.body.contains(this) });
    });
    expect(downloadBytes(new Uint8Array([80, 75, 3, 4]), "customers-cdp.xlsx")).toBeUndefined();
    click.mockRestore();

    expect(clicked).toEqual([{ href: "blob:test/1", download: "customers-cdp.xlsx", inPage: true }]);
    expect(document.querySelectorAll("a")).toHaveLength(0);
    expect(created[0].type).toBe(XLSX_MEDIA_TYPE);
    const content = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(created[0]);
    });
    expect([...new Uint8Array(content)]).toEqual([80, 75, 3, 4]);
  });

  it("releases the object URL after 40 seconds, not before", () => {
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    downloadBytes(new Uint8Array([1]), "a.xlsx");
    jest.advanceTimersByTime(39_999);
    expect(revoked).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(revoked).toEqual(["blob:test/1"]);
  });
});
