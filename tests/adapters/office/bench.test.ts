/** The benchmark's helper works, and reading stays at a constant number of syncs as the sheet grows. */
import { measureOfficeFill } from "../../support/excel-fake/bench";

test("measureOfficeFill: read syncs constant plus one per 4 MB for 300 and 3,000 rows, payloads under the web's 5 MB", async () => {
  const small = await measureOfficeFill(300);
  const large = await measureOfficeFill(3000);
  expect(large.readSyncs).toBeLessThanOrEqual(small.readSyncs + 1);
  expect(small.readSyncs).toBeLessThanOrEqual(4);
  expect(large.cellsWritten).toBeGreaterThan(small.cellsWritten * 5);
  for (const m of [small, large, small.web, large.web]) {
    expect(m.failedSyncs).toBe(0);
    expect(m.largestPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    expect(m.syncs).toBe(m.readSyncs + m.applySyncs);
  }
});
