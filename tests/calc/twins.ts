/**
 * The workbook of every formula twin of the calculation library with the value its JS function gives, shared
 * by the two engines that evaluate it: LibreOffice (formulas-libreoffice.test.ts) and the engine's own
 * evaluator of formulas saved without values (formulas-evaluator.test.ts).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import {
  capaian,
  capaianFormula,
  efisiensi,
  efisiensiFormula,
  jumlah,
  penyerapan,
  penyerapanFormula,
  penyerapanInduk,
  penyerapanIndukFormula,
  predikat,
  predikatFormula,
  rataRata,
  rataRataFormula,
  sisa,
  sisaFormula,
  sisaIndukFormula,
  type CapaianOptions,
} from "../../src/core/calc";
import { shiftDecimal } from "../../src/core/numbers";
import type { Polaritas } from "../../src/core/model";
import { predikatBands, type PredikatBand, type Settings } from "../../src/core/settings/settings";

/** What goes into an input cell. */
export type Input = number | string | null | boolean | { error: true };
/** What a formula must give: a number, "" (JS null), or a label. */
export type Expected = number | string;

export interface Case {
  sheet: string;
  row: number; // 1-based
  col: number; // 1-based, the formula cell
  formula: string;
  expected: Expected;
  label: string;
  /** Magnitude of the operands of a difference: spreadsheets snap a cancellation near 0 to 0, so the
   * tolerance of a difference is 1e-9 relative to its operands, not to its tiny result. */
  scale?: number;
}

/** The JS view of an input cell: only real numbers are numbers. */
const jsNum = (v: Input): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const orEmpty = (v: number | null): Expected => (v === null ? "" : v);

export class Book {
  wb = new ExcelJS.Workbook();
  cases: Case[] = [];
  private next = new Map<string, number>();
  constructor() {
    this.wb.calcProperties.fullCalcOnLoad = true;
  }
  sheet(name: string): ExcelJS.Worksheet {
    return this.wb.getWorksheet(name) ?? this.wb.addWorksheet(name);
  }
  /** Reserve n consecutive rows on a sheet; returns the first (1-based). */
  rows(name: string, n = 1): number {
    this.sheet(name);
    const r = this.next.get(name) ?? 1;
    this.next.set(name, r + n);
    return r;
  }
  put(sheet: string, addr: string, v: Input): void {
    const cell = this.sheet(sheet).getCell(addr);
    if (v === null) return;
    if (typeof v === "object") cell.value = { formula: "1/0" } as ExcelJS.CellFormulaValue;
    else cell.value = v;
  }
  formula(
    sheet: string,
    row: number,
    col: number,
    formula: string,
    expected: Expected,
    label: string,
    numFmt?: string,
    scale?: number,
  ): void {
    const cell = this.sheet(sheet).getRow(row).getCell(col);
    // A wrong cached result on purpose: the test only passes if LibreOffice recalculates.
    cell.value = { formula, result: -987654321 } as ExcelJS.CellFormulaValue;
    if (numFmt) cell.numFmt = numFmt;
    this.cases.push({ sheet, row, col, formula, expected, label, scale });
  }
}

/** Sample values for target/realisasi: seed figures, zero, negatives, tiny and large, empty, text, errors. */
// No booleans: Excel's ISNUMBER(TRUE) is FALSE (the twin gives "", as the JS null), but LibreOffice stores
// TRUE as the number 1 and its ISNUMBER says TRUE, so the two engines differ there (docs/formulas.md).
const SPECIAL: Input[] = [
  19.53,
  20.18,
  19.34,
  100606,
  197465,
  4.4,
  73.47,
  0.5,
  0,
  -3,
  100,
  1e-6,
  3548323356,
  null,
  "n/a",
  "12 kali",
  "",
  { error: true },
];
const RANDOM: number[] = fc.sample(
  fc.oneof(
    // Spreadsheet-sized numbers: no subnormals (Excel flushes them to 0, LibreOffice overflows dividing by them).
    fc
      .double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true })
      .filter((x) => x === 0 || Math.abs(x) > 1e-9),
    fc.integer({ min: -5, max: 250 }),
  ),
  { numRuns: 24, seed: 20201231 },
);

const OPTIONS: CapaianOptions[] = [
  { negatif: "T/R", batasCapaian: null, batasBawahNol: false },
  { negatif: "2T-R", batasCapaian: null, batasBawahNol: false },
  { negatif: "2T-R", batasCapaian: null, batasBawahNol: true },
  { negatif: "T/R", batasCapaian: 120, batasBawahNol: false },
  { negatif: "2T-R", batasCapaian: 100, batasBawahNol: false },
  { negatif: "T/R", batasCapaian: 33.3, batasBawahNol: false },
];

export function buildCapaian(b: Book): void {
  const S = "Capaian";
  const pairs: [Input, Input][] = [];
  for (const t of SPECIAL)
    for (const r of [19.53, 20.18, 0, -3, null, "n/a", { error: true } as Input]) pairs.push([t, r]);
  for (let i = 0; i + 1 < RANDOM.length; i += 2) pairs.push([RANDOM[i], RANDOM[i + 1]], [RANDOM[i], RANDOM[i]]);
  const polars: Polaritas[] = ["positif", "negatif", "stabil"];
  for (const [t, r] of pairs) {
    const row = b.rows(S);
    b.put(S, `A${row}`, t);
    b.put(S, `B${row}`, r);
    let col = 3;
    for (const p of polars) {
      for (const opts of OPTIONS) {
        if (p !== "negatif" && opts.negatif === "2T-R" && opts.batasCapaian === null && !opts.batasBawahNol) continue;
        const js = capaian({ polaritas: p, target: jsNum(t), realisasi: jsNum(r) }, opts).value;
        const label = `${p} ${JSON.stringify(opts)} T=${JSON.stringify(t)} R=${JSON.stringify(r)}`;
        b.formula(
          S,
          row,
          col++,
          capaianFormula({ target: `A${row}`, realisasi: `B${row}` }, p, opts, false),
          orEmpty(js),
          label,
        );
        b.formula(
          S,
          row,
          col++,
          capaianFormula({ target: `A${row}`, realisasi: `B${row}` }, p, opts, true),
          orEmpty(js === null ? null : js / 100),
          `${label} fraction`,
          "0.00%",
        );
      }
    }
  }
  // Literal operands, including negative literals that must be parenthesised.
  for (const [t, r] of [
    [19.53, 20.18],
    [-4, 2],
    [5, -2.5],
    [0, 1],
  ] as [number, number][]) {
    const row = b.rows(S);
    let col = 3;
    for (const p of polars) {
      for (const opts of OPTIONS.slice(0, 2)) {
        const js = capaian({ polaritas: p, target: t, realisasi: r }, opts).value;
        b.formula(
          S,
          row,
          col++,
          capaianFormula({ target: String(t), realisasi: String(r) }, p, opts, false),
          orEmpty(js),
          `${p} literals ${t} ${r} ${opts.negatif}`,
        );
      }
    }
  }
}

export function buildRange(b: Book): void {
  const S = "Rentang";
  const bounds: [Input, Input][] = [
    [80, 90],
    [90, 80],
    [0, 10],
    [-10, 0],
    [-20, -10],
    [50, 50],
    [null, 90],
    ["a", 90],
    [80, { error: true }],
  ];
  const reals: Input[] = [85, 80, 90, 95, 60, 0, -5, 5, 50, 10, -15, null, "x", 1e9];
  for (const [l, h] of bounds) {
    for (const r of reals) {
      const row = b.rows(S);
      b.put(S, `A${row}`, r);
      b.put(S, `B${row}`, l);
      b.put(S, `C${row}`, h);
      const L = jsNum(l);
      const H = jsNum(h);
      let col = 4;
      for (const opts of [OPTIONS[0], OPTIONS[3], OPTIONS[2]]) {
        const js = capaian(
          {
            polaritas: "range",
            target: null,
            realisasi: jsNum(r),
            targetRange: L === null || H === null ? null : [L, H],
          },
          opts,
        ).value;
        const label = `range [${JSON.stringify(l)},${JSON.stringify(h)}] R=${JSON.stringify(r)} ${JSON.stringify(opts)}`;
        b.formula(
          S,
          row,
          col++,
          capaianFormula({ target: "", realisasi: `A${row}`, low: `B${row}`, high: `C${row}` }, "range", opts, false),
          orEmpty(js),
          `${label} refs`,
        );
        b.formula(
          S,
          row,
          col++,
          capaianFormula({ target: "", realisasi: `A${row}`, low: `B${row}`, high: `C${row}` }, "range", opts, true),
          orEmpty(js === null ? null : js / 100),
          `${label} refs fraction`,
          "0.00%",
        );
        if (L !== null && H !== null) {
          b.formula(
            S,
            row,
            col++,
            capaianFormula({ target: "", realisasi: `A${row}`, low: String(L), high: String(H) }, "range", opts, false),
            orEmpty(js),
            `${label} literals`,
          );
          b.formula(
            S,
            row,
            col++,
            capaianFormula({ target: "", realisasi: `A${row}`, low: String(L), high: String(H) }, "range", opts, true),
            orEmpty(js === null ? null : js / 100),
            `${label} literals fraction`,
            "0.00%",
          );
        } else col += 2;
      }
    }
  }
}

export function buildPredikat(b: Book): void {
  const S = "Predikat";
  const scales: PredikatBand[][] = [
    predikatBands({ skala: "95-80-50" }),
    predikatBands({ skala: "permendagri-86" }),
    predikatBands({ skala: "100-75-55" }),
    [
      { min: 0, label: 'Kurang "K"' },
      { min: 90, label: "Baik" },
      { min: 60.5, label: "Cukup" },
    ],
  ];
  const values: Input[] = [
    96.78,
    95,
    94.995,
    94.994999,
    94.9949,
    80,
    79.995,
    50.95,
    49.99,
    91,
    90.5,
    75.999,
    99.995,
    100,
    1669.77,
    0,
    -0.004,
    -1,
    -40,
    60.4951,
    null,
    "n/a",
    { error: true },
    ...RANDOM.slice(0, 8),
  ];
  for (const v of values) {
    const row = b.rows(S);
    b.put(S, `A${row}`, v);
    // The same capaian as a fraction in column B (as in a "0.00%" column).
    const frac = typeof v === "number" ? shiftDecimal(v, -2) : v;
    b.put(S, `B${row}`, frac);
    let col = 3;
    for (const bands of scales) {
      for (const d of [0, 1, 2, 3]) {
        const js = predikat(jsNum(v), bands, d);
        b.formula(
          S,
          row,
          col++,
          predikatFormula(`A${row}`, bands, d, false),
          js ?? "",
          `predikat ${JSON.stringify(v)} d=${d} ${bands[0].label}`,
        );
        const jsF = predikat(typeof frac === "number" ? shiftDecimal(frac, 2) : null, bands, d);
        b.formula(
          S,
          row,
          col++,
          predikatFormula(`B${row}`, bands, d, true),
          jsF ?? "",
          `predikat fraction ${JSON.stringify(frac)} d=${d} ${bands[0].label}`,
        );
      }
    }
  }
}

export function buildRataRata(b: Book): void {
  const S = "RataRata";
  const sets: { v: Input[]; w: Input[] }[] = [
    { v: [96.77898909811695, 100, null, null], w: [1, 1, 1, 1] },
    { v: [1479.85, -42.89, "", "n/a"], w: [1, 2, 3, 4] },
    { v: [null, null, null, null], w: [1, 1, 1, 1] },
    { v: ["x", { error: true }, "100", null], w: [1, 1, 1, 1] },
    { v: [80, 100, 70, null], w: [1, 3, null, 5] },
    { v: [80, 100, 70, 60], w: [0, 0, "a", { error: true }] },
    { v: [0, 0, 0, 0], w: [1, 2, 3, 4] },
    { v: RANDOM.slice(0, 4), w: RANDOM.slice(4, 8).map((x) => Math.abs(x)) },
    { v: RANDOM.slice(8, 12), w: [2, null, 1, 0] },
  ];
  for (const s of sets) {
    const row = b.rows(S);
    s.v.forEach((v, i) => b.put(S, `${"ABCD"[i]}${row}`, v));
    s.w.forEach((w, i) => b.put(S, `${"EFGH"[i]}${row}`, w));
    const vals = s.v.map(jsNum);
    const refs = ["A", "B", "C", "D"].map((c) => `${c}${row}`);
    const wrefs = ["E", "F", "G", "H"].map((c) => `${c}${row}`);
    b.formula(S, row, 9, rataRataFormula(refs), orEmpty(rataRata(vals).value), `mean ${JSON.stringify(s.v)}`);
    b.formula(
      S,
      row,
      10,
      rataRataFormula([`A${row}:D${row}`]),
      orEmpty(rataRata(vals).value),
      `mean range ${JSON.stringify(s.v)}`,
    );
    b.formula(
      S,
      row,
      11,
      rataRataFormula(refs, wrefs),
      orEmpty(rataRata(vals, s.w.map(jsNum)).value),
      `weighted ${JSON.stringify(s.v)} ${JSON.stringify(s.w)}`,
    );
    // Expressions as operands (a fraction column read as points): the cells hold v/100 in M..P.
    s.v.forEach((v, i) => b.put(S, `${"MNOP"[i]}${row}`, typeof v === "number" ? shiftDecimal(v, -2) : v));
    const exprRefs = ["M", "N", "O", "P"].map((c) => `${c}${row}*100`);
    b.formula(
      S,
      row,
      12,
      rataRataFormula(exprRefs),
      orEmpty(rataRata(vals).value),
      `mean of expressions ${JSON.stringify(s.v)}`,
    );
  }
}

export function buildAnggaran(b: Book): void {
  const S = "Anggaran";
  const pairs: [Input, Input][] = [
    [3548323356, 3282267316],
    [950071800, 841959380],
    [2334273356, 2190600386],
    [1214050000, 1091666930],
    [0, 0],
    [0, 100],
    [100, 0],
    [null, 5],
    [5, null],
    ["Rp 1.000", 500],
    [1000, "n/a"],
    [{ error: true }, 5],
    [100, -20],
    [-100, 50],
    [1000, 1500],
  ];
  for (let i = 0; i + 1 < RANDOM.length; i += 2) pairs.push([Math.abs(RANDOM[i]) * 1e6, Math.abs(RANDOM[i + 1]) * 1e6]);
  for (const [a, r] of pairs) {
    const row = b.rows(S);
    b.put(S, `A${row}`, a);
    b.put(S, `B${row}`, r);
    const p = penyerapan(jsNum(a), jsNum(r)).value;
    const label = `A=${JSON.stringify(a)} R=${JSON.stringify(r)}`;
    b.formula(S, row, 3, penyerapanFormula(`A${row}`, `B${row}`, false), orEmpty(p), `penyerapan ${label}`);
    b.formula(
      S,
      row,
      4,
      penyerapanFormula(`A${row}`, `B${row}`, true),
      orEmpty(p === null ? null : p / 100),
      `penyerapan fraction ${label}`,
      "0.00%",
    );
    b.formula(
      S,
      row,
      5,
      sisaFormula(`A${row}`, `B${row}`),
      orEmpty(sisa(jsNum(a), jsNum(r)).value),
      `sisa ${label}`,
      undefined,
      magnitude(a, r),
    );
  }
}

/** Parents: children in consecutive rows (anggaran A, realisasi B, own penyerapan C points, D fraction). */
export function buildInduk(b: Book): void {
  const S = "Induk";
  const groups: [Input, Input][][] = [
    [
      [100, 90],
      [300, 150],
      [null, null],
    ],
    [
      [657770200, 600000000],
      [224670000, 200000000],
      [324244100, 324244100],
    ],
    [
      [0, 0],
      [0, 0],
    ],
    [
      [null, null],
      [null, null],
    ],
    [
      [100, null],
      [200, null],
    ],
    [
      [100, 50],
      ["n/a", 20],
      [0, 10],
    ],
    [
      [null, 10],
      [100, 20],
    ],
    [
      [1000, 1500],
      [-100, 50],
    ],
  ];
  for (const kids of groups) {
    // Parent row first (as in budget sheets), then the children.
    const top = b.rows(S, kids.length + 1);
    const first = top + 1;
    const last = top + kids.length;
    kids.forEach(([a, r], i) => {
      const row = first + i;
      b.put(S, `A${row}`, a);
      b.put(S, `B${row}`, r);
      const p = penyerapan(jsNum(a), jsNum(r)).value;
      b.formula(S, row, 3, penyerapanFormula(`A${row}`, `B${row}`, false), orEmpty(p), `child penyerapan ${a} ${r}`);
      b.formula(
        S,
        row,
        4,
        penyerapanFormula(`A${row}`, `B${row}`, true),
        orEmpty(p === null ? null : p / 100),
        `child penyerapan fraction ${a} ${r}`,
        "0.00%",
      );
    });
    const figures = kids.map(([a, r]) => ({ anggaran: jsNum(a), realisasi: jsNum(r) }));
    const aR = [`A${first}:A${last}`];
    const rR = [`B${first}:B${last}`];
    // Also split ranges (runs of rows), as fill writes them for non-contiguous leaves.
    const aSplit = kids.map((_, i) => `A${first + i}`);
    const rSplit = kids.map((_, i) => `B${first + i}`);
    const childPoints = kids.map((_, i) => `C${first + i}`);
    const childFraction = kids.map((_, i) => `D${first + i}*100`);
    const label = `parent of ${JSON.stringify(kids)}`;
    for (const mode of ["bobot", "rata-rata"] as Settings["penyerapanInduk"][]) {
      const v = penyerapanInduk(figures, mode).value;
      const col = mode === "bobot" ? 3 : 5;
      b.formula(S, top, col, penyerapanIndukFormula(aR, rR, childPoints, mode, false), orEmpty(v), `${label} ${mode}`);
      b.formula(
        S,
        top,
        col + 1,
        penyerapanIndukFormula(aSplit, rSplit, childFraction, mode, true),
        orEmpty(v === null ? null : v / 100),
        `${label} ${mode} fraction`,
        "0.00%",
      );
    }
    const s = sisa(jumlah(figures.map((f) => f.anggaran)), jumlah(figures.map((f) => f.realisasi))).value;
    b.formula(S, top, 7, sisaIndukFormula(aR, rR), orEmpty(s), `${label} sisa`);
    b.formula(S, top, 8, sisaIndukFormula(aSplit, rSplit), orEmpty(s), `${label} sisa split`);
  }
}

export function buildEfisiensi(b: Book): void {
  const S = "Efisiensi";
  const pairs: [Input, Input][] = [
    [50.94877573240827, 93.84506661866726],
    [1669.7727272727273, 89.91944236234092],
    [100, 92.5],
    [99.99, 92.5],
    [90, 60],
    [90, 0],
    [0, 0],
    [null, 92.5],
    [90, null],
    ["n/a", 50],
    [50, { error: true }],
    [-42.5, 10],
    [120, 120],
  ];
  for (let i = 0; i + 1 < RANDOM.length; i += 2) pairs.push([RANDOM[i], RANDOM[i + 1]]);
  for (const [c, p] of pairs) {
    const row = b.rows(S);
    b.put(S, `A${row}`, c);
    b.put(S, `B${row}`, p);
    // The same as fractions (columns formatted "0.00%"), referenced as "X*100".
    b.put(S, `C${row}`, typeof c === "number" ? shiftDecimal(c, -2) : c);
    b.put(S, `D${row}`, typeof p === "number" ? shiftDecimal(p, -2) : p);
    let col = 5;
    for (const mode of ["selisih", "indeks", "sisa"] as Settings["efisiensi"][]) {
      const v = efisiensi(jsNum(c), jsNum(p), mode).nilai.value;
      const label = `${mode} C=${JSON.stringify(c)} P=${JSON.stringify(p)}`;
      const scale = mode === "indeks" ? undefined : magnitude(c, p, mode === "sisa" ? 100 : 0);
      b.formula(S, row, col++, efisiensiFormula(`A${row}`, `B${row}`, mode), orEmpty(v), label, undefined, scale);
      b.formula(
        S,
        row,
        col++,
        efisiensiFormula(`C${row}*100`, `D${row}*100`, mode),
        orEmpty(v),
        `${label} from fractions`,
        undefined,
        scale,
      );
    }
  }
}

/** A chain as fill writes it: capaian formulas, then their mean and its predikat, efisiensi from them. */
export function buildChain(b: Book): void {
  const S = "Rantai";
  const opts: CapaianOptions = { negatif: "T/R", batasCapaian: null, batasBawahNol: false };
  const bands = predikatBands({ skala: "95-80-50" });
  const rows: { p: Polaritas; t: Input; r: Input; a: Input; ra: Input }[] = [
    { p: "negatif", t: 19.53, r: 20.18, a: null, ra: null },
    { p: "positif", t: 0.5, r: 0.5, a: null, ra: null },
    { p: "positif", t: 4.4, r: 73.47, a: 1214050000, ra: 1091666930 },
    { p: "negatif", t: 100606, r: 197465, a: 2334273356, ra: 2190600386 },
    { p: "positif", t: 0, r: 5, a: 100, ra: 50 },
  ];
  const first = b.rows(S, rows.length);
  const caps: (number | null)[] = [];
  const effs: (number | null)[] = [];
  rows.forEach((x, i) => {
    const row = first + i;
    b.put(S, `A${row}`, x.t);
    b.put(S, `B${row}`, x.r);
    b.put(S, `C${row}`, x.a);
    b.put(S, `D${row}`, x.ra);
    const c = capaian({ polaritas: x.p, target: jsNum(x.t), realisasi: jsNum(x.r) }, opts).value;
    const p = penyerapan(jsNum(x.a), jsNum(x.ra)).value;
    const e = efisiensi(c, p, "selisih").nilai.value;
    caps.push(c);
    effs.push(e);
    b.formula(
      S,
      row,
      5,
      capaianFormula({ target: `A${row}`, realisasi: `B${row}` }, x.p, opts, true),
      orEmpty(c === null ? null : c / 100),
      `chain capaian ${i}`,
      "0.00%",
    );
    b.formula(
      S,
      row,
      6,
      predikatFormula(`E${row}`, bands, 2, true),
      predikat(c, bands, 2) ?? "",
      `chain predikat ${i}`,
    );
    b.formula(
      S,
      row,
      7,
      penyerapanFormula(`C${row}`, `D${row}`, true),
      orEmpty(p === null ? null : p / 100),
      `chain penyerapan ${i}`,
      "0.00%",
    );
    b.formula(S, row, 8, efisiensiFormula(`E${row}*100`, `G${row}*100`, "selisih"), orEmpty(e), `chain efisiensi ${i}`);
  });
  const mean = b.rows(S);
  const refs = rows.map((_, i) => `E${first + i}`);
  const m = rataRata(caps).value;
  b.formula(S, mean, 5, rataRataFormula(refs), orEmpty(m === null ? null : m / 100), "chain mean capaian", "0.00%");
  b.formula(
    S,
    mean,
    6,
    predikatFormula(`E${mean}`, bands, 2, true),
    predikat(m, bands, 2) ?? "",
    "chain mean predikat",
  );
  b.formula(
    S,
    mean,
    8,
    rataRataFormula(rows.map((_, i) => `H${first + i}`)),
    orEmpty(rataRata(effs).value),
    "chain mean efisiensi",
  );
}

/** The largest magnitude among the numeric operands of a difference. */
function magnitude(...xs: (Input | number)[]): number {
  return Math.max(0, ...xs.map((x) => (typeof x === "number" ? Math.abs(x) : 0)));
}

export function close(actual: number, expected: number, scale = 0): boolean {
  if (actual === expected) return true;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(expected), scale, 1e-3);
}

/** The whole workbook: every twin, every variant. */
export function buildAll(b: Book): void {
  buildCapaian(b);
  buildRange(b);
  buildPredikat(b);
  buildRataRata(b);
  buildAnggaran(b);
  buildInduk(b);
  buildEfisiensi(b);
  buildChain(b);
}
