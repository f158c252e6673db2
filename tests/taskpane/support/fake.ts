/**
 * Test doubles for the task pane: a snapshot builder, an in-memory WorkbookPort that records every plan it
 * is given (and carries out "cells" and "state" ops on its snapshot), and a session over it that counts runs.
 */
import type {
  ApplyResult,
  CellValue,
  ProgressFn,
  SheetSnapshot,
  StoredState,
  WorkbookPort,
  WorkbookSnapshot,
  WritePlan,
} from "../../../src/core/workbook/port";
import type { Session, SessionMode } from "../../../src/taskpane/session/session";

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  bold?: number[];
  formats?: Record<string, string>;
}

/** A sheet from rows of values (row 0 = sheet row 1), as a host adapter would read it. */
export function sheet({ name, rows, bold = [], formats = {} }: SheetSpec): SheetSnapshot {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined ? null : r[c])));
  const numberFormats = values.map((r, i) => r.map((_, c) => formats[`${i}:${c}`] ?? "General"));
  return {
    name,
    originRow: 0,
    originCol: 0,
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats,
    bold: values.map((r, i) => r.map(() => bold.includes(i))),
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
  };
}

/** A deep copy (JSON: jsdom has no structuredClone; snapshots hold only JSON data). */
function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

export class FakePort implements WorkbookPort {
  readonly applied: WritePlan[] = [];
  reads = 0;
  /** Make the next apply fail with this error. */
  failNext: Error | null = null;

  constructor(public snapshot: WorkbookSnapshot) {}

  async read(): Promise<WorkbookSnapshot> {
    this.reads += 1;
    return clone(this.snapshot);
  }

  async apply(plan: WritePlan, onProgress?: ProgressFn): Promise<ApplyResult> {
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
    this.applied.push(clone(plan));
    let cellsWritten = 0;
    plan.ops.forEach((op, i) => {
      if (op.kind === "state") this.snapshot.state = clone(op.state) as StoredState;
      if (op.kind === "cells") {
        const s = this.snapshot.sheets.find((x) => x.name === op.sheet);
        op.cells.forEach((line, r) =>
          line.forEach((w, c) => {
            if (!w) return;
            cellsWritten += 1;
            if (!s) return;
            const row = op.row + r - s.originRow;
            const col = op.col + c - s.originCol;
            while (s.values.length <= row) {
              const width = s.values[0]?.length ?? 1;
              s.values.push(Array(width).fill(null));
              s.formulas.push(Array(width).fill(null));
              s.numberFormats.push(Array(width).fill("General"));
              s.bold.push(Array(width).fill(false));
            }
            for (const grid of [s.values, s.formulas, s.numberFormats, s.bold] as unknown[][][]) {
              for (const line2 of grid)
                while (line2.length <= col)
                  line2.push(grid === s.numberFormats ? "General" : grid === s.bold ? false : null);
            }
            if (w.formula !== undefined) {
              s.formulas[row][col] = w.formula;
              s.values[row][col] = null;
            } else if (w.value !== undefined) {
              s.values[row][col] = w.value;
              s.formulas[row][col] = null;
            }
            if (w.numberFormat !== undefined) s.numberFormats[row][col] = w.numberFormat;
          }),
        );
      }
      onProgress?.(i + 1, plan.ops.length);
    });
    return { cellsWritten };
  }
}

export interface FakeSession extends Session {
  runs: number;
  selected: string[];
}

export function fakeSession(port: WorkbookPort, mode: SessionMode = "excel"): FakeSession {
  const s: FakeSession = {
    mode,
    runs: 0,
    selected: [],
    ready: () => true,
    run: async (action) => {
      s.runs += 1;
      return action(port);
    },
    selectCell: async (sheetName, cell) => {
      s.selected.push(`${sheetName}!${cell}`);
      return mode === "excel";
    },
  };
  return s;
}

/**
 * A small workbook the engine understands: an indicator sheet (seed figures, with a printed capaian of
 * 96,78 for Angka Kemiskinan where the PK target 19,34 gives 95,84) and a budget sheet whose printed
 * JUMLAH penyerapan is off.
 */
export function sampleSnapshot(): WorkbookSnapshot {
  return {
    state: null,
    sheets: [
      sheet({
        name: "IKU",
        rows: [
          ["PENGUKURAN KINERJA DINAS SOSIAL TAHUN 2020"],
          [],
          ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
          ["1", "Meningkatkan Kesejahteraan Masyarakat", "Angka Kemiskinan", "%", 19.34, 20.18, 96.78],
          ["", "", "Penurunan Masalah Sosial", "%", 0.5, 0.5, 100],
        ],
      }),
      sheet({
        name: "Anggaran",
        rows: [
          ["REALISASI ANGGARAN TAHUN 2020"],
          [],
          ["Kode", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
          ["1 06 01 15", "Program Pemberdayaan Fakir Miskin", 950071800, 841959380, 88.62],
          ["1 06 01 16", "Program Pelayanan Rehabilitasi", 279916840, 262005840, 93.6],
          ["", "JUMLAH", 1229988640, 1103965220, 91.0],
        ],
        bold: [5],
      }),
    ],
  };
}
