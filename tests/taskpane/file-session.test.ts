import type { ApplyResult, WorkbookSnapshot, WritePlan } from "../../src/core/workbook/port";
import { createFileSession, looksLikeXlsx, type FileWorkbook } from "../../src/taskpane/session/file-session";
import { sampleSnapshot } from "./support/fake";

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).buffer;

/** A loader whose workbooks remember which bytes they came from and can fail half-way through apply. */
function fakeLoader() {
  const loads: number[][] = [];
  let failApply = false;
  const loader = async (data: ArrayBuffer): Promise<FileWorkbook> => {
    const bytes = [...new Uint8Array(data)];
    loads.push(bytes);
    let content = [...bytes];
    return {
      read: async (): Promise<WorkbookSnapshot> => ({
        ...sampleSnapshot(),
        state: { version: 1, settings: { marker: content } },
      }),
      apply: async (_plan: WritePlan): Promise<ApplyResult> => {
        content = [...content, 9];
        if (failApply) throw new Error("gagal di tengah");
        return { cellsWritten: 1 };
      },
      toBuffer: async () => new Uint8Array(content),
    };
  };
  return { loader, loads, setFail: (v: boolean) => (failApply = v) };
}

test("only .xlsx (zip) files are opened, with an Indonesian message naming the file", async () => {
  const { loader, loads } = fakeLoader();
  const s = createFileSession(loader);
  await expect(s.open("laporan.xls", ZIP)).rejects.toThrow("Berkas “laporan.xls” bukan buku kerja .xlsx.");
  await expect(s.open("laporan.xlsx", new TextEncoder().encode("a,b,c").buffer as ArrayBuffer)).rejects.toThrow(
    /bukan buku kerja \.xlsx/,
  );
  expect(loads).toHaveLength(0);
  expect(s.ready()).toBe(false);
  await expect(s.run(async () => 1)).rejects.toThrow("Buka berkas .xlsx dulu (tombol di atas).");
  await s.open("laporan.xlsx", ZIP);
  expect(s.ready()).toBe(true);
  expect(s.fileName()).toBe("laporan.xlsx");
  expect(looksLikeXlsx(ZIP)).toBe(true);
});

test("a failing action is all-or-nothing: the workbook is loaded again from the last good bytes", async () => {
  const { loader, loads, setFail } = fakeLoader();
  const s = createFileSession(loader);
  await s.open("a.xlsx", ZIP);
  await s.run(async (port) => port.apply({ ops: [] }));
  expect([...(await s.save())]).toEqual([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 9]);
  setFail(true);
  await expect(s.run(async (port) => port.apply({ ops: [] }))).rejects.toThrow("gagal di tengah");
  // Reloaded from the bytes after the first (successful) write, not from the half-written state.
  expect(loads[loads.length - 1]).toEqual([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 9]);
  setFail(false);
  expect([...(await s.save())]).toEqual([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 9]);
});

test("standalone mode cannot select cells (the pane tells the address instead)", async () => {
  expect(await createFileSession(fakeLoader().loader).selectCell("IKU", "G4")).toBe(false);
});
