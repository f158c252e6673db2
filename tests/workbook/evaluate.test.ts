/**
 * Types read as meant (issue 13 item 1): a date in an amount is a peringatan, never a number; a formula saved
 * without its value is evaluated exactly (SUM, + - * /, ROUND, other sheets) or named in a peringatan; totals
 * never silently drop such a row. Both adapters give a date the same way (serial + date format).
 */
import ExcelJS from "exceljs";
import { analyze } from "../../src/core/engine";
import { isDateFormat } from "../../src/core/numbers";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { evaluateSnapshot, serialToText } from "../../src/core/workbook/evaluate";
import type { CellValue } from "../../src/core/workbook/port";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { sheet, workbook } from "../support/snapshot";

const HEAD: CellValue[][] = [
  ["LAPORAN REALISASI ANGGARAN TAHUN 2023"],
  [],
  ["Kode", "Uraian", "Anggaran", "Realisasi", "%"],
];

/** A budget sheet: a total row and three sub-activities, amounts in C and D. */
function budget(rows: CellValue[][], opts: Parameters<typeof sheet>[2] = {}) {
  return sheet("LRA", [...HEAD, ...rows], opts);
}

const ROWS: CellValue[][] = [
  ["", "JUMLAH", 600_000_000, 540_000_000],
  ["1.02.01.2.01.01", "Penyediaan Gaji", 100_000_000, 90_000_000],
  ["1.02.01.2.01.02", "Penyediaan Alat Tulis", 200_000_000, 180_000_000],
  ["1.02.01.2.01.03", "Penyediaan Jasa Kantor", 300_000_000, 270_000_000],
];

function row(analysis: ReturnType<typeof analyze>, excelRow: number) {
  const r = analysis.anggaran.find((a) => a.row.row === excelRow - 1);
  if (!r) throw new Error(`no anggaran row ${excelRow}`);
  return r;
}

test("the sheet as given is read: total 600.000.000, penyerapan 90%", () => {
  const a = analyze(workbook([budget(ROWS)]), DEFAULT_SETTINGS);
  expect(a.anggaran).toHaveLength(4);
  expect(row(a, 4).anggaran).toBe(600_000_000);
  expect(row(a, 5).penyerapan.value).toBeCloseTo(90, 10);
});

test("a date typed in an anggaran cell is a peringatan naming the cell, never the number 44.986", () => {
  const rows = ROWS.map((r) => [...r]);
  rows[2][2] = 44_986; // 01/03/2023
  const a = analyze(workbook([budget(rows, { formats: { C6: "dd/mm/yyyy" } })]), DEFAULT_SETTINGS);
  const t = a.temuan.filter((x) => x.code === "tanggal-bukan-angka");
  expect(t).toHaveLength(1);
  expect(t[0]).toMatchObject({ severity: "warning", sheet: "LRA", cell: "C6" });
  expect(t[0].message).toContain("LRA!C6");
  expect(t[0].message).toContain("01/03/2023");
  expect(row(a, 6).row.anggaran?.value ?? null).toBeNull();
  expect(row(a, 6).penyerapan.value).toBeNull();
  // the generic "cannot be read as a number" finding is replaced, not doubled
  expect(a.temuan.filter((x) => x.cell === "C6" && x.code === "nilai-tak-terbaca")).toHaveLength(0);
  // no figure anywhere is computed from the serial
  expect(a.anggaran.map((x) => x.anggaran)).not.toContain(44_986);
});

test("a date in a target is a peringatan, not a capaian of 0,17%", () => {
  const s = sheet(
    "IKU",
    [
      ["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
      [1, "Meningkatnya pelayanan", "Persentase PMKS tertangani", "%", 44_986, 80],
      [2, "Meningkatnya pelayanan", "Persentase bantuan tepat sasaran", "%", 90, 81],
    ],
    { formats: { E2: "d-mmm-yy" } },
  );
  const a = analyze(workbook([s]), DEFAULT_SETTINGS);
  const ind = a.indikator.find((i) => i.row.row === 1)!;
  expect(ind.capaian.value).toBeNull();
  expect(a.temuan.find((x) => x.code === "tanggal-bukan-angka")).toMatchObject({ sheet: "IKU", cell: "E2" });
  expect(a.indikator.find((i) => i.row.row === 2)!.capaian.value).toBeCloseTo(90, 10);
});

test("formulas without a cached value are evaluated exactly; the total keeps every row", () => {
  const rows: CellValue[][] = [
    ["", "JUMLAH", null, null],
    ["1.02.01.2.01.01", "Penyediaan Gaji", 100_000_000, null],
    ["1.02.01.2.01.02", "Penyediaan Alat Tulis", null, 180_000_000],
    ["1.02.01.2.01.03", "Penyediaan Jasa Kantor", 300_000_000, null],
  ];
  const lra = budget(rows, {
    formulas: {
      C4: "SUM(C5:C7)",
      D4: "SUM(D5:D7)",
      D5: "C5*0.9",
      C6: "'Data Pagu'!A2+Data_2!A1-50000000",
      D7: "ROUND(C7*2/3+(C7-C7)*1,-3)",
    },
  });
  const pagu = sheet("Data Pagu", [["Pagu"], [200_000_000]]);
  const data2 = sheet("Data_2", [[50_000_000]]);
  const a = analyze(workbook([lra, pagu, data2]), DEFAULT_SETTINGS);
  expect(row(a, 5).realisasi).toBe(90_000_000);
  expect(row(a, 6).anggaran).toBe(200_000_000);
  expect(row(a, 7).realisasi).toBe(200_000_000);
  expect(row(a, 4).row.anggaran?.value).toBe(600_000_000);
  expect(row(a, 4).row.realisasi?.value).toBe(470_000_000);
  const info = a.temuan.filter((x) => x.code === "rumus-dihitung");
  expect(info).toHaveLength(1);
  expect(info[0].message).toContain("5 rumus");
  expect(a.temuan.filter((x) => x.code === "rumus-tanpa-nilai")).toHaveLength(0);
  // no JUMLAH finding: the total agrees with its rows
  expect(a.temuan.filter((x) => x.sheet === "LRA" && x.cell === "C4" && x.severity !== "info")).toEqual([]);
});

test("a formula the engine cannot evaluate exactly is a peringatan naming the cell and saying to save in Excel", () => {
  const rows = ROWS.map((r) => [...r]);
  rows[3][3] = null;
  const lra = budget(rows, { formulas: { D7: "VLOOKUP(A7,Realisasi!A:B,2,FALSE)" } });
  const a = analyze(workbook([lra]), DEFAULT_SETTINGS);
  const t = a.temuan.filter((x) => x.code === "rumus-tanpa-nilai");
  expect(t).toHaveLength(1);
  expect(t[0]).toMatchObject({ severity: "warning", sheet: "LRA", cell: "D7" });
  expect(t[0].message).toContain("LRA!D7");
  expect(t[0].message).toContain("=VLOOKUP(A7,Realisasi!A:B,2,FALSE)");
  expect(t[0].message).toMatch(/Buka buku kerja di Excel, lalu simpan/);
});

test("the evaluator: precedence, unary minus, division by zero, cycles, text, whole columns", () => {
  const s = sheet(
    "S",
    [
      [2, 3, null, null, null, null, null, "teks", null, null],
      [4, null, null, null, null, null, null, null, null, null],
    ],
    {
      formulas: {
        C1: "A1+B1*A2",
        D1: "-(A1+B1)/2",
        E1: "A1/(B1-3)",
        F1: "G1+1",
        G1: "F1+1",
        I1: "H1*2",
        J1: "SUM(A:A)+SUM(A1:B2,10)",
        C2: "ROUND(2.5,0)+ROUND(-2.5,0)+ROUND(1.005,2)",
      },
    },
  );
  const { snapshot, notes } = evaluateSnapshot(workbook([s]));
  const v = snapshot.sheets[0].values;
  expect(v[0][2]).toBe(14);
  expect(v[0][3]).toBe(-2.5);
  expect(v[0][4]).toEqual({ error: "#DIV/0!" });
  expect(v[0][5]).toBeNull();
  expect(v[0][6]).toBeNull();
  expect(v[0][8]).toEqual({ error: "#VALUE!" }); // text without a digit is #VALUE! in every locale
  expect(v[0][9]).toBe(6 + 19);
  expect(v[1][2]).toBe(1.01);
  const open = notes.filter((n) => n.kind === "rumusTanpaNilai").map((n) => `${n.row},${n.col}`);
  expect(open.sort()).toEqual(["0,5", "0,6"]);
  // the input snapshot is not changed
  expect(s.values[0][2]).toBeNull();
});

test("the evaluator: IF takes one branch, comparisons, AND/OR, COUNT, AVERAGE/MIN/MAX, text as Excel reads it", () => {
  const s = sheet(
    "S",
    [[2, "", "n/a", "100", "12 kali", null, true, 0, null, null, null, null, null], Array(13).fill(null)],
    {
      formulas: {
        A2: 'IF(A1>1,"besar",1/0)', // the branch not taken is not evaluated (no #DIV/0!)
        B2: 'IF(F1="",IF(F1=0,"kosong"),"isi")', // an empty cell is "" and 0
        C2: "AND(A1:H1)", // numbers and TRUE in a range count; text and empty are skipped; H1 = 0 is FALSE
        D2: "OR(A1=3,G1)",
        E2: "COUNT(A1:H1)+COUNT(1,TRUE)", // COUNT counts the numbers of a range (2, 0) and direct TRUE
        F2: "AVERAGE(A1:H1)+MIN(A1:H1)+MAX(A1:H1,5)",
        G2: "D1*2", // a plain integer stored as text is that number
        H2: "E1*2", // text read by locale: not evaluated here
        I2: "C1>A1", // text orders after numbers
        J2: 'IF(B1="","",B1+1)',
        K2: "AVERAGE(F1:F1)",
        L2: "ROUND(A1/3,2)=0.67",
        M2: "ISNUMBER(D1)",
      },
    },
  );
  const { snapshot, notes } = evaluateSnapshot(workbook([s]));
  const v = snapshot.sheets[0].values[1];
  expect(v.slice(0, 7)).toEqual(["besar", "kosong", false, true, 2 + 2, 1 + 0 + 5, 200]);
  expect(v[7]).toBeNull();
  expect(v.slice(8, 13)).toEqual([true, "", { error: "#DIV/0!" }, true, false]);
  expect(notes.filter((n) => n.kind === "rumusTanpaNilai").map((n) => n.detail)).toEqual(["=E1*2"]);
});

test("a host that calculated its formulas (Office.js) is not second-guessed", () => {
  const s = sheet("S", [[2, null]], { formulas: { B1: 'IF(A1>1,"",1)' } });
  const { notes } = evaluateSnapshot({ ...workbook([s]), calculated: true });
  expect(notes).toEqual([]);
});

test("date formats, and serials as Indonesians write dates", () => {
  for (const f of ["dd/mm/yyyy", "m/d/yy", "mm-dd-yy", "d-mmm-yy", "[$-421]dd mmmm yyyy", "h:mm AM/PM", "[h]:mm"])
    expect([f, isDateFormat(f)]).toEqual([f, true]);
  for (const f of [
    "General",
    "#,##0",
    "0.00%",
    '#,##0 "hari"',
    "[Red]#,##0",
    "0.00E+00",
    "@",
    '"Rp"#,##0',
    "[$IDR] #,##0",
  ])
    expect([f, isDateFormat(f)]).toEqual([f, false]);
  expect(serialToText(44_986)).toBe("01/03/2023");
  expect(serialToText(1)).toBe("01/01/1900");
  expect(serialToText(61)).toBe("01/03/1900");
  expect(serialToText(44_986.4375)).toBe("01/03/2023 10:30");
});

test("the ExcelJS adapter gives a date as its serial with a date format, and an uncached formula as empty", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = new Date(Date.UTC(2023, 2, 1));
  ws.getCell("B1").value = 5;
  ws.getCell("C1").value = { formula: "B1*2" } as ExcelJS.CellFormulaValue;
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const snap = await (await ExcelJsWorkbook.load(bytes)).read();
  const s = snap.sheets.find((x) => x.name === "S")!;
  expect(s.values[0][0]).toBe(44_986);
  expect(isDateFormat(s.numberFormats[0][0])).toBe(true);
  expect(s.values[0][2]).toBeNull();
  expect(s.formulas[0][2]).toBe("B1*2");
  const ev = evaluateSnapshot(snap).snapshot.sheets.find((x) => x.name === "S")!;
  expect(ev.values[0][0]).toBe("01/03/2023");
  expect(ev.values[0][2]).toBe(10);
});
