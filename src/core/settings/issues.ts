/**
 * zod's issues turned into Indonesian sentences that name the key, the value given and what is allowed.
 * No zod message ever reaches a user: every issue code has its own sentence, and an unknown one falls back to
 * "nilai ... tidak valid" for its key.
 */
import type { z } from "zod";
import { kutipNilai, teksPengaturan as T } from "../i18n/pengaturan";

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** `skala[1].label`, `overrides.polaritas["IKU!B7"]`. */
export function pathText(path: Path): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(seg))) out += out === "" ? String(seg) : `.${String(seg)}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

function valueAt(input: unknown, path: Path): unknown {
  let v: unknown = input;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** The known key nearest to a mistyped one (case ignored), when it is close enough to be a typo. */
export function nearestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const dist = distance(key.toLowerCase(), k.toLowerCase());
    if (dist < bestD) [best, bestD] = [k, dist];
  }
  return best !== null && bestD <= Math.max(1, Math.floor(key.length / 3)) ? best : null;
}

export interface IssueContext {
  /** The keys an object at a path may have (for "unknown key" messages). */
  keysAt: (path: Path) => readonly string[];
}

function quoteAll(values: readonly unknown[]): string[] {
  return values.map((v) => kutipNilai(v));
}

function one(issue: Issue, base: Path, input: unknown, ctx: IssueContext): string[] {
  const path = [...base, ...issue.path];
  const key = T.kunci(pathText(path));
  const value = valueAt(input, path);
  switch (issue.code) {
    case "invalid_value":
      return [T.nilaiTakDikenal(key, value, quoteAll(issue.values))];
    case "unrecognized_keys": {
      const known = ctx.keysAt(path);
      return issue.keys.map((k) => T.kunciTakDikenal(pathText(path), k, [...known], nearestKey(k, known)));
    }
    case "invalid_type":
      return [T.salahJenis(key, value, issue.expected)];
    case "too_big":
      return issue.origin === "array" || issue.origin === "set"
        ? [T.terlaluBanyak(key, Number(issue.maximum))]
        : [T.terlaluBesar(key, value, Number(issue.maximum), issue.inclusive ?? true)];
    case "too_small":
      return issue.origin === "array" || issue.origin === "set"
        ? [T.terlaluSedikit(key, Number(issue.minimum))]
        : [T.terlaluKecil(key, value, Number(issue.minimum), issue.inclusive ?? true)];
    case "invalid_union": {
      // A list given where a list is allowed: its own mistakes. Otherwise: the choices, and that a list is allowed.
      const branches = issue.errors;
      if (Array.isArray(value)) {
        const listBranch = branches.find((b) => b.length > 0 && b.every((i) => i.path.length > 0));
        if (listBranch) return listBranch.flatMap((i) => one(i, path, input, ctx));
      }
      const choices = branches.flat().flatMap((i) => (i.code === "invalid_value" ? quoteAll(i.values) : []));
      const takesList = branches.flat().some((i) => i.code === "invalid_type" && i.expected === "array");
      if (choices.length && takesList) return [T.nilaiTakDikenalAtauDaftar(key, value, choices, T.daftarSkala)];
      if (choices.length) return [T.nilaiTakDikenal(key, value, choices)];
      return [T.tidakValid(key, value)];
    }
    default:
      return [T.tidakValid(key, value)];
  }
}

/** One Indonesian sentence per mistake (a union's mistakes may give several). */
export function describeIssues(issues: readonly Issue[], input: unknown, ctx: IssueContext): string[] {
  const out: string[] = [];
  for (const issue of issues) for (const m of one(issue, [], input, ctx)) if (!out.includes(m)) out.push(m);
  return out;
}
