// Generates the add-in icons (assets/icon-<size>.png): a green rounded square with a white «Н».
// Written with zlib only because no image tool (ImageMagick, sharp) is available on the build
// machines; run `node scripts/make-icons.mjs` after changing the design and commit the PNGs.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The sizes manifest.xml names: 32 (IconUrl), 64 (HighResolutionIconUrl), 16/32/80 (ribbon).
const SIZES = [16, 32, 64, 80];
// Excel's own green, so the button sits naturally next to the built-in Home-tab commands.
const BACKGROUND = [0x21, 0x73, 0x46];
const FOREGROUND = [0xff, 0xff, 0xff];
// Each pixel is sampled on a SUPERSAMPLE × SUPERSAMPLE grid for anti-aliased edges.
const SUPERSAMPLE = 8;

const assetsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

/** Geometry in unit coordinates (0..1), so every size is drawn from one description. */
function insideRoundedSquare(x, y) {
  const radius = 0.2;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Bounds of the letter's strokes in pixels, snapped to whole pixels so small icons stay crisp. */
function letterEnBox(size) {
  // Strokes get thicker at small sizes, otherwise the 16 px letter dissolves into the green.
  const stroke = Math.max(2, Math.round(size * (size <= 16 ? 0.19 : size <= 32 ? 0.16 : 0.15)));
  const left = Math.round(size * 0.25);
  const right = size - left;
  const top = Math.round(size * 0.2);
  const bottom = size - top;
  const barTop = Math.round((size - stroke) / 2);
  return { stroke, left, right, top, bottom, barTop };
}

function insideLetterEn(x, y, box) {
  const { stroke, left, right, top, bottom, barTop } = box;
  if (y < top || y >= bottom || x < left || x >= right) return false;
  const inStem = x < left + stroke || x >= right - stroke;
  const inBar = y >= barTop && y < barTop + stroke;
  return inStem || inBar;
}

function renderRgba(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  const box = letterEnBox(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shape = 0;
      let letter = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          shape++;
          if (insideLetterEn(x * size, y * size, box)) letter++;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = shape / samples;
      const mix = shape === 0 ? 0 : letter / shape;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = Math.round(BACKGROUND[c] * (1 - mix) + FOREGROUND[c] * mix);
      }
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
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
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  // Each scanline is prefixed with filter type 0 (none); deflate does the compression.
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(assetsDir, { recursive: true });
for (const size of SIZES) {
  const file = join(assetsDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, renderRgba(size)));
  console.log(`${file} (${size}×${size})`);
}
