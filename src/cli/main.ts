/**
 * The `lkjip` command line: the engine on .xlsx files through the ExcelJS adapter.
 * Exit codes: 0 done; 1 `check` found an error or could measure nothing; 2 bad input (missing/damaged file, bad settings, usage).
 */
import { Command, CommanderError } from "commander";
import { readFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openWorkbookFile, saveWorkbookFile } from "../adapters/exceljs/file";
import { WorkbookFileError, WorkbookPlanError } from "../adapters/exceljs/errors";
import type { ExcelJsWorkbook } from "../adapters/exceljs/workbook";
import { analyze, planFill, resolveSettings, type FillResult } from "../core/engine";
import { teksCli as T } from "../core/i18n/cli";
import type { Analysis } from "../core/model";
import { toJsonDocument, type JsonContext } from "../core/output/json";
import { printCheck, printFill, printScan, printFigures } from "./summary";
import { runReport, type ReportOutcome } from "./report";
import type { Io, Loaded } from "./types";

/** An error whose message is meant for the user as it is; exit code 2. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
  }
}

interface CommonOptions {
  settings?: string;
  json?: boolean;
}

export type { Io, Loaded } from "./types";

const defaultIo: Io = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};

async function loadSettingsFile(file: string | undefined): Promise<Record<string, unknown> | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new UserError(
      T.galat.pengaturanTakTerbaca(
        file,
        (e as NodeJS.ErrnoException).code === "ENOENT" ? "berkas tidak ada" : String((e as Error).message),
      ),
    );
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new Error("isinya harus objek JSON { ... }");
    return parsed as Record<string, unknown>;
  } catch (e) {
    throw new UserError(T.galat.pengaturanTakTerbaca(file, (e as Error).message));
  }
}

export async function load(file: string, settingsFile: string | undefined): Promise<Loaded> {
  const host = await loadSettingsFile(settingsFile);
  return understand(await openWorkbookFile(file), host, settingsFile ?? file);
}

/** Read a workbook already in memory and analyze it with its settings. */
async function understand(
  book: ExcelJsWorkbook,
  host: Record<string, unknown> | undefined,
  settingsSource: string,
): Promise<Loaded> {
  const snapshot = await book.read();
  const r = resolveSettings(snapshot, host);
  if (!r.ok)
    throw new UserError([T.galat.pengaturanTakValid(settingsSource), ...r.errors.map((e) => `  ${e}`)].join("\n"));
  const analysis = analyze(snapshot, r.settings);
  return { book, snapshot, settings: r.settings, analysis };
}

function emitJson(io: Io, analysis: Analysis, ctx: JsonContext): void {
  io.out(JSON.stringify(toJsonDocument(analysis, ctx), null, 2));
}

export async function fillFile(
  file: string,
  out: string,
  opts: { settings?: string; values?: boolean; force?: boolean },
): Promise<{ loaded: Loaded; fill: FillResult; skipped: string[] }> {
  const loaded = await load(file, opts.settings);
  const fill = planFill(loaded.snapshot, loaded.analysis, loaded.settings, {
    mode: opts.values ? "nilai" : "rumus",
    force: !!opts.force,
  });
  let skipped: string[] = [];
  if (fill.plan.ops.length > 0) {
    const res = await loaded.book.apply(fill.plan);
    skipped = res.skipped ?? [];
  }
  await saveWorkbookFile(loaded.book, out);
  return { loaded, fill, skipped };
}

function resolveOut(input: string, out: string | undefined, inPlace: boolean | undefined): string {
  if (inPlace) return input;
  if (!out) throw new UserError(T.galat.tanpaOut);
  if (path.resolve(out) === path.resolve(input)) throw new UserError(T.galat.outSamaDenganInput);
  return out;
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name("lkjip")
    .description(T.deskripsi)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError(false);

  const common = (c: Command) => c.option("--settings <file>", T.opsi.settings).option("--json", T.opsi.json);

  common(program.command("scan").argument("<book>", "berkas .xlsx").description(T.perintah.scan)).action(
    async (book: string, o: CommonOptions) => {
      const { analysis, settings } = await load(book, o.settings);
      if (o.json) emitJson(io, analysis, { command: "scan", file: book, settings });
      else printScan(io, book, analysis);
    },
  );

  common(program.command("check").argument("<book>", "berkas .xlsx").description(T.perintah.check)).action(
    async (book: string, o: CommonOptions) => {
      const { analysis, settings } = await load(book, o.settings);
      if (o.json) emitJson(io, analysis, { command: "check", file: book, settings });
      else {
        printFigures(io, analysis, settings);
        printCheck(io, analysis.temuan, analysis.coverage);
      }
      // An error found, or nothing measured at all (no sheet could be read): not a clean bill.
      if (analysis.temuan.some((t) => t.severity === "error") || analysis.coverage.kosong) setExit(1);
    },
  );

  common(
    program
      .command("fill")
      .argument("<book>", "berkas .xlsx")
      .description(T.perintah.fill)
      .option("--out <file>", T.opsi.out)
      .option("--in-place", T.opsi.inPlace)
      .option("--values", T.opsi.values)
      .option("--force", T.opsi.force),
  ).action(
    async (book: string, o: CommonOptions & { out?: string; inPlace?: boolean; values?: boolean; force?: boolean }) => {
      const out = resolveOut(book, o.out, o.inPlace);
      const { loaded, fill, skipped } = await fillFile(book, out, o);
      if (o.json)
        emitJson(io, loaded.analysis, {
          command: "fill",
          file: book,
          settings: loaded.settings,
          fill: { ...fill, output: out },
        });
      else printFill(io, out, fill, skipped);
    },
  );

  common(
    program
      .command("report")
      .argument("<book>", "berkas .xlsx")
      .description(T.perintah.report)
      .option("--out <file>", T.opsi.out)
      .option("--in-place", T.opsi.inPlace)
      .option("--docx <file>", T.opsi.docx),
  ).action(async (book: string, o: CommonOptions & { out?: string; inPlace?: boolean; docx?: string }) => {
    const out = resolveOut(book, o.out, o.inPlace);
    const loaded = await load(book, o.settings);
    const outcome: ReportOutcome = await runReport(loaded, out, o.docx ?? null);
    if (o.json)
      emitJson(io, loaded.analysis, { command: "report", file: book, settings: loaded.settings, report: outcome });
    else {
      io.out(T.ringkasan.laporan(out, outcome.sheets.length));
      if (outcome.docx) io.out(T.ringkasan.docx(outcome.docx));
      for (const s of [...outcome.omitted, ...outcome.skipped]) io.out(T.ringkasan.dilewati(s));
    }
  });

  program
    .command("demo")
    .description(T.perintah.demo)
    .option("--out-dir <dir>", T.opsi.outDir, "out")
    .action(async (o: { outDir: string }) => {
      const sample = path.join(__dirname, "..", "..", "examples", "dinsos-sumenep-2020.xlsx");
      const dir = o.outDir;
      await mkdir(dir, { recursive: true });
      const filled = path.join(dir, "dinsos-sumenep-2020-terisi.xlsx");
      const laporan = path.join(dir, "dinsos-sumenep-2020-laporan.xlsx");
      const docx = path.join(dir, "dinsos-sumenep-2020-laporan.docx");
      const jsonFile = path.join(dir, "dinsos-sumenep-2020.json");
      io.out(T.ringkasan.berkas(path.relative(process.cwd(), sample)));
      const { loaded, fill, skipped } = await fillFile(sample, filled, {});
      printFigures(io, loaded.analysis, loaded.settings);
      printCheck(io, loaded.analysis.temuan, loaded.analysis.coverage, 12);
      printFill(io, filled, fill, skipped, 5);
      // The report reads the filled workbook as it is in memory (no second parse of the saved file).
      const outcome = await runReport(await understand(loaded.book, undefined, sample), laporan, docx);
      io.out(T.ringkasan.laporan(laporan, outcome.sheets.length));
      if (outcome.docx) io.out(T.ringkasan.docx(outcome.docx));
      for (const s of [...outcome.omitted, ...outcome.skipped]) io.out(T.ringkasan.dilewati(s));
      const doc = toJsonDocument(loaded.analysis, {
        command: "fill",
        file: sample,
        settings: loaded.settings,
        fill: { ...fill, output: filled },
      });
      await writeFile(jsonFile, JSON.stringify(doc, null, 2));
      io.out(T.ringkasan.demoJson(jsonFile));
      io.out(T.ringkasan.demoSelesai(dir));
    });

  return program;
}

/** Runs the command line; resolves to the exit code. Never throws for the user's mistakes. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return 0;
      return 2;
    }
    if (e instanceof UserError || e instanceof WorkbookFileError || e instanceof WorkbookPlanError) {
      io.err(e.message);
      return 2;
    }
    io.err(`Kesalahan tak terduga: ${(e as Error).message ?? String(e)}`);
    return 2;
  }
}
