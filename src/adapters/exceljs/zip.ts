/**
 * The zip container of an .xlsx / .xlsm, read and written so that a part the writer does not change is
 * copied as the very bytes it came in (compressed data, CRC and sizes untouched), and only changed or new
 * parts are compressed again (DEFLATE through fflate, which runs in Node and in the browser alike; in Node,
 * ./file.ts puts the native zlib in its place with useNodeZlib, several times faster on a large sheet).
 * Reading follows the central directory, as zip readers must; data descriptors are handled; ZIP64
 * archives (over 4 GB or 65,535 parts) are refused by the caller's message.
 */
import { deflateSync, inflateSync } from "fflate";

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

export interface ZipEntry {
  /** The part name as stored (no leading "/"). */
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Compressed bytes as stored in the archive (a view on the input). */
  raw: Uint8Array;
  /** General purpose flags and modification time/date, kept for raw copies. */
  flags: number;
  time: number;
  date: number;
}

/** Level 4: within a few per cent of level 6 in size on sheet XML, much faster (fflate and zlib alike). */
const DEFLATE_LEVEL = 4;

/** The DEFLATE and CRC-32 code the zip uses: fflate's by default, a host's native one when it gives it. */
export interface ZipCodec {
  /** Raw DEFLATE (no zlib header) at the given level. */
  deflate(data: Uint8Array, level: number): Uint8Array;
  /** Raw INFLATE to exactly `size` bytes (fewer or more: the caller refuses the entry). */
  inflate(raw: Uint8Array, size: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

const FFLATE: ZipCodec = {
  deflate: (data, level) => deflateSync(data, { level: level as 4 }),
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  crc32: crc32Portable,
};
let codec: ZipCodec = FFLATE;

/** Puts a host's DEFLATE and CRC-32 in place of fflate's (same format, so the same parts; null: fflate again). */
export function useZipCodec(c: ZipCodec | null): void {
  codec = c ?? FFLATE;
}
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;

const utf8 = new TextDecoder("utf-8");
const latin = new TextDecoder("latin1");
const encoder = new TextEncoder();

/** Reads the central directory of a zip. Throws ZipFormatError when the bytes are not a whole zip. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError("no end of central directory");
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipFormatError("zip64");
  if (cdOffset + cdSize > bytes.length) throw new ZipFormatError("central directory out of range");
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) throw new ZipFormatError("bad central entry");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const time = view.getUint16(p + 12, true);
    const date = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw new ZipFormatError("zip64");
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin).decode(nameBytes);
    p += 46 + nameLen + extraLen + commentLen;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== SIG_LOCAL)
      throw new ZipFormatError("bad local header");
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new ZipFormatError("truncated entry");
    if (method !== 0 && method !== 8) throw new ZipFormatError(`method ${method}`);
    if (flags & 0x1) throw new ZipFormatError("encrypted entry");
    out.push({
      name,
      method,
      crc,
      compressedSize,
      size,
      raw: bytes.subarray(dataStart, dataStart + compressedSize),
      flags,
      time,
      date,
    });
  }
  return out;
}

/** The uncompressed bytes of an entry. */
export function entryData(e: ZipEntry): Uint8Array {
  if (e.method === 0) return e.raw;
  const out = codec.inflate(e.raw, e.size);
  if (out.length !== e.size) throw new ZipFormatError(`size of ${e.name}`);
  return out;
}

let CRC_TABLE: Int32Array | null = null;

export function crc32(data: Uint8Array): number {
  return codec.crc32(data);
}

/** CRC-32 in plain JavaScript (fflate's codec, and hosts without a native one). */
export function crc32Portable(data: Uint8Array): number {
  let table = CRC_TABLE;
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
    CRC_TABLE = table;
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** A part to write: either an entry copied as it came, or new uncompressed bytes. */
export type OutPart = { name: string; copy: ZipEntry } | { name: string; data: Uint8Array };

/** DOS time and date of "now" for new entries. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Writes a zip of the parts, in the order given. */
export function writeZip(parts: OutPart[]): Uint8Array {
  const now = dosNow();
  interface Prepared {
    name: Uint8Array;
    method: number;
    crc: number;
    csize: number;
    size: number;
    data: Uint8Array;
    time: number;
    date: number;
    offset: number;
  }
  const prepared: Prepared[] = [];
  let total = 0;
  for (const p of parts) {
    const name = encoder.encode(p.name);
    let item: Prepared;
    if ("copy" in p) {
      const e = p.copy;
      item = {
        name,
        method: e.method,
        crc: e.crc,
        csize: e.compressedSize,
        size: e.size,
        data: e.raw,
        time: e.time,
        date: e.date,
        offset: 0,
      };
    } else {
      const deflated = codec.deflate(p.data, DEFLATE_LEVEL);
      const stored = deflated.length >= p.data.length;
      const data = stored ? p.data : deflated;
      item = {
        name,
        method: stored ? 0 : 8,
        crc: codec.crc32(p.data),
        csize: data.length,
        size: p.data.length,
        data,
        time: now.time,
        date: now.date,
        offset: 0,
      };
    }
    if (item.csize > 0xfffffffe || total > 0xfffffffe) throw new ZipFormatError("zip64");
    item.offset = total;
    total += 30 + name.length + item.csize;
    prepared.push(item);
  }
  let cdSize = 0;
  for (const it of prepared) cdSize += 46 + it.name.length;
  if (prepared.length > 0xfffe) throw new ZipFormatError("zip64");
  const out = new Uint8Array(total + cdSize + 22);
  const view = new DataView(out.buffer);
  let p = 0;
  for (const it of prepared) {
    view.setUint32(p, SIG_LOCAL, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 0x800, true); // UTF-8 names, sizes in the header (no data descriptor)
    view.setUint16(p + 8, it.method, true);
    view.setUint16(p + 10, it.time, true);
    view.setUint16(p + 12, it.date, true);
    view.setUint32(p + 14, it.crc, true);
    view.setUint32(p + 18, it.csize, true);
    view.setUint32(p + 22, it.size, true);
    view.setUint16(p + 26, it.name.length, true);
    view.setUint16(p + 28, 0, true);
    out.set(it.name, p + 30);
    out.set(it.data, p + 30 + it.name.length);
    p += 30 + it.name.length + it.csize;
  }
  const cdStart = p;
  for (const it of prepared) {
    view.setUint32(p, SIG_CENTRAL, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, 0x800, true);
    view.setUint16(p + 10, it.method, true);
    view.setUint16(p + 12, it.time, true);
    view.setUint16(p + 14, it.date, true);
    view.setUint32(p + 16, it.crc, true);
    view.setUint32(p + 20, it.csize, true);
    view.setUint32(p + 24, it.size, true);
    view.setUint16(p + 28, it.name.length, true);
    view.setUint32(p + 42, it.offset, true);
    out.set(it.name, p + 46);
    p += 46 + it.name.length;
  }
  view.setUint32(p, SIG_END, true);
  view.setUint16(p + 8, prepared.length, true);
  view.setUint16(p + 10, prepared.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}
