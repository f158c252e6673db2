/**
 * The real-table corpus (issue 7): every table loads through the real code path, and at least 95% of the
 * hand-checked figures and cell expectations hold. Each miss is printed with its reason.
 */
import { discoverTables, formatReport, scoreCorpus, type CorpusScore } from "./harness";
import type { RealTable } from "./types";

const found = discoverTables();
const tables: RealTable[] = found.map((x) => x.table);

describe("real-table corpus", () => {
  let score: CorpusScore;
  beforeAll(async () => {
    score = await scoreCorpus(tables);
  });

  test("each table is well formed: id = file name, a source, expectations", () => {
    const ids = new Set<string>();
    for (const { file, table } of found) {
      expect(`${table.id}.ts`).toBe(file);
      expect(ids.has(table.id)).toBe(false);
      ids.add(table.id);
      const s = table.source;
      expect(s.agency.length).toBeGreaterThan(5);
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.transcribedFrom.length).toBeGreaterThan(10);
      expect(table.layouts.length).toBeGreaterThan(0);
      expect(table.figures.length + table.cells.length).toBeGreaterThan(0);
      for (const f of table.figures) expect(f.why.length).toBeGreaterThan(0);
      for (const c of table.cells) expect(c.cell).toMatch(/^[A-Z]{1,3}[1-9][0-9]*$/);
    }
  });

  test("every table loads and is analysed", () => {
    const broken = score.tables.filter((s) => s.error).map((s) => `${s.id}: ${s.error}`);
    expect(broken).toEqual([]);
  });

  test("at least 95% of the real corpus's figures hold", () => {
    const report = formatReport(score);
    if (score.held < 0.95 * score.total) console.log(report);
    expect(score.total).toBeGreaterThan(0);
    expect(score.held / score.total).toBeGreaterThanOrEqual(0.95);
  });
});
