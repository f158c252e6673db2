/**
 * The committed sample workbook is exactly what examples/build-sample.ts produces now, and holds the seed's
 * tables as printed (figures, typing quirks and slips) in the places docs/sample.md describes.
 */
import ExcelJS from "exceljs";
import path from "node:path";
import { openWorkbookFile } from "../../src/adapters/exceljs/file";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { parseA1 } from "../../src/core/workbook/address";
import type { CellValue, RangeBox, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook/port";
import seed from "../../examples/dinsos-sumenep-2020.json";
import { buildSampleWorkbook } from "../../examples/sample-workbook";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "dinsos-sumenep-2020.xlsx");

let committed: WorkbookSnapshot;
let regenerated: WorkbookSnapshot;
let committedBook: ExcelJsWorkbook;
let regeneratedBook: ExcelJsWorkbook;

beforeAll(async () => {
  committedBook = await openWorkbookFile(SAMPLE);
  committed = await committedBook.read();
  regeneratedBook = await ExcelJsWorkbook.load(
    new Uint8Array((await buildSampleWorkbook().xlsx.writeBuffer()) as ArrayBuffer),
  );
  regenerated = await regeneratedBook.read();
});

function sheet(name: string): SheetSnapshot {
  const s = committed.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function cell(name: string, address: string): { value: CellValue; format: string; bold: boolean } {
  const s = sheet(name);
  const { row, col } = parseA1(address);
  const r = row - s.originRow;
  const c = col - s.originCol;
  return {
    value: s.values[r]?.[c] ?? null,
    format: s.numberFormats[r]?.[c] ?? "General",
    bold: s.bold[r]?.[c] ?? false,
  };
}

const v = (name: string, address: string) => cell(name, address).value;

function box(a: string): RangeBox {
  const [from, to] = a.split(":");
  const p = parseA1(from);
  const q = parseA1(to ?? from);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** Indonesian number text as the sample types it: "8.406.000", "4.981.859.221,00", "95,16%". */
function idNumber(x: CellValue): number | null {
  if (typeof x === "number") return x;
  if (typeof x !== "string") return null;
  return Number(x.replace(/%$/, "").replace(/\./g, "").replace(",", "."));
}

describe("the committed sample is what the generator produces", () => {
  it("has the same sheets, cells, formats, bold cells, merges and hidden rows and columns", () => {
    expect(committed.sheets.map((s) => s.name)).toEqual([
      "Realisasi Anggaran",
      "Ringkasan Anggaran",
      "PK 2020",
      "IKU",
      "Efisiensi",
    ]);
    expect(regenerated).toEqual(committed);
    expect(committed.state).toBeNull();
  });

  it("has the same column widths, row heights and page setup", async () => {
    const committedWb = new ExcelJS.Workbook();
    await committedWb.xlsx.readFile(SAMPLE);
    const regeneratedWb = new ExcelJS.Workbook();
    await regeneratedWb.xlsx.load(await buildSampleWorkbook().xlsx.writeBuffer());
    for (const ws of committedWb.worksheets) {
      const other = regeneratedWb.getWorksheet(ws.name)!;
      const widths = (w: ExcelJS.Worksheet) => Array.from({ length: 12 }, (_, i) => w.getColumn(i + 1).width ?? null);
      const heights = (w: ExcelJS.Worksheet) =>
        Array.from({ length: w.rowCount }, (_, i) => w.getRow(i + 1).height ?? null);
      expect([ws.name, widths(other), heights(other)]).toEqual([ws.name, widths(ws), heights(ws)]);
      expect(other.pageSetup).toEqual(ws.pageSetup);
      expect(ws.pageSetup).toMatchObject({ paperSize: 14, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
  });
});

describe("Realisasi Anggaran", () => {
  const S = "Realisasi Anggaran";

  it("has the title rows, the two-row header and the column numbers", () => {
    expect([1, 2, 3, 4].map((r) => v(S, `A${r}`))).toEqual([
      "PEMERINTAH KABUPATEN SUMENEP",
      "DINAS SOSIAL",
      "LAPORAN REALISASI ANGGARAN",
      "TAHUN ANGGARAN 2020",
    ]);
    expect(["A6", "B6", "C6", "D6", "E6", "C7", "D7"].map((a) => v(S, a))).toEqual([
      "KODE PROGRAM / KEGIATAN",
      "URAIAN",
      "ANGGARAN",
      "REALISASI",
      "%",
      "(Rp)",
      "(Rp)",
    ]);
    expect(cell(S, "A6").bold && cell(S, "C7").bold).toBe(true);
    expect(sheet(S).merges).toEqual(expect.arrayContaining([box("A1:E1"), box("A6:A7"), box("B6:B7"), box("E6:E7")]));
    expect(["A8", "B8", "C8", "D8", "E8"].map((a) => v(S, a))).toEqual([1, 2, 3, 4, 5]);
  });

  it("holds every program and kegiatan of the seed in order, as printed", () => {
    let row = 9;
    for (const p of seed.rincianAnggaran) {
      expect([v(S, `A${row}`), v(S, `B${row}`), cell(S, `B${row}`).bold]).toEqual([p.kode, p.program, true]);
      expect([idNumber(v(S, `C${row}`)), idNumber(v(S, `D${row}`)), idNumber(v(S, `E${row}`))]).toEqual([
        p.anggaran,
        p.realisasi,
        p.dicetakPersen,
      ]);
      row++;
      for (const [kode, uraian, anggaran, realisasi, persen] of p.kegiatan) {
        expect([v(S, `A${row}`), v(S, `B${row}`), cell(S, `B${row}`).bold]).toEqual([kode, uraian, false]);
        expect([idNumber(v(S, `C${row}`)), idNumber(v(S, `D${row}`)), idNumber(v(S, `E${row}`))]).toEqual([
          anggaran,
          realisasi,
          persen,
        ]);
        row++;
      }
    }
    expect(row).toBe(9 + 8 + 41);
    expect([v(S, `B${row}`), v(S, `C${row}`), v(S, `D${row}`), v(S, `E${row}`), cell(S, `C${row}`).bold]).toEqual([
      "JUMLAH",
      3548323356,
      3282267316,
      92.5,
      true,
    ]);
  });

  it("types some figures as text, as offices do", () => {
    expect(cell(S, "C9")).toEqual({ value: 712399916, format: "#,##0", bold: true });
    expect(cell(S, "E9")).toEqual({ value: 93.54, format: "0.00", bold: true });
    expect(v(S, "B12")).toBe("Penyedia Kebutuhan Bahan Perkantoran");
    expect(v(S, "E12")).toBe("95,16%");
    expect(v(S, "B15")).toBe("Penyediaan Makanan dan Minuman");
    expect([v(S, "C15"), v(S, "D15")]).toEqual(["8.406.000", "8.326.757"]);
    const texts = sheet(S)
      .values.flat()
      .filter((x) => typeof x === "string" && /^[\d.,]+%?$/.test(x));
    expect(texts).toEqual(["95,16%", "8.406.000", "8.326.757", "94,90%", "85.723.700", "89,48%"]);
  });

  it("leaves the kegiatan without figures blank and signs under the table", () => {
    const row = sheet(S).values.findIndex((r) => r.includes("Penanganan Orang Terlantar")) + sheet(S).originRow + 1;
    expect([v(S, `C${row}`), v(S, `D${row}`), v(S, `E${row}`)]).toEqual([null, null, null]);
    expect(v(S, "C61")).toBe("Sumenep, 31 Desember 2020");
    expect(v(S, "C67")).toBe("MOHAMAD IKSAN, S. Pd. MT");
  });
});

describe("Ringkasan Anggaran", () => {
  const S = "Ringkasan Anggaran";
  it("holds the summary by kind of spending with some amounts as text", () => {
    const rows = [9, 10, 11, 12, 13, 14].map((r) => ["A", "B", "C", "D"].map((c) => v(S, `${c}${r}`)));
    expect(rows).toEqual([
      ["1. Belanja Tidak Langsung", null, null, null],
      ["a) Gaji dan Tunjangan", "4.981.859.221,00", "4.513.892.239,00", 90.61],
      ["b) Bantuan Hibah (keuangan)", 10482500000, 10237500000, 97.66],
      ["c) Bantuan Sosial (Keuangan)", "4.307.000.000,00", 3905000000, 90.67],
      ["2. Belanja Langsung", 3548323356, 3282267316, 92.5],
      ["JUMLAH", 23319682577, 21938659555, 94.08],
    ]);
    expect(cell(S, "A9").bold && cell(S, "B14").bold).toBe(true);
    expect(cell(S, "B11").format).toBe("#,##0.00");
  });
});

describe("PK 2020", () => {
  const S = "PK 2020";
  it("merges tujuan, sasaran, indikator and target over their programs", () => {
    expect(["A6", "B6", "C6", "D6", "E6", "F6"].map((a) => v(S, a))).toEqual([
      "TUJUAN",
      "SASARAN STRATEGIS",
      "INDIKATOR KINERJA",
      "TARGET",
      "PROGRAM",
      "ANGGARAN (Rp)",
    ]);
    expect(sheet(S).merges).toEqual(
      expect.arrayContaining(["A8:A14", "B8:B14", "C8:C11", "D8:D11", "C12:C14", "D12:D14"].map(box)),
    );
    expect([v(S, "C8"), v(S, "D8"), v(S, "C12"), v(S, "D12")]).toEqual([
      "Jumlah PMKS",
      "100.606",
      "Prosentase Penanganan PMKS",
      "4,40%",
    ]);
    expect([8, 9, 10, 11, 12, 13, 14].map((r) => v(S, `F${r}`))).toEqual([
      657770200,
      224670000,
      324244100,
      null,
      950071800,
      279916840,
      225000000,
    ]);
    expect(v(S, "E11")).toBe("Program pelestarian nilai-nilai kepahlawanan dan kesetiakawanan sosial");
  });
});

describe("IKU", () => {
  const S = "IKU";
  it("holds the PK targets, realisasi, printed capaian and means, without a polaritas column", () => {
    expect(cell(S, "E9")).toEqual({ value: 0.1934, format: "0.00%", bold: false });
    expect(cell(S, "F9")).toEqual({ value: 0.2018, format: "0.00%", bold: false });
    expect(["C9", "D9", "G9", "C10", "E10", "F10", "G10"].map((a) => v(S, a))).toEqual([
      "1.1. Angka Kemiskinan",
      "%",
      96.78,
      "1.2. Penurunan Masalah Sosial",
      0.5,
      0.5,
      100,
    ]);
    expect([v(S, "A11"), v(S, "G11"), cell(S, "G11").bold]).toEqual(["RATA – RATA CAPAIAN", 98.39, true]);
    expect(["C12", "E12", "F12", "G12", "C13", "D13", "E13", "F13", "G13"].map((a) => v(S, a))).toEqual([
      "2.1. Persentase penanganan PMKS",
      "4,40%",
      73.47,
      1569.77,
      "2.2. Jumlah PMKS",
      "orang",
      "100.606 org",
      "197.465 org",
      50.95,
    ]);
    expect([v(S, "A14"), v(S, "G14")]).toEqual(["RATA – RATA CAPAIAN", 810.36]);
    expect(sheet(S).merges).toEqual(
      expect.arrayContaining(["A11:F11", "A14:F14", "A9:A10", "B12:B13", "H6:J6"].map(box)),
    );
    const headers = sheet(S)
      .values.slice(5 - sheet(S).originRow, 7 - sheet(S).originRow)
      .flat();
    expect(headers.some((h) => typeof h === "string" && /polaritas/i.test(h))).toBe(false);
  });

  it("holds the realisasi of earlier years and the RPJMD end target", () => {
    expect(["H7", "I7", "J7", "K6", "L6"].map((a) => v(S, a))).toEqual([
      2018,
      2019,
      2020,
      "TARGET AKHIR RPJMD (2021)",
      "CAPAIAN AKHIR RPJMD (%)",
    ]);
    expect(["H9", "I9", "J9", "H10", "I10", "J10"].map((a) => v(S, a))).toEqual([20.16, 19.48, 20.18, 0.4, 0.45, 0.5]);
    expect(["K12", "L12", "K13", "L13"].map((a) => v(S, a))).toEqual([4.5, 1532.66, 100606, 50.95]);
    expect(["K9", "L9", "H12", "H13"].map((a) => v(S, a))).toEqual([null, null, null, null]);
  });

  it("carries the slips: the printed figures differ from what the sheet's own inputs give", () => {
    const r2 = (x: number) => Math.round(x * 100) / 100;
    expect(r2((0.1934 / 0.2018) * 100)).toBe(95.84); // printed 96,78 (from the target 19,53)
    expect(r2((73.47 / 4.4) * 100)).toBe(1669.77); // printed 1569,77
    expect(r2((73.47 / 4.5) * 100)).toBe(1632.67); // printed 1532,66
  });
});

describe("Efisiensi", () => {
  const S = "Efisiensi";
  it("holds the efficiency table as printed", () => {
    expect(["E6", "H6", "K6", "E7", "F7", "G7", "H7", "I7", "J7"].map((a) => v(S, a))).toEqual([
      "Kinerja",
      "Anggaran",
      "TINGKAT EFISIENSI",
      "TARGET",
      "REALISASI",
      "CAPAIAN",
      "ALOKASI",
      "REALISASI",
      "PENYERAPAN ANGGARAN",
    ]);
    expect(sheet(S).merges).toEqual(expect.arrayContaining(["E6:G6", "H6:J6", "K6:K7", "A9:A10", "A11:J11"].map(box)));
    const row = (r: number) => ["C", "D", "E", "F", "G", "H", "I", "J", "K"].map((c) => v(S, `${c}${r}`));
    expect(row(9)).toEqual([
      "1.1. Persentase penanganan PMKS",
      "%",
      4.4,
      73.47,
      "1569,77%",
      1214050000,
      1091666930,
      89.92,
      1479.85,
    ]);
    expect(row(10)).toEqual([
      "1.2. Jumlah PMKS",
      "orang",
      100606,
      "197,465",
      50.95,
      2334273356,
      2190600386,
      93.84,
      -42.89,
    ]);
    expect([v(S, "A11"), v(S, "K11"), cell(S, "K11").bold]).toEqual(["RATA-RATA", 718.48, true]);
  });
});
