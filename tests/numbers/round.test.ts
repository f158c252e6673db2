import fc from "fast-check";
import Decimal from "decimal.js";
import { decimalDifference, roundHalfAway, shiftDecimal } from "../../src/core/numbers";

/** Reference: decimal.js ROUND_HALF_UP (half away from zero) on the number's 15-significant-digit string. */
function reference(x: number, d: number): number {
  const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
  const v = new D(x.toPrecision(15));
  const r =
    d >= 0
      ? v.toDecimalPlaces(d, Decimal.ROUND_HALF_UP)
      : v.div(new D(10).pow(-d)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(new D(10).pow(-d));
  const n = r.toNumber();
  return n === 0 ? 0 : n;
}

describe("roundHalfAway: Excel ROUND", () => {
  it.each([
    [1.005, 2, 1.01],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [1234, -2, 1200],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [0.285, 2, 0.29],
    [1.0049999, 2, 1],
    [96.7789, 2, 96.78],
    [95.8375, 2, 95.84],
    [92.504999999, 2, 92.5],
    [-42.885, 2, -42.89],
    [0.5, 0, 1],
    [0.49, 0, 0],
    [499, -3, 0],
    [500, -3, 1000],
    [5, -1, 10],
    [4, -5, 0],
    [9.995, 2, 10],
    [99.995, 2, 100],
    [-0.001, 2, 0],
    [1e21 + 5e5, -6, 1e21], // beyond 15 significant digits
    [1.5e21, -21, 2e21],
    [1.23e-7, 8, 1.2e-7],
    [1.25e-7, 8, 1.3e-7],
    [123.456, 10, 123.456],
    [2.675, 2, 2.68],
    [1.0000000000000002, 15, 1],
    [123456789012345, 0, 123456789012345], // integers of 15 digits are themselves
    [-987654321, 2, -987654321],
    [1234567890123456, 0, 1234567890123460], // 16 digits: rounded to 15 significant first
    [-1234567890123456, 3, -1234567890123460],
  ])("ROUND(%p; %p) = %p", (x, d, expected) => {
    expect(roundHalfAway(x, d)).toBe(expected);
  });

  it("never returns -0", () => {
    expect(Object.is(roundHalfAway(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAway(-0, 2), 0)).toBe(true);
  });

  it("passes non-finite values through", () => {
    expect(roundHalfAway(Number.NaN, 2)).toBeNaN();
    expect(roundHalfAway(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });

  it("seed figures round as printed", () => {
    expect(roundHalfAway((19.53 / 20.18) * 100, 2)).toBe(96.78);
    expect(roundHalfAway((100606 / 197465) * 100, 2)).toBe(50.95);
    expect(roundHalfAway((3282267316 / 3548323356) * 100, 2)).toBe(92.5);
    expect(roundHalfAway((841959380 / 950071800) * 100, 2)).toBe(88.62);
  });

  it("agrees with decimal.js on random doubles, decimals -3..6", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -3, max: 6 }),
        (x, d) => {
          expect(roundHalfAway(x, d)).toBe(reference(x, d));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("agrees with decimal.js on exact half cases (k + 0.5) / 10^d, positive and negative", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }), (k, d) => {
        const x = Number(`${k}.5e${-d}`);
        const r = roundHalfAway(x, d);
        expect(r).toBe(reference(x, d));
        // Half away from zero: the magnitude goes up.
        expect(Math.abs(r)).toBe(Number(`${Math.abs(k) + 1}e${-d}`));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with decimal.js on values with few decimals (where x*100 tricks fail)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999_999, max: 99_999_999 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 6 }),
        (k, scale, d) => {
          const x = k / 10 ** scale;
          expect(roundHalfAway(x, d)).toBe(reference(x, d));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("is idempotent and keeps within half a unit", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const r = roundHalfAway(x, d);
        expect(roundHalfAway(r, d)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d * (1 + 1e-9) + Math.abs(x) * 1e-14);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("shiftDecimal", () => {
  it("moves the decimal point on the 15-digit value", () => {
    expect(shiftDecimal(0.044, 2)).toBe(4.4);
    expect(0.044 * 100).not.toBe(4.4); // why it exists
    expect(shiftDecimal(0.9678, 2)).toBe(96.78);
    expect(shiftDecimal(-0.5, 2)).toBe(-50);
    expect(shiftDecimal(4.4, -2)).toBe(0.044);
    expect(shiftDecimal(0, 2)).toBe(0);
  });
});

describe("decimalDifference", () => {
  it("subtracts the decimal values exactly", () => {
    expect(decimalDifference(20.18, 19.48)).toBe(0.7);
    expect(20.18 - 19.48).not.toBe(0.7);
    expect(decimalDifference(19.48, 20.16)).toBe(-0.68);
    expect(decimalDifference(1214050000, 1091666930)).toBe(122383070);
    expect(decimalDifference(0.3, 0.3)).toBe(0);
    expect(decimalDifference(1e-7, 1e7)).toBe(-9999999.9999999);
  });
  it("agrees with decimal.js on random printed figures", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        (a, b, s) => {
          const x = a / 10 ** s;
          const y = b / 10 ** s;
          expect(decimalDifference(x, y)).toBe(
            new Decimal(x.toPrecision(15)).minus(new Decimal(y.toPrecision(15))).toNumber(),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
