/**
 * Round half away from zero on the decimal value, as Excel's ROUND does: ROUND(1.005; 2) = 1,01 even though
 * the binary double 1.005 is 1.00499999999999989... Excel works on 15 significant digits, so we take the
 * number's 15-significant-digit decimal form and round that, digit by digit, without floating point.
 * decimals may be negative (ROUND(1234; -2) = 1200).
 */
export function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0;
  // Excel truncates num_digits towards zero; keep within what a double can express.
  const d = Math.max(-400, Math.min(400, Math.trunc(Number.isFinite(decimals) ? decimals : 0)));
  // An integer of at most 15 digits is its own 15-digit form: to d >= 0 decimals it is itself (most budget figures).
  if (d >= 0 && Number.isInteger(x) && Math.abs(x) < 1e15) return x;
  const { negative, digits, pointPos } = decimalDigits15(x);
  // Digits up to position k (exclusive) are kept: they are the integer value of |x| * 10^d, truncated.
  const k = pointPos + d;
  if (k < 0) return 0;
  if (k >= digits.length) {
    // Nothing to round away: the 15-digit value itself.
    return signed(Number(`${digits}e${-(digits.length - pointPos)}`), negative);
  }
  let kept = digits.slice(0, k);
  if (digits.charCodeAt(k) >= 53 /* "5" */) kept = incrementDigits(kept);
  if (kept === "" || /^0*$/.test(kept)) return 0;
  return signed(Number(`${kept}e${-d}`), negative);
}

function signed(v: number, negative: boolean): number {
  if (v === 0) return 0;
  return negative ? -v : v;
}

/**
 * The 15-significant-digit decimal form of a finite non-zero number: its digits (may start with zeros) and the
 * position of the decimal point within them (value = digits[0..pointPos) "." digits[pointPos..]).
 * Exported for the percent shift in parse.ts.
 */
export function decimalDigits15(x: number): { negative: boolean; digits: string; pointPos: number } {
  const s = Math.abs(x).toPrecision(15);
  const [mantissa, expText] = s.split("e");
  const exp = expText === undefined ? 0 : Number(expText);
  const dot = mantissa.indexOf(".");
  const intPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const fracPart = dot < 0 ? "" : mantissa.slice(dot + 1);
  return { negative: x < 0, digits: intPart + fracPart, pointPos: intPart.length + exp };
}

/** "0999" -> "1000", "" -> "1", "129" -> "130". */
function incrementDigits(s: string): string {
  const chars = s.split("");
  let i = chars.length - 1;
  while (i >= 0) {
    if (chars[i] === "9") {
      chars[i] = "0";
      i--;
    } else {
      chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
      return chars.join("");
    }
  }
  return "1" + chars.join("");
}

/** x * 10^n on the 15-significant-digit decimal value (0.044 * 100 = 4.4 exactly as written, not 4.4000000000000004). */
export function shiftDecimal(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const { negative, digits, pointPos } = decimalDigits15(x);
  return signed(Number(`${digits}e${pointPos + n - digits.length}`), negative);
}

/** The 15-significant-digit decimal value of x as an integer and a power of ten: x = big * 10^exp. */
function toScaled(x: number): { big: bigint; exp: number } {
  if (x === 0) return { big: 0n, exp: 0 };
  const { negative, digits, pointPos } = decimalDigits15(x);
  const big = BigInt(digits);
  return { big: negative ? -big : big, exp: pointPos - digits.length };
}

/**
 * a - b on the 15-significant-digit decimal values, exactly (20.18 - 19.48 = 0.7, where floating point gives
 * 0.6999999999999993): for differences of printed figures, as Excel shows them.
 */
export function decimalDifference(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a - b;
  const x = toScaled(a);
  const y = toScaled(b);
  const exp = Math.min(x.exp, y.exp);
  const diff = x.big * 10n ** BigInt(x.exp - exp) - y.big * 10n ** BigInt(y.exp - exp);
  if (diff === 0n) return 0;
  return Number(`${diff}e${exp}`);
}
