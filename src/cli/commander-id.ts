/**
 * Commander in Indonesian: the help text (headings, usage, the help and version options, the help command)
 * and every usage error, translated from commander's error code. Commander itself prints nothing: its
 * errors are thrown (exitOverride), turned into one Indonesian message here, and printed by main().
 */
import { Command, CommanderError, Help, type Option } from "commander";
import { teksCli } from "../core/i18n/cli";

const B = teksCli.bantuan;

/** A usage error already put in Indonesian, with the command it concerns (for the usage line). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: Command,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

function localUsage(text: string): string {
  return text.replace(/\[options\]/g, B.opsiKata).replace(/\[command\]/g, B.perintahKata);
}

class IndonesianHelp extends Help {
  override commandUsage(cmd: Command): string {
    return localUsage(super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return localUsage(super.subcommandTerm(cmd));
  }

  override optionDescription(option: Option): string {
    return option.description; // commander appends "(default: ...)" in English; defaults are in the text instead
  }

  override formatHelp(cmd: Command, helper: Help): string {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80;
    const item = (term: string, description: string) => helper.formatItem(term, termWidth, description, helper);
    const list = (heading: string, items: string[]) => (items.length ? [heading, ...items, ""] : []);
    const description = helper.commandDescription(cmd);
    return [
      `${B.penggunaan} ${helper.commandUsage(cmd)}`,
      "",
      ...(description ? [helper.boxWrap(description, helpWidth), ""] : []),
      ...list(
        B.argumen,
        helper.visibleArguments(cmd).map((a) => item(helper.argumentTerm(a), helper.argumentDescription(a))),
      ),
      ...list(
        B.opsi,
        helper.visibleOptions(cmd).map((o) => item(helper.optionTerm(o), helper.optionDescription(o))),
      ),
      ...list(
        B.perintah,
        helper.visibleCommands(cmd).map((c) => item(helper.subcommandTerm(c), helper.subcommandDescription(c))),
      ),
      ...(cmd.parent ? [] : [B.penutup, ""]),
    ].join("\n");
  }
}

/** `lkjip scan` for a subcommand, `lkjip` for the program. */
function fullName(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/** The similar name commander suggests ("(Did you mean scan?)"), without its English. */
function suggestion(message: string): string | null {
  const m = /\(Did you mean (?:one of )?(.+)\?\)/.exec(message);
  return m ? m[1] : null;
}

const quoted = (message: string) => /'([^']*)'/.exec(message)?.[1] ?? "";
/** "--settings <berkas>" -> "--settings". */
const flag = (flags: string) => /--[\w-]+/.exec(flags)?.[0] ?? flags;

/** The Indonesian sentence for a commander error. */
export function translate(err: CommanderError, cmd: Command): string {
  const E = teksCli.galatPerintah;
  const m = err.message;
  const name = fullName(cmd);
  switch (err.code) {
    case "commander.unknownCommand":
      return E.perintahTakDikenal(quoted(m), suggestion(m));
    case "commander.unknownOption":
      return E.opsiTakDikenal(quoted(m), name, suggestion(m));
    case "commander.missingArgument":
      return E.argumenKurang(name, quoted(m));
    case "commander.optionMissingArgument":
      return E.nilaiOpsiKurang(flag(quoted(m)));
    case "commander.missingMandatoryOptionValue":
      return E.opsiWajib(flag(quoted(m)));
    case "commander.excessArguments": {
      const n = /but got (\d+)/.exec(m)?.[1] ?? "?";
      const expected = cmd.registeredArguments.length;
      return E.argumenBerlebih(name, expected, Number(n));
    }
    case "commander.invalidArgument":
      return E.nilaiTidakSah(name);
    case "commander.conflictingOption":
      return E.opsiBentrok(name);
    default:
      return E.lain(name);
  }
}

/**
 * Make a command speak Indonesian. Call it again on each subcommand once they are all defined: commander copies
 * the parent's exit handler into a new subcommand, and the handler must know which command failed.
 */
export function indonesian(cmd: Command): Command {
  return cmd
    .configureHelp({})
    .helpOption("-h, --help", B.opsiHelp)
    .exitOverride((err) => {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version") throw err;
      if (err.code === "commander.help") throw err;
      throw new UsageError(translate(err, cmd), cmd);
    });
}

/** Commander with the Indonesian help, for the program and every subcommand made from it. */
export class IndonesianCommand extends Command {
  override createCommand(name?: string): Command {
    return indonesian(new IndonesianCommand(name));
  }

  override createHelp(): Help {
    return Object.assign(new IndonesianHelp(), this.configureHelp());
  }
}

/** The usage line of a command, for a usage error ("Penggunaan: lkjip fill [opsi] <berkas>"). */
export function usageLine(cmd: Command): string {
  return `${B.penggunaan} ${new IndonesianHelp().commandUsage(cmd)}`;
}
