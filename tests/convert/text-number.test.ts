/** Text to number: the number and a format that shows what was there; percentages follow their column. */
import { convertTextReading, percentStyleOf } from "../../src/core/convert/text-number";
import type { Reading } from "../../src/core/model";
import { readNumber } from "../../src/core/numbers";

const reading = (raw: string | number, numberFormat = "General"): Reading => ({
  row: 0,
  col: 0,
  raw,
  isFormula: false,
  ...readNumber(raw, numberFormat, { preferThousands: / org$/.test(String(raw)) }),
});

test.each([
  ["1.250.000,00", 1250000, "#,##0.00"],
  ["100.606 org", 100606, '#,##0 "org"'],
  ["Rp 1.000", 1000, '"Rp "#,##0'],
  ["Rp 1.214.050.000,00", 1214050000, '"Rp "#,##0.00'],
  ["80,5", 80.5, "0.0"],
  ["12", 12, "0"],
  ["19,34%", 0.1934, "0.00%"],
])("%s -> %d with %s", (text, value, format) => {
  expect(convertTextReading(reading(text), null)).toEqual({
    value,
    numberFormat: format,
    fraction: format.endsWith("%") && !format.includes('"%"'),
  });
});

test("a percentage follows its column: points where the other cells hold points", () => {
  const column = [reading("19,34%"), reading(80), reading(72.5)];
  expect(percentStyleOf(column)).toBe("points");
  expect(convertTextReading(column[0], "points")).toEqual({ value: 19.34, numberFormat: '0.00"%"', fraction: false });
  const fractions = [reading("19,34%"), reading(0.8, "0.00%")];
  expect(percentStyleOf(fractions)).toBe("fraction");
  expect(convertTextReading(fractions[0], "fraction")).toEqual({
    value: 0.1934,
    numberFormat: "0.00%",
    fraction: true,
  });
  // The converted number reads back as the same figure.
  expect(readNumber(19.34, '0.00"%"').value).toBe(19.34);
  expect(readNumber(0.1934, "0.00%").value).toBe(19.34);
});

test("what is not a number stored as text is not converted", () => {
  expect(convertTextReading(reading("n/a"), null)).toBeNull();
  expect(convertTextReading(reading(1250000, "#,##0"), null)).toBeNull();
});
