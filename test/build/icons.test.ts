/**
 * The committed icons (scripts/makeIcons.js) are valid PNGs: checksums right (checked with Node's
 * own zlib.crc32), pixel data of the stated size, the brand colour on a transparent background.
 */
import { readFileSync } from "fs";
import path from "path";
import { crc32, inflateSync } from "zlib";

const ASSETS = path.resolve(__dirname, "../../assets");
const SIZES = [16, 32, 64, 80, 128];

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("ascii");
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = png.readUInt32BE(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length));
    out.push({ type, data, crcOk });
    at += 12 + length;
  }
  return out;
}

describe.each(SIZES)("icon-%i.png", (size) => {
  const png = readFileSync(path.join(ASSETS, `icon-${size}.png`));
  const parts = chunks(png);
  const header = parts[0].data;
  const raw = inflateSync(Buffer.concat(parts.filter((c) => c.type === "IDAT").map((c) => c.data)));
  const stride = size * 4 + 1;
  const pixel = (x: number, y: number) => raw.subarray(y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 4);

  it("has the PNG signature, IHDR first, IEND last and correct checksums", () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(parts[0].type).toBe("IHDR");
    expect(parts[parts.length - 1].type).toBe("IEND");
    expect(parts.every((c) => c.crcOk)).toBe(true);
  });

  it("is an 8-bit RGBA image of the stated size", () => {
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([size, size, 8, 6]);
    expect(raw.length).toBe(stride * size);
  });

  it("draws in the brand colour #0F6CBD on a transparent background", () => {
    const alphas: number[] = [];
    for (let y = 0; y < size; y++) {
      expect(raw[y * stride]).toBe(0); // filter type "none" on every row
      for (let x = 0; x < size; x++) {
        const [r, g, b, a] = pixel(x, y);
        if (a > 0) expect([r, g, b]).toEqual([0x0f, 0x6c, 0xbd]);
        alphas.push(a);
      }
    }
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(size - 1, size - 1)[3]).toBe(0);
    const opaque = alphas.filter((a) => a === 255).length / alphas.length;
    expect(opaque).toBeGreaterThan(0.2);
    expect(opaque).toBeLessThan(0.6);
  });
});
