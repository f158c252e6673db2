import ExcelJS from "exceljs";
import { WorkbookFileError } from "../../../src/adapters/exceljs/errors";
// file.ts installs Node's zlib as the zip codec when it loads (what the command line uses).
import { NODE_ZLIB } from "../../../src/adapters/exceljs/file";
import { XlsxWorkbook } from "../../../src/adapters/exceljs/workbook";
import { crc32, crc32Portable, readZip, useZipCodec, writeZip } from "../../../src/adapters/exceljs/zip";

async function bookBytes(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  for (let r = 1; r <= rows; r++) ws.getRow(r).values = [`baris ${r}`, r * 1000, r / 8];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const CODECS = [
  ["zlib", NODE_ZLIB],
  ["fflate", null],
] as const;

describe("zip codec: Node's zlib and fflate are interchangeable", () => {
  afterAll(() => useZipCodec(NODE_ZLIB));

  it("CRC-32 is the standard one in both", () => {
    const text = new TextEncoder().encode("123456789");
    expect(NODE_ZLIB.crc32(text)).toBe(0xcbf43926);
    expect(crc32Portable(text)).toBe(0xcbf43926);
    useZipCodec(null);
    expect(crc32(text)).toBe(0xcbf43926);
  });

  it("a workbook saved through one codec reads back the same through the other, with the same parts", async () => {
    const input = await bookBytes(2000);
    const written = new Map<string, Uint8Array>();
    for (const [name, codec] of CODECS) {
      useZipCodec(codec);
      const book = await XlsxWorkbook.load(input, "a.xlsx");
      await book.apply({ ops: [{ kind: "cells", sheet: "Data", row: 0, col: 3, cells: [[{ formula: "B1*2" }]] }] });
      written.set(name, await book.toBuffer());
    }
    for (const [reader, other] of [
      [NODE_ZLIB, "fflate"],
      [null, "zlib"],
    ] as const) {
      useZipCodec(reader);
      const s = (await (await XlsxWorkbook.load(written.get(other)!, "b.xlsx")).read()).sheets[0];
      expect(s.values.length).toBe(2000);
      expect(s.formulas[0][3]).toBe("B1*2");
      expect(s.values[1999]).toEqual(["baris 2000", 2_000_000, 250, null]);
    }
    const parts = (bytes: Uint8Array) => readZip(bytes).map((e) => [e.name, e.size, e.crc]);
    expect(parts(written.get("zlib")!)).toEqual(parts(written.get("fflate")!));
  });

  it("a part whose compressed data is cut short is refused as damaged by either codec", async () => {
    const broken = writeZip(
      readZip(await bookBytes(300)).map((e) => {
        if (!e.name.includes("sheet1")) return { name: e.name, copy: e };
        const raw = e.raw.subarray(0, e.raw.length >> 1);
        return { name: e.name, copy: { ...e, raw, compressedSize: raw.length } };
      }),
    );
    for (const [, codec] of CODECS) {
      useZipCodec(codec);
      const err = await (await XlsxWorkbook.load(broken, "rusak.xlsx")).read().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(WorkbookFileError);
      expect((err as WorkbookFileError).problem).toBe("damaged");
    }
  });
});
