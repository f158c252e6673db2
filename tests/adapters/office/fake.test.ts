/** The Excel fake is strict where Excel is: nothing can be read before load + sync. */
import { FakeExcel, FakeBook } from "../../support/excel-fake";
import type { FakeRequestContext } from "../../support/excel-fake";
import { sheet } from "./helpers";

function fake(): FakeExcel {
  return new FakeExcel(
    FakeBook.fromSnapshot({
      sheets: [
        sheet("Data", [
          ["a", 1],
          ["b", 2],
        ]),
      ],
      state: null,
    }),
  );
}

async function caught(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error("expected a rejection");
}

describe("Excel fake strictness", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const excel = fake();
    const err = await caught(
      excel.run(async (ctx: FakeRequestContext) => {
        const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
        return r.values;
      }),
    );
    expect(err.code).toBe("PropertyNotLoaded");
    expect(err.message).toContain("'values'");
  });

  test("load without sync is still not readable; after sync it is, and only what was loaded", async () => {
    const excel = fake();
    await excel.run(async (ctx: FakeRequestContext) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
      expect(() => r.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(excel.stats.syncs).toBe(1);
  });

  test("a loaded value is a snapshot: a later write is not visible until loaded again", async () => {
    const excel = fake();
    await excel.run(async (ctx: FakeRequestContext) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("B1");
      r.load("values");
      await ctx.sync();
      r.values = [[5]];
      expect(r.values).toEqual([[1]]);
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[5]]);
    });
  });

  test("isNullObject, collection items and ClientResult.value need a sync", async () => {
    const excel = fake();
    await excel.run(async (ctx: FakeRequestContext) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Tidak Ada");
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      const props = sheets
        .getItem("Data")
        .getRange("A1")
        .getCellProperties({ format: { font: { bold: true } } });
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => props.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
      expect(() => sheets.items[0].visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(props.value).toEqual([[{ format: { font: { bold: false } } }]]);
    });
  });

  test("writes are queued and happen at sync, in order", async () => {
    const excel = fake();
    await excel.run(async (ctx: FakeRequestContext) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1");
      r.values = [["x"]];
      expect(excel.book.mustSheet("Data").get(0, 0)?.value).toBe("a");
      r.values = [["y"]];
      await ctx.sync();
      expect(excel.book.mustSheet("Data").get(0, 0)?.value).toBe("y");
    });
  });

  test("Excel's typing rules: '=' makes a formula, numbers and booleans are parsed, an apostrophe keeps text", async () => {
    const excel = fake();
    await excel.run(async (ctx: FakeRequestContext) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A4:F4");
      r.values = [["=1+1", "12", "TRUE", "'=1+1", "-", "'007"]];
      await ctx.sync();
    });
    const s = excel.book.mustSheet("Data");
    expect(s.get(3, 0)).toMatchObject({ formula: "1+1" });
    expect(s.get(3, 1)).toMatchObject({ value: 12, formula: null });
    expect(s.get(3, 2)).toMatchObject({ value: true });
    expect(s.get(3, 3)).toMatchObject({ value: "=1+1", formula: null, quotePrefix: true });
    expect(s.get(3, 4)?.formula).toBe("-");
    expect(s.get(3, 5)).toMatchObject({ value: "007", formula: null });
  });

  test("range.format setters (1.1): font, fill, borders, wrap, column width; reading them needs a load", async () => {
    const excel = fake();
    await excel.run(async (ctx: FakeRequestContext) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B1");
      r.format.font.bold = true;
      r.format.fill.color = "#ffee00";
      r.format.borders.getItem("EdgeBottom").style = "Continuous";
      r.format.wrapText = true;
      ctx.workbook.worksheets.getItem("Data").getRange("B:B").format.columnWidth = 100;
      expect(() => r.format.font.bold).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => r.format.columnWidth).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      r.format.load("columnWidth");
      await ctx.sync();
      expect(r.format.columnWidth).toBe(48);
    });
    const s = excel.book.mustSheet("Data");
    expect(s.get(0, 1)).toMatchObject({ bold: true, fill: "#FFEE00", wrap: true });
    expect(s.get(0, 1)?.borders.bottom).toEqual({ style: "Continuous", weight: "Thin", color: "#000000" });
    expect(s.get(0, 1)?.borders.top).toBeNull();
    expect(s.columnWidth(1)).toBe(100);
    expect(s.get(1, 0)?.bold).toBe(false);
  });

  test("a shape mismatch, a missing sheet and an unsupported API fail at sync", async () => {
    const excel = fake();
    excel.apiVersion = "1.8";
    const shape = await caught(
      excel.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(shape.code).toBe("InvalidArgument");
    const missing = await caught(
      excel.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    );
    expect(missing.code).toBe("ItemNotFound");
    const api = await caught(
      excel.run(async (ctx: FakeRequestContext) => {
        const p = ctx.workbook.worksheets
          .getItem("Data")
          .getRange("A1")
          .getCellProperties({ format: { font: { bold: true } } });
        await ctx.sync();
        return p.value;
      }),
    );
    expect(api.code).toBe("ApiNotFound");
  });

  test("numberFormat [[code]] applies to every cell of a bounded range; other shapes and bare values are refused", async () => {
    const excel = fake();
    await excel.run(async (ctx: FakeRequestContext) => {
      ctx.workbook.worksheets.getItem("Data").getRange("B1:C3").numberFormat = [["0.00"]];
      await ctx.sync();
    });
    const s = excel.book.mustSheet("Data");
    for (let r = 0; r < 3; r++) for (let k = 1; k < 3; k++) expect(s.get(r, k)?.numberFormat).toBe("0.00");
    expect(s.get(0, 0)?.numberFormat).toBe("General");
    expect(s.get(0, 1)?.value).toBe(1); // the values stay
    const refused = async (set: (r: Record<string, unknown>) => void) =>
      (
        await caught(
          excel.run(async (ctx: FakeRequestContext) => {
            set(ctx.workbook.worksheets.getItem("Data").getRange("A1:B2") as unknown as Record<string, unknown>);
            await ctx.sync();
          }),
        )
      ).code;
    expect(await refused((r) => (r.numberFormat = [["0.00", "0.00"]]))).toBe("InvalidArgument"); // one row of two
    expect(await refused((r) => (r.numberFormat = "0.00"))).toBe("InvalidArgument"); // a bare string
    expect(await refused((r) => (r.values = [[7]]))).toBe("InvalidArgument"); // 1x1 values on 2x2
    expect(await refused((r) => (r.formulas = [["=1"]]))).toBe("InvalidArgument");
    const col = await caught(
      excel.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A:A").numberFormat = [["0.00"]];
        await ctx.sync();
      }),
    );
    expect(col.code).toBe("InvalidArgument"); // unbounded: cell properties cannot be set
    expect(s.get(0, 0)?.numberFormat).toBe("General");
    expect(s.get(0, 0)?.value).toBe("a");
  });

  test("objects of an ended Excel.run cannot be used", async () => {
    const excel = fake();
    let kept: { load(s: string): unknown } | null = null;
    await excel.run(async (ctx: FakeRequestContext) => {
      kept = ctx.workbook.worksheets.getItem("Data").getRange("A1");
    });
    expect(() => kept!.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  test("payload: counted per sync, refused whole above the limit; cell-edit mode refuses every sync", async () => {
    const excel = fake();
    excel.requestLimitBytes = 2000;
    const big = Array.from({ length: 100 }, (_, i) => [`baris ${i} ${"x".repeat(20)}`]);
    const err = await caught(
      excel.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Data").getRange("C1:C100").values = big;
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.book.mustSheet("Data").get(0, 2)).toBeUndefined();
    expect(excel.stats.records[0].requestBytes).toBeGreaterThan(JSON.stringify(big).length);
    excel.cellEditMode = true;
    const edit = await caught(excel.run(async (ctx: FakeRequestContext) => ctx.sync()));
    expect(edit.code).toBe("InvalidOperationInCellEditMode");
  });

  test("used range (values only) and merged areas", async () => {
    const book = FakeBook.fromSnapshot({
      sheets: [
        {
          ...sheet("Data", [
            [null, null, null],
            [null, "x", null],
            [null, null, 3],
          ]),
          merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
        },
      ],
      state: null,
    });
    book.mustSheet("Data").ensure(9, 9).bold = true; // a format-only cell far away
    const excel = new FakeExcel(book);
    await excel.run(async (ctx: FakeRequestContext) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address");
      const all = ws.getUsedRange(false);
      all.load("address");
      const merged = ws.getRange("A1:C3").getMergedAreasOrNullObject();
      merged.load("address");
      const none = ws.getRange("A3").getMergedAreasOrNullObject();
      await ctx.sync();
      expect(used.address).toBe("Data!B2:C3");
      expect(all.address).toBe("Data!B2:J10");
      // like office-js #1590: the address names only the top-left cell; the areas give the whole area
      expect(merged.address).toBe("Data!B2");
      expect(none.isNullObject).toBe(true);
      merged.areas.load("items/address");
      await ctx.sync();
      expect(merged.areas.items.map((r) => r.address)).toEqual(["Data!B2:C2"]);
      none.areas.load("items/address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
    });
  });
});
