/**
 * Every formula twin of the calculation library, evaluated by LibreOffice (an independent spreadsheet
 * engine), must give the same number as its JS function (to 1e-9 relative), or "" where the JS value is
 * null, or the same predikat label. Inputs cover every polarity and variant, target 0, empty, text, errors,
 * booleans, cap and floor, range bounds (literal and referenced), stabil, parent sums, efisiensi modes and
 * fraction ("0.00%") columns. One workbook, one LibreOffice run.
 */
import { Book, buildAll, close } from "./twins";
import { readValues, recalc } from "../support/libreoffice";

describe("formula twins evaluated by LibreOffice", () => {
  it("every formula gives the JS function's value", async () => {
    const b = new Book();
    buildAll(b);
    const input = Buffer.from(await b.wb.xlsx.writeBuffer());
    const output = await recalc(input);

    const sheets = new Map<string, (number | string | null)[][]>();
    for (const name of new Set(b.cases.map((c) => c.sheet))) sheets.set(name, await readValues(output, name));

    const failures: string[] = [];
    let numbers = 0;
    let empties = 0;
    let labels = 0;
    for (const c of b.cases) {
      const actual = sheets.get(c.sheet)?.[c.row - 1]?.[c.col - 1] ?? null;
      let ok: boolean;
      if (typeof c.expected === "number") {
        numbers++;
        ok = typeof actual === "number" && close(actual, c.expected, c.scale);
      } else {
        if (c.expected === "") empties++;
        else labels++;
        ok = actual === c.expected;
      }
      if (!ok)
        failures.push(
          `${c.sheet}!R${c.row}C${c.col} ${c.label}\n  formula: ${c.formula}\n  expected ${JSON.stringify(c.expected)}, LibreOffice ${JSON.stringify(actual)}`,
        );
    }
    expect(failures.slice(0, 15).join("\n")).toBe("");
    // The workbook really exercised all three kinds of result.
    expect(b.cases.length).toBeGreaterThan(2500);
    expect(numbers).toBeGreaterThan(1000);
    expect(empties).toBeGreaterThan(500);
    expect(labels).toBeGreaterThan(300);
  });
});
