// Hand-written PNG encoder (RGBA, zlib from Node): the icons are a few flat shapes, not worth a dependency.
/**
 * Draws the add-in's icon (three rising bars with a dot above the tallest: a customer growing in value)
 * in the brand colour #0F6CBD on a transparent background, and writes assets/icon-{16,32,64,80,128}.png.
 *
 * Usage: node scripts/makeIcons.js [outDir]
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BRAND = [0x0f, 0x6c, 0xbd];
const SIZES = [16, 32, 64, 80, 128];
/** Samples per pixel side: 8 × 8 sub-pixels give smooth edges. */
const SUPERSAMPLE = 8;

/** Shapes in a 0..1 square, y downwards: bars as rounded rectangles, the dot as a circle. */
const BARS = [
  { x0: 0.1, x1: 0.32, y0: 0.6, y1: 0.92 },
  { x0: 0.39, x1: 0.61, y0: 0.42, y1: 0.92 },
  { x0: 0.68, x1: 0.9, y0: 0.28, y1: 0.92 },
];
const DOT = { cx: 0.79, cy: 0.13, r: 0.11 };
const CORNER = 0.05;

function insideRoundedRect(x, y, { x0, x1, y0, y1 }, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function covered(x, y) {
  if ((x - DOT.cx) ** 2 + (y - DOT.cy) ** 2 <= DOT.r ** 2) return true;
  return BARS.some((bar) => insideRoundedRect(x, y, bar, CORNER));
}

/** RGBA pixels of the icon at `size` × `size`. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          if (covered((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)) hits++;
        }
      }
      const i = (py * size + px) * 4;
      pixels[i] = BRAND[0];
      pixels[i + 1] = BRAND[1];
      pixels[i + 2] = BRAND[2];
      pixels[i + 3] = Math.round((255 * hits) / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace, filter 0 on every row) of `size` × `size` RGBA pixels. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main();
