import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { WorkbookFileError } from "../../../src/adapters/exceljs/errors";
import { openWorkbookFile, saveWorkbookFile } from "../../../src/adapters/exceljs/file";
import { OutputFileError } from "../../../src/adapters/fs/atomic";
import { UserError } from "../../../src/core/errors";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { tempDir } from "./helpers";

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").getCell("A1").value = "isi";
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function failure(p: Promise<unknown>): Promise<WorkbookFileError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkbookFileError);
  return e as WorkbookFileError;
}

describe("openWorkbookFile", () => {
  const dir = tempDir();

  it("opens an .xlsx", async () => {
    const path = join(dir, "ok.xlsx");
    writeFileSync(path, await xlsxBytes());
    const snap = await (await openWorkbookFile(path)).read();
    expect(snap.sheets[0].values).toEqual([["isi"]]);
  });

  it("names a missing file", async () => {
    const path = join(dir, "tidak-ada.xlsx");
    const e = await failure(openWorkbookFile(path));
    expect(e.problem).toBe("missing");
    expect(e.message).toBe(`Berkas "${path}" tidak ditemukan. Periksa nama dan foldernya.`);
  });

  it("refuses a folder, an empty file, another format and an old .xls", async () => {
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder);
    expect((await failure(openWorkbookFile(folder))).problem).toBe("directory");

    const empty = join(dir, "kosong.xlsx");
    writeFileSync(empty, "");
    expect((await failure(openWorkbookFile(empty))).message).toBe(`Berkas "${empty}" kosong (0 byte).`);

    const csv = join(dir, "data.csv");
    writeFileSync(csv, "a;b\n1;2\n");
    const e = await failure(openWorkbookFile(csv));
    expect(e.problem).toBe("not-xlsx");
    expect(e.message).toContain(`Berkas "${csv}" bukan buku kerja Excel .xlsx.`);

    const xls = join(dir, "lama.xls");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const old = await failure(openWorkbookFile(xls));
    expect(old.problem).toBe("old-xls");
    expect(old.message).toContain("berformat Excel lama (.xls)");
  });

  it("names a damaged file instead of showing a zip error", async () => {
    const bytes = await xlsxBytes();
    const cut = join(dir, "terpotong.xlsx");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const e = await failure(openWorkbookFile(cut));
    expect(e.problem).toBe("damaged");
    expect(e.message).toBe(
      `Berkas "${cut}" rusak atau tidak lengkap sehingga tidak dapat dibuka sebagai .xlsx. Coba buka dan simpan ulang di Excel.`,
    );

    const notZip = join(dir, "teks.xlsx");
    writeFileSync(notZip, "bukan zip");
    expect((await failure(openWorkbookFile(notZip))).problem).toBe("damaged");

    const zip = new JSZip();
    zip.file("catatan.txt", "halo");
    const otherZip = join(dir, "zip-lain.xlsx");
    writeFileSync(otherZip, await zip.generateAsync({ type: "uint8array" }));
    expect((await failure(openWorkbookFile(otherZip))).problem).toBe("damaged");
  });

  it("load() in the browser path gives the same typed error", async () => {
    const e = await failure(ExcelJsWorkbook.load(new Uint8Array([1, 2, 3]), "unggahan.xlsx"));
    expect(e.message).toContain('Berkas "unggahan.xlsx" rusak');
  });
});

describe("saveWorkbookFile", () => {
  it("replaces the target in one step and leaves no temporary file", async () => {
    const dir = tempDir();
    const path = join(dir, "hasil.xlsx");
    writeFileSync(path, "versi lama");
    const book = await ExcelJsWorkbook.load(await xlsxBytes());
    await book.apply({ ops: [{ kind: "cells", sheet: "Data", row: 1, col: 0, cells: [[{ value: "baru" }]] }] });
    await saveWorkbookFile(book, path);
    expect(readdirSync(dir)).toEqual(["hasil.xlsx"]);
    const snap = await (await openWorkbookFile(path)).read();
    expect(snap.sheets[0].values).toEqual([["isi"], ["baru"]]);
  });

  it("fails with an Indonesian message, keeps the old file and removes the temporary one", async () => {
    const dir = tempDir();
    const book = await ExcelJsWorkbook.load(await xlsxBytes());

    // Saving fails with an OutputFileError (a UserError): one sentence, no doubled period ("tidak ada.).").
    const noFolder = join(dir, "tidak", "ada.xlsx");
    const e1 = await saveWorkbookFile(book, noFolder).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e1).toBeInstanceOf(OutputFileError);
    expect((e1 as Error).message).toBe(
      `Berkas "${noFolder}" tidak dapat disimpan: folder "${join(dir, "tidak")}" tidak ada. Tidak ada berkas hasil yang dibuat atau diubah.`,
    );

    // The target is a folder: refused before anything is written.
    const folderTarget = join(dir, "folder.xlsx");
    mkdirSync(folderTarget);
    writeFileSync(join(folderTarget, "isi.txt"), "x");
    const e2 = await saveWorkbookFile(book, folderTarget).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e2).toBeInstanceOf(UserError);
    expect((e2 as Error).message).toContain("adalah folder");
    expect(readdirSync(dir).sort()).toEqual(["folder.xlsx"]);

    expect((await failure(saveWorkbookFile(book, join(dir, "hasil.xls")))).message).toBe(
      `Hasil hanya dapat disimpan sebagai berkas .xlsx, bukan "${join(dir, "hasil.xls")}".`,
    );
    // An ordinary workbook (an .xlsx renamed .xlsm, no VBA project) is not saved as .xlsm: Excel would refuse it.
    const xlsm = await failure(saveWorkbookFile(book, join(dir, "hasil.xlsm")));
    expect(xlsm.message).toContain("tidak memuat makro");
    expect(xlsm.message).toContain(`bukan "${join(dir, "hasil.xlsm")}"`);
    expect(readdirSync(dir).sort()).toEqual(["folder.xlsx"]);
  });
});
