/**
 * The `lkjip` command line: the engine on .xlsx files through the ExcelJS adapter.
 * Exit codes: 0 done; 1 `check` found an error or could measure nothing; 2 bad input (missing/damaged file, bad settings, usage).
 */
import { CommanderError, type Command } from "commander";
import { readFileSync } from "node:fs";
import { readFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openWorkbookFile, saveWorkbookFile } from "../adapters/exceljs/file";
import { UserError } from "../core/errors";
import type { ExcelJsWorkbook } from "../adapters/exceljs/workbook";
import { analyze, planFill, planUndo, resolveSettings, type FillResult } from "../core/engine";
import { teksCli as T } from "../core/i18n/cli";
import type { Analysis } from "../core/model";
import { formatAngka } from "../core/numbers/format";
import { toJsonDocument, type JsonContext } from "../core/output/json";
import { teksPengaturan } from "../core/i18n/pengaturan";
import { checkOverrides } from "../core/settings/overrides-check";
import { parseSettings, type Overrides } from "../core/settings/settings";
import { printCheck, printFill, printScan, printFigures } from "./summary";
import { runReport, type ReportOutcome } from "./report";
import { indonesian, IndonesianCommand, UsageError, usageLine } from "./commander-id";
import type { Io, Loaded } from "./types";

/** An error whose message is meant for the user as it is; exit code 2 (the one base class, src/core/errors.ts). */
export { UserError };

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
  if (text.trim() === "") throw new UserError(T.galat.pengaturanBukanJson(file, teksPengaturan.jsonKosong));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch (e) {
    throw new UserError(T.galat.pengaturanBukanJson(file, jsonErrorText(text, (e as Error).message)));
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new UserError(T.galat.pengaturanBukanJson(file, teksPengaturan.bukanObjek));
  return parsed as Record<string, unknown>;
}

/** Where JSON.parse stopped, as line and column, in Indonesian (its own message is English). */
export function jsonErrorText(text: string, message: string): string {
  const pos = /position (\d+)/.exec(message);
  if (!pos) return teksPengaturan.jsonTerpotong;
  const at = Number(pos[1]);
  if (at >= text.length) return teksPengaturan.jsonTerpotong;
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const col = at - before.lastIndexOf("\n");
  const near = text
    .slice(at, at + 12)
    .split("\n")[0]
    .trim();
  return teksPengaturan.bukanJson(line, col, near ? JSON.stringify(near) : "");
}

export async function load(file: string, settingsFile: string | undefined): Promise<Loaded> {
  const host = await loadSettingsFile(settingsFile);
  const loaded = await understand(await openWorkbookFile(file), host, { book: file, settingsFile });
  // A correction naming a sheet, row, column or role the workbook does not have is an error, not ignored.
  const wrong = checkOverrides(host?.overrides as Overrides | undefined, loaded.snapshot.sheets);
  if (settingsFile && wrong.length)
    throw new UserError([T.galat.pengaturanTakCocok(settingsFile), ...wrong.map((e) => `  ${e}`)].join("\n"));
  return loaded;
}

/** Read a workbook already in memory and analyze it with its settings. */
async function understand(
  book: ExcelJsWorkbook,
  host: Record<string, unknown> | undefined,
  source: { book: string; settingsFile?: string },
): Promise<Loaded> {
  const snapshot = await book.read();
  const r = resolveSettings(snapshot, host);
  if (!r.ok) {
    // Whose fault: the settings file given (invalid on its own), or what the workbook has stored.
    const fileAtFault = source.settingsFile !== undefined && !parseSettings(host ?? {}).ok;
    const lines = r.errors.map((e) => `  ${e}`);
    throw new UserError(
      (fileAtFault
        ? [T.galat.pengaturanTakValid(source.settingsFile!), ...lines]
        : [T.galat.pengaturanTersimpanTakValid(source.book), ...lines, T.galat.pengaturanTersimpanSaran]
      ).join("\n"),
    );
  }
  const analysis = analyze(snapshot, r.settings);
  return { book, snapshot, settings: r.settings, analysis };
}

function emitJson(io: Io, analysis: Analysis, ctx: JsonContext): void {
  io.out(JSON.stringify(toJsonDocument(analysis, ctx), null, 2));
}

export async function fillFile(
  file: string,
  out: string,
  opts: { settings?: string; values?: boolean; force?: boolean; convertText?: boolean },
): Promise<{ loaded: Loaded; fill: FillResult; skipped: string[] }> {
  const loaded = await load(file, opts.settings);
  const fill = planFill(loaded.snapshot, loaded.analysis, loaded.settings, {
    mode: opts.values ? "nilai" : "rumus",
    force: !!opts.force,
    convertText: !!opts.convertText,
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

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const B = T.bantuan;
  const program = indonesian(new IndonesianCommand())
    .name("lkjip")
    .description(T.deskripsi)
    .version(version(), "-V, --version", B.opsiVersi)
    .helpCommand(B.perintahHelpNama, B.perintahHelp)
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: () => undefined, // errors are thrown as UsageError and printed by main() in Indonesian
    })
    .showHelpAfterError(false);

  const common = (c: Command) => c.option("--settings <berkas>", T.opsi.settings).option("--json", T.opsi.json);
  /** A command that writes a workbook: its name, its input, and where the result goes. */
  const writing = (name: string, description: string) =>
    program
      .command(name)
      .argument("<berkas>", B.argumenBerkas)
      .description(description)
      .option("--out <berkas>", T.opsi.out)
      .option("--in-place", T.opsi.inPlace);

  common(program.command("scan").argument("<berkas>", B.argumenBerkas).description(T.perintah.scan)).action(
    async (book: string, o: CommonOptions) => {
      const { analysis, settings } = await load(book, o.settings);
      if (o.json) emitJson(io, analysis, { command: "scan", file: book, settings });
      else printScan(io, book, analysis);
    },
  );

  common(program.command("check").argument("<berkas>", B.argumenBerkas).description(T.perintah.check)).action(
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
    writing("fill", T.perintah.fill)
      .option("--values", T.opsi.values)
      .option("--force", T.opsi.force)
      .option("--convert-text", T.opsi.convertText),
  ).action(
    async (
      book: string,
      o: CommonOptions & { out?: string; inPlace?: boolean; values?: boolean; force?: boolean; convertText?: boolean },
    ) => {
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

  common(writing("report", T.perintah.report).option("--docx <berkas>", T.opsi.docx)).action(
    async (book: string, o: CommonOptions & { out?: string; inPlace?: boolean; docx?: string }) => {
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
    },
  );

  writing("undo", T.perintah.undo).action(async (book: string, o: { out?: string; inPlace?: boolean }) => {
    const out = resolveOut(book, o.out, o.inPlace);
    // The stored undo record alone says what to put back: no settings, no analysis (a workbook whose
    // stored settings went wrong can still be taken back).
    const workbook = await openWorkbookFile(book);
    const plan = planUndo(await workbook.read());
    if (!plan) {
      io.out(T.ringkasan.tidakAdaBatal(book));
      return;
    }
    const applied = await workbook.apply(plan);
    await saveWorkbookFile(workbook, out);
    io.out(T.ringkasan.dibatalkan(formatAngka(applied.cellsWritten, 0), out));
    if (applied.skipped?.length) {
      io.out(T.ringkasan.tidakDibatalkan);
      for (const s of applied.skipped) io.out(`  ${s}`);
    }
  });

  program
    .command("demo")
    .description(T.perintah.demo)
    .option("--out-dir <folder>", T.opsi.outDir)
    .action(async (o: { outDir?: string }) => {
      const sample = path.join(__dirname, "..", "..", "examples", "dinsos-sumenep-2020.xlsx");
      const dir = o.outDir ?? "out";
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
      const outcome = await runReport(await understand(loaded.book, undefined, { book: sample }), laporan, docx);
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

  for (const c of program.commands) indonesian(c);
  return program;
}

/** Runs the command line; resolves to the exit code. Never throws for the user's mistakes. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  if (argv.length === 0) {
    // `lkjip` alone: what it can do, on stderr, and the exit code of a usage error.
    io.err(program.helpInformation().trimEnd());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help, --version and `lkjip help`: printed by commander (in Indonesian); help after a mistake: 2.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(e.message);
      io.err(usageLine(e.command));
      io.err(T.galatPerintah.lihatBantuan(e.command.parent ? `lkjip ${e.command.name()}` : "lkjip"));
      return 2;
    }
    if (e instanceof UserError) {
      io.err(e.message);
      return 2;
    }
    io.err(T.galat.takTerduga((e as Error).message ?? String(e)));
    return 2;
  }
}
