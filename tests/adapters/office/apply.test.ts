/** OfficeWorkbook.apply against the strict fake: exact cells, text stays text, payload chunking, state. */
import type { CellWrite, StoredState, WorkbookSnapshot, WriteOp, WritePlan } from "../../../src/core/workbook/port";
import { STATE_SHEET } from "../../../src/core/workbook/port";
import { OfficeActionError, runExcelAction } from "../../../src/adapters/office";
import { officeText } from "../../../src/core/i18n/office";
import type { FakeExcel } from "../../support/excel-fake";
import { fakeExcel, sheet } from "./helpers";

let excel: FakeExcel | null = null;
afterEach(() => {
  excel?.uninstall();
  excel = null;
});

function base(): WorkbookSnapshot {
  const s = sheet("Data", [
    ["a1", "b1", "c1", "d1", "e1"],
    ["a2", 2, 3, 4, "e2"],
    ["a3", 5, 6, 7, "e3"],
    ["a4", 8, 9, 10, "e4"],
    ["a5", "b5", "c5", "d5", "e5"],
  ]);
  s.numberFormats = s.numberFormats.map((r) => r.map(() => "#,##0"));
  s.bold[0] = [true, true, true, true, true];
  return { sheets: [s, sheet("Lain", [["x"]])], state: null };
}

const apply = (plan: WritePlan, options = {}, onProgress?: (d: number, t: number) => void) =>
  runExcelAction((book) => book.apply(plan, onProgress), options);
const read = () => runExcelAction((book) => book.read());

/** The syncs that carried writes (each write batch starts with the suspend calls). */
const writeSyncs = (e: FakeExcel) =>
  e.stats.records.filter((r) => r.names.includes("Application.suspendApiCalculationUntilNextSync"));

async function caught(p: Promise<unknown>): Promise<OfficeActionError> {
  try {
    await p;
  } catch (e) {
    return e as OfficeActionError;
  }
  throw new Error("expected a rejection");
}

describe("OfficeWorkbook.apply: cells", () => {
  test("a block with nulls writes only its non-null cells and leaves every other cell as it was", async () => {
    const before = base();
    excel = fakeExcel(before);
    const cells: (CellWrite | null)[][] = [
      [{ value: 20 }, null, { formula: "B2*2", numberFormat: "0.00" }],
      [null, null, null],
      [null, { numberFormat: "0%" }, { value: null }],
    ];
    const res = await apply({ ops: [{ kind: "cells", sheet: "Data", row: 1, col: 1, cells }] });
    expect(res.cellsWritten).toBe(4);
    const after = await read();
    const want = structuredClone(before.sheets[0]);
    want.values[1][1] = 20;
    want.values[1][3] = null; // a formula the fake does not calculate
    want.formulas[1][3] = "B2*2";
    want.numberFormats[1][3] = "0.00";
    want.numberFormats[3][2] = "0%";
    want.values[3][3] = null; // value null clears
    expect(after.sheets[0]).toEqual(want);
    expect(after.sheets[1]).toEqual(before.sheets[1]);
    // the fully-null middle row split the block: two ranges, B2:D2 and C4:D4
    expect(writeSyncs(excel).length).toBe(1);
    const write = writeSyncs(excel)[0];
    expect(
      write.names.filter((n) => n === "Range.values" || n === "Range.formulas" || n === "Range.numberFormat").length,
    ).toBe(5);
  });

  test("text starting with = + - @ and text that looks like a number stays text, exactly as given", async () => {
    excel = fakeExcel(base());
    const texts = ["=1+1", "+62 812 3456", "-", "@rumus", "007", "TRUE", "12,5", "1/2/2020", "'kutip"];
    await apply({
      ops: [{ kind: "cells", sheet: "Lain", row: 2, col: 0, cells: [texts.map((value) => ({ value }))] }],
    });
    const got = (await read()).sheets.find((s) => s.name === "Lain")!;
    expect(got.values[2]).toEqual(texts);
    expect(got.formulas[2]).toEqual(texts.map(() => null));
    // the number format was not changed to Text to do it
    expect(got.numberFormats[2]).toEqual(texts.map(() => "General"));
    // Excel's quote prefix on exactly those; plain words go in as they are
    await apply({
      ops: [
        {
          kind: "cells",
          sheet: "Lain",
          row: 3,
          col: 0,
          cells: [[{ value: "Sangat Berhasil" }, { value: "Kegiatan 1" }]],
        },
      ],
    });
    const lain = excel.book.mustSheet("Lain");
    expect(texts.map((_, k) => lain.get(2, k)?.quotePrefix)).toEqual(texts.map(() => true));
    expect([lain.get(3, 0)?.quotePrefix, lain.get(3, 1)?.quotePrefix]).toEqual([false, true]);
    expect(lain.get(3, 0)?.value).toBe("Sangat Berhasil");
  });

  test("a formula is written as a formula, numbers and booleans as such", async () => {
    excel = fakeExcel(base());
    await apply({
      ops: [
        {
          kind: "cells",
          sheet: "Lain",
          row: 0,
          col: 1,
          cells: [[{ formula: "SUM(Data!B2:B4)" }, { value: 1.5 }, { value: false }]],
        },
      ],
    });
    const c = excel.book.mustSheet("Lain");
    expect(c.get(0, 1)).toMatchObject({ formula: "SUM(Data!B2:B4)" });
    expect(c.get(0, 2)).toMatchObject({ value: 1.5, formula: null });
    expect(c.get(0, 3)).toMatchObject({ value: false });
  });

  test("a formula into a cell the user formatted as Text: the plan's own format is set first, so it stays a formula", async () => {
    const snap = base();
    snap.sheets[0].numberFormats[1][4] = "@";
    snap.sheets[0].numberFormats[2][4] = "@";
    excel = fakeExcel(snap);
    await apply({
      ops: [
        {
          kind: "cells",
          sheet: "Data",
          row: 1,
          col: 4,
          cells: [[{ formula: "D2/C2*100", numberFormat: "0.00" }], [{ formula: "D3/C3*100" }]],
        },
      ],
    });
    const s = excel.book.mustSheet("Data");
    expect(s.get(1, 4)).toMatchObject({ formula: "D2/C2*100", numberFormat: "0.00" });
    // without a format of its own Excel keeps it as text, as it would for a user typing it
    expect(s.get(2, 4)).toMatchObject({ formula: null, value: "=D3/C3*100" });
  });

  test("a bad number is refused before anything is written, naming sheet and cell", async () => {
    excel = fakeExcel(base());
    const err = await caught(
      apply({
        ops: [{ kind: "cells", sheet: "Data", row: 0, col: 0, cells: [[{ value: 1 }, { value: Number.NaN }]] }],
      }),
    );
    expect(err).toBeInstanceOf(OfficeActionError);
    expect(err.message).toBe(officeText.badNumber("Data", "B1"));
    expect(excel.book.mustSheet("Data").get(0, 0)?.value).toBe("a1");
  });

  test("a cells op on a sheet that does not exist fails before any write", async () => {
    excel = fakeExcel(base());
    const err = await caught(
      apply({
        ops: [
          { kind: "cells", sheet: "Data", row: 0, col: 0, cells: [[{ value: "ditulis?" }]] },
          { kind: "cells", sheet: "Hilang", row: 0, col: 0, cells: [[{ value: 1 }]] },
        ],
      }),
    );
    expect(err.message).toBe(officeText.sheetMissing("Hilang"));
    expect(excel.book.mustSheet("Data").get(0, 0)?.value).toBe("a1");
    expect(writeSyncs(excel)).toEqual([]);
  });
});

describe("OfficeWorkbook.apply: merged areas", () => {
  test("content for a hidden cell of a merged area is refused before anything is written (Excel would drop it)", async () => {
    const snap = base();
    snap.sheets[0].merges = [{ top: 4, left: 0, bottom: 4, right: 3 }];
    excel = fakeExcel(snap);
    const err = await caught(
      apply({
        ops: [
          { kind: "cells", sheet: "Data", row: 0, col: 0, cells: [[{ value: "baru" }]] },
          {
            kind: "cells",
            sheet: "Data",
            row: 4,
            col: 0,
            cells: [[{ value: "RATA-RATA" }, null, { formula: "AVERAGE(C2:C4)" }]],
          },
        ],
      }),
    );
    expect(err.message).toBe(officeText.mergedCell("Data", "C5", "A5"));
    expect(excel.book.mustSheet("Data").get(0, 0)?.value).toBe("a1");
    // formats and clearing are allowed there; so is content in the top-left cell
    await apply({
      ops: [
        {
          kind: "cells",
          sheet: "Data",
          row: 4,
          col: 0,
          cells: [[{ value: "RATA-RATA" }, { numberFormat: "0.00" }, { value: null }]],
        },
      ],
    });
    expect(excel.book.mustSheet("Data").get(4, 0)?.value).toBe("RATA-RATA");
    expect(excel.book.mustSheet("Data").get(4, 1)?.numberFormat).toBe("0.00");
  });

  test("merges made earlier in the same plan count; a new sheet starts without any", async () => {
    excel = fakeExcel(base());
    const err = await caught(
      apply({
        ops: [
          { kind: "addSheet", sheet: "Tabel" },
          { kind: "merge", sheet: "Tabel", range: { top: 0, left: 0, bottom: 1, right: 0 } },
          { kind: "cells", sheet: "Tabel", row: 0, col: 0, cells: [[{ value: "NO" }], [{ value: "x" }]] },
        ],
      }),
    );
    expect(err.message).toBe(officeText.mergedCell("Tabel", "A2", "A1"));
    expect(excel.book.sheet("Tabel")).toBeUndefined();
  });
});

describe("OfficeWorkbook.apply: payload", () => {
  function column(n: number, col = 5): WriteOp {
    return {
      kind: "cells",
      sheet: "Data",
      row: 0,
      col,
      cells: Array.from({ length: n }, (_, i) => [
        { formula: `IFERROR(ROUND(D${i + 1}/C${i + 1}*100,2),0)`, numberFormat: "0.00" },
      ]),
    };
  }

  test("batches stay under the payload budget, each with one suspend of calculation and screen updating", async () => {
    excel = fakeExcel(base());
    const progress: [number, number][] = [];
    await apply({ ops: [column(10_000)] }, { writeBudgetBytes: 60_000 }, (d, t) => progress.push([d, t]));
    const writes = writeSyncs(excel);
    expect(writes.length).toBeGreaterThan(5);
    for (const w of writes) {
      expect(w.error).toBeNull();
      expect(w.requestBytes).toBeLessThanOrEqual(60_000);
      expect(w.suspendCalculation).toBe(1);
      expect(w.suspendScreenUpdating).toBe(1);
    }
    const s = excel.book.mustSheet("Data");
    expect(s.get(9999, 5)).toMatchObject({ formula: "IFERROR(ROUND(D10000/C10000*100,2),0)", numberFormat: "0.00" });
    expect(s.get(0, 5)?.formula).toBe("IFERROR(ROUND(D1/C1*100,2),0)");
    // progress: one call per batch, increasing, ending at the total
    expect(progress.length).toBe(writes.length);
    expect(progress[progress.length - 1]).toEqual([10_000, 10_000]);
    for (let i = 1; i < progress.length; i++) expect(progress[i][0]).toBeGreaterThan(progress[i - 1][0]);
  });

  test("one number format for a run of rows is sent once ([[code]]), not once a cell; mixed rows keep their own", async () => {
    excel = fakeExcel(base());
    const op = column(10_000) as Extract<WriteOp, { kind: "cells" }>;
    op.cells[0] = [{ value: "Penyerapan (%)" }]; // a header without a format
    op.cells[1] = [{ value: 1, numberFormat: "General" }];
    op.cells[2] = [{ value: 2, numberFormat: "@" }];
    await apply({ ops: [op] });
    const s = excel.book.mustSheet("Data");
    expect(s.get(0, 5)?.numberFormat).toBe("General"); // left alone
    expect(s.get(1, 5)?.numberFormat).toBe("General");
    expect(s.get(2, 5)?.numberFormat).toBe("@");
    expect(s.get(3, 5)?.numberFormat).toBe("0.00");
    expect(s.get(9999, 5)).toMatchObject({ formula: "IFERROR(ROUND(D10000/C10000*100,2),0)", numberFormat: "0.00" });
    const formulas = op.cells.slice(3).map(([c]) => [`=${c?.formula}`]);
    const sent = writeSyncs(excel).reduce((n, r) => n + r.requestBytes, 0);
    // the formulas, the first three rows and the calls; one "0.00" a cell would add 70,000 bytes
    expect(sent).toBeLessThan(JSON.stringify(formulas).length + 3_000);
    expect(sent).toBeGreaterThan(JSON.stringify(formulas).length);
  });

  test("RequestPayloadSizeLimitExceeded: the batch and then the block are halved until Excel takes them", async () => {
    excel = fakeExcel(base(), { requestLimitBytes: 40_000 });
    await apply({ ops: [column(3000), column(3000, 6)] }, { writeBudgetBytes: 10_000_000 });
    expect(writeSyncs(excel)[0].error).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.stats.failedSyncs).toBeGreaterThan(1);
    const s = excel.book.mustSheet("Data");
    for (let r = 0; r < 3000; r++) {
      expect(s.get(r, 5)?.formula).toBe(`IFERROR(ROUND(D${r + 1}/C${r + 1}*100,2),0)`);
      expect(s.get(r, 6)?.numberFormat).toBe("0.00");
    }
  });

  test("a single cell over the limit cannot be split: an Indonesian message", async () => {
    excel = fakeExcel(base(), { requestLimitBytes: 5_000 });
    const err = await caught(
      apply({ ops: [{ kind: "cells", sheet: "Data", row: 0, col: 0, cells: [[{ value: "x".repeat(10_000) }]] }] }),
    );
    expect(err).toBeInstanceOf(OfficeActionError);
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(err.message).toBe(officeText.payloadTooLarge);
  });
});

describe("OfficeWorkbook.apply: looks at scale", () => {
  test.each([
    ["one batch", {}],
    ["cut by rows over batches of 300,000 bytes", { writeBudgetBytes: 300_000 }],
  ])(
    "a recorded styleLike over 5,000 rows (%s): looks read in syncs under 4 MB, every row styled and recorded",
    async (_, options) => {
      const n = 5000;
      const s0 = sheet(
        "Data",
        Array.from({ length: n }, (_, i) => [i, i * 2]),
      );
      excel = fakeExcel({ sheets: [s0], state: null }, { responseLimitBytes: 5 * 1024 * 1024 });
      const data = excel.book.mustSheet("Data");
      for (let r = 0; r < n; r++) {
        const c = data.ensure(r, 0);
        c.fill = r % 2 === 0 ? "#D9E2F3" : "#FFF2CC";
        c.italic = r % 3 === 0;
        data.ensure(r, 2).fontColor = "#FF0000"; // what the styleLike replaces, recorded for Batalkan
      }
      const plan: WritePlan = {
        ops: [
          {
            kind: "styleLike",
            sheet: "Data",
            from: { row: 0, col: 0 },
            range: { top: 0, left: 2, bottom: n - 1, right: 2 },
            record: true,
          },
          { kind: "state", state: { version: 1, undo: [] } },
        ],
      };
      await apply(plan, options);
      expect(excel.stats.failedSyncs).toBe(0);
      const budget = (options as { writeBudgetBytes?: number }).writeBudgetBytes;
      const writes = writeSyncs(excel);
      // 1,74 MB of looks (about 350 bytes a cell) and the state: one batch, or six full ones of 300,000 bytes
      expect(writes.length).toBe(budget ? 6 : 1);
      if (budget) for (const w of writes.slice(0, -1)) expect(w.requestBytes).toBeGreaterThan(0.8 * budget);
      for (const w of writes) expect(w.requestBytes).toBeLessThan(budget ?? 4_000_000);
      const looks = excel.stats.records.filter((r) => r.names.includes("Range.getCellProperties"));
      expect(looks.length).toBeGreaterThan(1); // 10,000 cells of looks: more than one sync
      for (const r of looks) expect(r.responseBytes).toBeLessThan(4_000_000);
      for (let r = 0; r < n; r++) {
        expect(data.get(r, 2)).toMatchObject({ fill: r % 2 === 0 ? "#D9E2F3" : "#FFF2CC", italic: r % 3 === 0 });
        expect(data.get(r, 2)?.fontColor).toBe("#000000");
      }
      const undo = excel.book.state()?.undo ?? [];
      const restore = undo.find((op) => op.kind === "restoreStyles");
      expect(restore).toMatchObject({ kind: "restoreStyles", row: 0, col: 2 });
      const back = (restore as Extract<WriteOp, { kind: "restoreStyles" }>).looks;
      expect(back.length).toBe(n);
      expect(back[4999][0]?.font?.color).toBe("FF0000");
      expect(back[0][0]?.fill).toBeUndefined();
    },
  );
});

describe("OfficeWorkbook.apply: host errors", () => {
  test("cell-edit mode gives the Indonesian message", async () => {
    excel = fakeExcel(base());
    excel.cellEditMode = true;
    const err = await caught(
      apply({ ops: [{ kind: "cells", sheet: "Data", row: 0, col: 0, cells: [[{ value: 1 }]] }] }),
    );
    expect(err).toBeInstanceOf(OfficeActionError);
    expect(err.code).toBe("InvalidOperationInCellEditMode");
    expect(err.message).toBe("Excel sedang dalam mode edit sel: tekan Enter atau Esc, lalu coba lagi.");
    expect(excel.book.mustSheet("Data").get(0, 0)?.value).toBe("a1");
  });

  test("GeneralException (another workbook took focus) gives its message", async () => {
    excel = fakeExcel(base());
    excel.failNext = ["GeneralException"];
    const err = await caught(read());
    expect(err.code).toBe("GeneralException");
    expect(err.message).toBe(officeText.generalException);
  });
});

describe("OfficeWorkbook.apply: state", () => {
  const bigUndo = (n: number): WriteOp[] =>
    Array.from({ length: n }, (_, i) => ({
      kind: "cells",
      sheet: "Data",
      row: i,
      col: 5,
      cells: [[{ value: `nilai lama ${i} =A1` }]],
    }));

  test("state round-trip: very hidden sheet, JSON in column A chunks under 32,000 characters", async () => {
    excel = fakeExcel(base());
    const state: StoredState = {
      version: 1,
      settings: { desimal: 1 },
      generatedSheets: ["Tabel 3.1"],
      undo: bigUndo(1500),
    };
    await apply({ ops: [{ kind: "state", state }] });
    const st = excel.book.mustSheet(STATE_SHEET);
    expect(st.visibility).toBe("VeryHidden");
    const chunks = st.rows.map((r) => r?.[0]?.value).filter((v) => v !== undefined && v !== null) as string[];
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(c.length).toBeLessThan(32_000);
    const got = await read();
    expect(got.state).toEqual(state);
    expect(got.sheets.map((s) => s.name)).toEqual(["Data", "Lain"]);
    // a smaller state replaces it completely (no stale chunks left behind)
    const small: StoredState = { version: 1, undo: null };
    await apply({ ops: [{ kind: "state", state: small }] });
    expect((await read()).state).toEqual(small);
  });

  test("a state that records an undo is written before the cells; one that clears it, after them", async () => {
    excel = fakeExcel(base());
    const state: StoredState = { version: 1, undo: bigUndo(3) };
    const cells: WriteOp = {
      kind: "cells",
      sheet: "Data",
      row: 0,
      col: 5,
      cells: Array.from({ length: 3000 }, () => [{ value: 1 }]),
    };
    // the second write batch fails (another workbook took focus)
    const failSecondWrite = () => {
      let writes = 0;
      return (names: string[]) =>
        names.includes("Application.suspendApiCalculationUntilNextSync") && ++writes === 2 ? "GeneralException" : null;
    };
    excel.failWhere = failSecondWrite();
    await caught(apply({ ops: [cells, { kind: "state", state }] }, { writeBudgetBytes: 10_000 }));
    expect(writeSyncs(excel).length).toBe(2);
    expect(excel.book.state()).toEqual(state);
    expect(excel.book.mustSheet("Data").get(2999, 5)).toBeUndefined();

    excel.uninstall();
    excel = fakeExcel({ ...base(), state });
    excel.failWhere = failSecondWrite();
    const clear: StoredState = { version: 1, undo: null };
    await caught(apply({ ops: [cells, { kind: "state", state: clear }] }, { writeBudgetBytes: 10_000 }));
    expect(excel.book.state()).toEqual(state); // the record survives a failed undo
  });
});

describe("OfficeWorkbook.apply: sheets, styles, layout, charts", () => {
  test("add, write, style, merge, width, page setup and chart on a new sheet; wrap text last", async () => {
    excel = fakeExcel(base());
    const plan: WritePlan = {
      ops: [
        { kind: "addSheet", sheet: "Tabel 3.1" },
        {
          kind: "cells",
          sheet: "Tabel 3.1",
          row: 0,
          col: 0,
          cells: [
            [
              {
                value: "Sasaran",
                style: { bold: true, fill: "d9e2f3", border: true, hAlign: "center", vAlign: "middle", wrap: true },
              },
              null,
              { value: "Capaian" },
            ],
            [
              { value: "A" },
              { value: 1 },
              {
                value: 96.5,
                numberFormat: "0.00",
                style: { border: true, hAlign: "right", fontName: "Arial", fontSize: 10 },
              },
            ],
          ],
        },
        { kind: "merge", sheet: "Tabel 3.1", range: { top: 0, left: 0, bottom: 0, right: 1 } },
        { kind: "columnWidth", sheet: "Tabel 3.1", col: 0, width: 8.43 },
        { kind: "columnWidth", sheet: "Tabel 3.1", col: 2, width: 20 },
        {
          kind: "pageSetup",
          sheet: "Tabel 3.1",
          setup: { paper: "F4", orientation: "landscape", fitToWidth: true, printTitleRows: [0, 1] },
        },
        {
          kind: "chart",
          sheet: "Tabel 3.1",
          chart: {
            kind: "column",
            title: "Capaian",
            categories: { top: 1, left: 0, bottom: 1, right: 0 },
            series: [
              { name: "Realisasi", values: { top: 1, left: 1, bottom: 1, right: 1 } },
              { name: "Capaian", values: { top: 1, left: 2, bottom: 1, right: 2 } },
            ],
            anchor: { top: 4, left: 0, bottom: 20, right: 6 },
          },
        },
      ],
    };
    const res = await apply(plan);
    expect(res).toEqual({ cellsWritten: 5 });
    const s = excel.book.mustSheet("Tabel 3.1");
    expect(s.get(0, 0)).toMatchObject({
      value: "Sasaran",
      bold: true,
      fill: "#D9E2F3",
      hAlign: "Center",
      vAlign: "Center",
      wrap: true,
    });
    expect(s.get(0, 0)?.borders.top).toEqual({ style: "Continuous", weight: "Thin", color: "#000000" });
    expect(s.get(1, 2)).toMatchObject({
      value: 96.5,
      numberFormat: "0.00",
      hAlign: "Right",
      fontName: "Arial",
      fontSize: 10,
      bold: false,
    });
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(s.columnWidths.get(0)).toBe(48);
    expect(s.columnWidths.get(2)).toBe(108.75);
    expect(s.pageLayout).toEqual({
      paperSize: "Folio",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$2",
    });
    expect(s.charts).toEqual([
      {
        type: "ColumnClustered",
        source: "B2",
        seriesBy: "Columns",
        title: "Capaian",
        position: { start: "A5", end: "G21" },
        series: [
          { name: "Realisasi", values: "B2", xAxis: "A2" },
          { name: "Capaian", values: "C2", xAxis: "A2" },
        ],
      },
    ]);
    // wrap text is a separate setCellProperties, queued after every other call
    expect(writeSyncs(excel).length).toBe(1);
    const names = writeSyncs(excel)[0].names;
    const props = names.map((n, i) => (n === "Range.setCellProperties" ? i : -1)).filter((i) => i >= 0);
    expect(props.length).toBe(2);
    expect(props[1]).toBe(names.length - 1);
  });

  test("an existing sheet of the same name is not overwritten; a missing sheet to delete is reported, not an error", async () => {
    excel = fakeExcel(base());
    const err = await caught(apply({ ops: [{ kind: "addSheet", sheet: "data" }] }));
    expect(err.message).toBe(officeText.sheetExists("data"));
    const res = await apply({
      ops: [
        { kind: "deleteSheet", sheet: "Tabel 9" },
        { kind: "deleteSheet", sheet: "Lain" },
      ],
    });
    expect(res.skipped).toEqual([officeText.skippedDelete("Tabel 9")]);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Data"]);
    const bad = await caught(apply({ ops: [{ kind: "addSheet", sheet: "Tabel 3.1: Capaian" }] }));
    expect(bad.message).toBe(officeText.badSheetName("Tabel 3.1: Capaian"));
  });

  test("on an ExcelApi 1.8 host, page setup and styles are skipped with a message, values still written", async () => {
    excel = fakeExcel(base(), { apiVersion: "1.8" });
    const res = await apply({
      ops: [
        { kind: "cells", sheet: "Lain", row: 1, col: 0, cells: [[{ value: "judul", style: { bold: true } }]] },
        { kind: "pageSetup", sheet: "Lain", setup: { paper: "A4", orientation: "portrait", fitToWidth: false } },
      ],
    });
    expect(res.skipped).toEqual([officeText.skippedStyles("Lain"), officeText.skippedPageSetup("Lain")]);
    expect(excel.book.mustSheet("Lain").get(1, 0)).toMatchObject({ value: "judul", bold: false });
    for (const r of excel.stats.records) expect(r.suspendScreenUpdating).toBe(0);
  });
});
