/**
 * Formula text between the port's form (what Excel shows and Office.js returns: "IFS(A1>0,1,2)") and the
 * form stored in an .xlsx file, where functions newer than Excel 2007 carry a "_xlfn." prefix
 * ("_xlfn.IFS(...)"). Without the prefix Excel shows #NAME? for them. Text inside string literals and
 * quoted sheet names is never touched.
 */

/** Functions added after Excel 2007 that the file format stores with "_xlfn." (the ones a report may use). */
const FUTURE_FUNCTIONS = new Set([
  "IFNA",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "XLOOKUP",
  "XMATCH",
  "AGGREGATE",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "CEILING.MATH",
  "FLOOR.MATH",
  "DAYS",
  "ISOWEEKNUM",
  "RANK.EQ",
  "RANK.AVG",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "QUARTILE.INC",
  "QUARTILE.EXC",
  "MEDIAN.IFS",
]);

/** Calls fn on each stretch of the formula outside "string literals" and 'quoted sheet names'. */
function mapOutsideQuotes(formula: string, fn: (part: string) => string): string {
  let out = "";
  let i = 0;
  let start = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      out += fn(formula.slice(start, i));
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      start = i;
    } else {
      i++;
    }
  }
  out += fn(formula.slice(start));
  return out;
}

/** Any of FUTURE_FUNCTIONS anywhere in a text (a quick test: most formulas have none and stay as they are). */
const ANY_FUTURE = new RegExp([...FUTURE_FUNCTIONS].map((n) => n.replace(/\./g, "\\.")).join("|"), "i");

/** Port form -> stored form: drops one leading "=", prefixes newer functions with "_xlfn.". */
export function toStoredFormula(formula: string): string {
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!ANY_FUTURE.test(f)) return f;
  return mapOutsideQuotes(f, (part) =>
    part.replace(/(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\()/g, (whole, before: string, name: string) =>
      FUTURE_FUNCTIONS.has(name.toUpperCase()) ? `${before}_xlfn.${name}` : whole,
    ),
  );
}

/** Stored form -> port form: removes "_xlfn." / "_xlws." prefixes. */
export function fromStoredFormula(formula: string): string {
  if (!formula.includes("_xl")) return formula;
  return mapOutsideQuotes(formula, (part) => part.replace(/_xlfn\.(?:_xlws\.)?/g, "").replace(/_xlws\./g, ""));
}
