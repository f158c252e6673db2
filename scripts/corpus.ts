/**
 * `npm run corpus`: scores the real-table corpus (tests/corpus/real/tables) through the real code path and
 * prints, per table and in total, the figures held / total and each remaining miss with its reason.
 * Options: --quiet (no misses), --only <text> (tables whose id contains the text). Exit code 0 always:
 * it is a report; the 95% gate is tests/corpus/real/real.test.ts.
 */
import { discoverTables, formatReport, scoreCorpus } from "../tests/corpus/real/harness";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quiet = args.includes("--quiet");
  const i = args.indexOf("--only");
  const only = i >= 0 ? args[i + 1] : undefined;
  const tables = discoverTables()
    .map((x) => x.table)
    .filter((t) => !only || t.id.includes(only));
  const score = await scoreCorpus(tables);
  console.log(formatReport(score, { misses: !quiet }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
