import { decodeText } from "../../src/headless/decodeText";

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const utf8 = new TextEncoder().encode("客户编号,金额");
    expect(decodeText(utf8)).toBe("客户编号,金额");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe("客户编号,金额");
  });

  it("reads GBK, as Excel on Chinese Windows saves CSV", () => {
    expect(decodeText(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x31]))).toBe("客户,1");
  });

  it("reads UTF-16 little-endian with its byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x49, 0x00, 0x44, 0x00]))).toBe("ID");
  });
});
