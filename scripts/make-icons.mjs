// Draws the Pressmark icon (a page with a highlighted line and a quotation mark) with signed
// distance functions and writes icons/icon-{16,32,48,128}.png: no image library needed.
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SS = 4; // supersampling per axis

// Shapes in a 0..1 unit square, painted in order (later on top). Each returns signed distance.
const roundRect = (cx, cy, hw, hh, r) => (x, y) => {
  const qx = Math.abs(x - cx) - hw + r, qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const union = (...fs) => (x, y) => Math.min(...fs.map((f) => f(x, y)));
// A quotation mark: a filled circle with a tail sweeping down-left.
const quoteMark = (cx, cy, r) => union(circle(cx, cy, r), (x, y) => {
  const t = Math.max(0, Math.min(1, (y - cy) / (r * 2.2)));
  const px = cx + r * 0.55 - t * r * 1.25, py = cy + t * r * 2.2;
  return Math.hypot(x - px, y - py) - r * 0.42 * (1 - t * 0.6);
});

const layers = [
  [roundRect(0.5, 0.5, 0.5, 0.5, 0.2), [30, 58, 138]], // deep blue tile
  [roundRect(0.5, 0.54, 0.3, 0.36, 0.05), [248, 250, 252]], // white page
  [roundRect(0.5, 0.66, 0.24, 0.07, 0.02), [250, 204, 21]], // yellow highlight band
  [roundRect(0.46, 0.86, 0.2, 0.025, 0.02), [148, 163, 184]], // grey text line
  [union(quoteMark(0.38, 0.36, 0.075), quoteMark(0.6, 0.36, 0.075)), [30, 58, 138]],
];

function render(size) {
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const ux = (x + (sx + 0.5) / SS) / size, uy = (y + (sy + 0.5) / SS) / size;
      let cr = 0, cg = 0, cb = 0, ca = 0;
      for (const [shape, [lr, lg, lb]] of layers) {
        if (shape(ux, uy) <= 0) { cr = lr; cg = lg; cb = lb; ca = 255; }
      }
      r += cr; g += cg; b += cb; a += ca;
    }
    const n = SS * SS, i = (y * size + x) * 4;
    const alpha = a / n;
    // Colours are premultiplied by coverage in the sums: divide back by coverage for straight alpha.
    const cover = a / 255 || 1;
    px[i] = Math.round(r / cover); px[i + 1] = Math.round(g / cover); px[i + 2] = Math.round(b / cover); px[i + 3] = Math.round(alpha);
  }
  return png(size, size, px);
}

function png(w, h, rgba) {
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(zlib.crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

fs.mkdirSync('icons', { recursive: true });
for (const s of SIZES) fs.writeFileSync(`icons/icon-${s}.png`, render(s));
console.log(`icons/icon-{${SIZES.join(',')}}.png written`);
