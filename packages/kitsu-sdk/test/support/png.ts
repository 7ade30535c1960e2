import { createDeflate, deflateSync } from "node:zlib";

/** PNG files written byte by byte, so tests need no image library. */

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function header(width: number, height: number, bitDepth: number, colorType: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.writeUInt8(bitDepth, 8);
  data.writeUInt8(colorType, 9);
  return chunk("IHDR", data);
}

function png(ihdr: Buffer, pixels: Buffer): Uint8Array {
  return new Uint8Array(
    Buffer.concat([SIGNATURE, ihdr, chunk("IDAT", deflateSync(pixels, { level: 9 })), chunk("IEND", new Uint8Array())]),
  );
}

/** A width x height picture of one RGB colour. */
export function solidPng(width: number, height: number, rgb: [number, number, number] = [200, 30, 30]): Uint8Array {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  return png(header(width, height, 8, 2), Buffer.concat(Array.from({ length: height }, () => row)));
}

/**
 * A black-and-white picture of `side` x `side` pixels, about 100 KB for 30,000 x 30,000 (900
 * megapixels): small to send, far too large to decode. Its rows are compressed as a stream, so the
 * pixels are never all in memory.
 */
export async function hugePng(side: number): Promise<Uint8Array> {
  const row = Buffer.alloc(1 + Math.ceil(side / 8));
  const deflate = createDeflate({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on("data", (part: Buffer) => compressed.push(part));
  const finished = new Promise((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  for (let y = 0; y < side; y++) {
    if (!deflate.write(row)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await finished;
  const idat = chunk("IDAT", Buffer.concat(compressed));
  return new Uint8Array(Buffer.concat([SIGNATURE, header(side, side, 1, 0), idat, chunk("IEND", new Uint8Array())]));
}
