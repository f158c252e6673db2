/**
 * Issue 9, Office.js at scale: a fill of 100,000 budget rows on the strict fake with Excel on the web's limits
 * (5 MB request and response). No sync refused; every request and response under the 4 MB budget; syncs a
 * constant (what a 300-row sheet takes) plus one per 4 MB moved, reading and writing each; the undo record
 * small enough to go out with the cells. Counts and bytes, never time.
 */
import { measureOfficeFillWeb, type OfficeFillMeasure } from "../../support/excel-fake/bench";
import { STATE_CHUNK } from "../../../src/core/workbook/state";

const BUDGET = 4_000_000;

let small: OfficeFillMeasure;
let large: OfficeFillMeasure;

beforeAll(async () => {
  small = await measureOfficeFillWeb(300);
  large = await measureOfficeFillWeb(100_000);
}, 300_000);

test("100,000 rows on the web's limits: nothing refused, every request and response under 4 MB", () => {
  expect(large.cellsWritten).toBeGreaterThan(199_000);
  expect(large.failedSyncs).toBe(0);
  expect(large.largestPayloadBytes).toBeLessThan(BUDGET);
  expect(large.largestResponseBytes).toBeLessThan(BUDGET);
  // the budget is used: the data syncs carry most of 4 MB each
  expect(large.largestPayloadBytes).toBeGreaterThan(0.9 * BUDGET);
  expect(large.largestResponseBytes).toBeGreaterThan(0.9 * BUDGET);
});

test("syncs: the constant of a 300-row sheet plus one per 4 MB, for reading and for writing", () => {
  expect(small.failedSyncs).toBe(0);
  expect(small.syncs).toBeLessThanOrEqual(9);
  const perBudget = (bytes: number) => Math.ceil(bytes / BUDGET);
  expect(large.readSyncs).toBeLessThanOrEqual(small.readSyncs + perBudget(large.readBytes));
  expect(large.applySyncs).toBeLessThanOrEqual(small.applySyncs + perBudget(large.applyBytes));
  expect(large.syncs).toBeLessThanOrEqual(small.syncs + perBudget(large.readBytes + large.applyBytes));
  // what 100,000 rows move (figures of this generator, so that a change in size is seen)
  expect(large.readBytes).toBeGreaterThan(30_000_000);
  expect(large.applyBytes).toBeGreaterThan(10_000_000);
});

test("the undo record: empty cells share their row, it stores in one state cell and goes out with the cells", () => {
  expect(large.undoRows).toBeGreaterThan(199_000);
  expect(large.undoRowObjects).toBeLessThan(10);
  expect(large.stateChars).toBeLessThan(STATE_CHUNK);
  expect(large.stateWithCells).toBe(true);
  expect(small.stateWithCells).toBe(true);
});
