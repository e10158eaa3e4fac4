// Crops a PNG (8-bit RGB or RGBA, not interlaced: what engines' screenshots are) to a
// rectangle of device pixels. The engine tests' element screenshots in WebKitGTK are a
// crop of the viewport's: its WebDriver's own element screenshot comes out blank or
// shifted by the scroll offset.

import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

export function cropPng(png, { x, y, width, height }) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let header;
  const data = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], color: body[9], interlace: body[12] };
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const channels = { 2: 3, 6: 4 }[header?.color];
  if (!channels || header.depth !== 8 || header.interlace) throw new Error(`PNG kind not handled: ${JSON.stringify(header)}`);
  const stride = header.width * channels;
  const raw = inflateSync(Buffer.concat(data));
  // Undo each row's filter (None, Sub, Up, Average, Paeth) into plain pixels.
  const pixels = Buffer.alloc(stride * header.height);
  for (let row = 0; row < header.height; row++) {
    const filter = raw[row * (stride + 1)];
    const line = raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1));
    const out = pixels.subarray(row * stride, (row + 1) * stride);
    const above = row ? pixels.subarray((row - 1) * stride, row * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[i - channels] : 0;
      const b = above[i];
      const c = i >= channels ? above[i - channels] : 0;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[i] = (line[i] + predicted) & 0xff;
    }
  }
  const left = Math.max(0, Math.round(x));
  const top = Math.max(0, Math.round(y));
  const right = Math.min(header.width, Math.round(x + width));
  const bottom = Math.min(header.height, Math.round(y + height));
  if (right <= left || bottom <= top) throw new Error(`the rectangle ${JSON.stringify({ x, y, width, height })} is outside the ${header.width}×${header.height} screenshot`);
  const rowBytes = (right - left) * channels;
  const cropped = Buffer.alloc((rowBytes + 1) * (bottom - top));
  for (let row = top; row < bottom; row++) {
    pixels.copy(cropped, (row - top) * (rowBytes + 1) + 1, row * stride + left * channels, row * stride + right * channels);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(right - left, 0);
  ihdr.writeUInt32BE(bottom - top, 4);
  ihdr.set([8, header.color, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(cropped)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}
