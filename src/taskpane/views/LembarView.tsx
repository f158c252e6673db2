/**
 * Lembar: the sheets found (kind, header rows, column roles as letters), what was guessed and why, and the
 * user's corrections (sheet kind, a column's letter, an indicator's polarity), saved in the workbook as
 * overrides so the next time is one click.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { roleLabel, taskpaneText as T } from "../../core/i18n/taskpane";
import {
  INPUT_ROLES,
  OUTPUT_ROLES,
  type Guess,
  type IndikatorRow,
  type SheetKind,
  type SheetLayout,
} from "../../core/model";
import type { Overrides } from "../../core/settings/settings";
import { a1 } from "../../core/workbook/address";
import { AddColumnRow } from "../components/AddColumnRow";
import { GuessList } from "../components/GuessList";
import { PolaritasRow } from "../components/PolaritasRow";
import { DismissIcon, useViewStyles } from "../ui";
import {
  applyDraft,
  emptyDraft,
  headerRowsOf,
  polaritasKey,
  type OverrideDraft,
  validateDraft,
} from "../state/overrides-draft";

const L = T.lembar;
const OVERRIDE_KINDS = ["anggaran", "indikator", "abaikan"] as const;

const useStyles = makeStyles({
  headerLine: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  sheetName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  cols: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  colRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 4.2em auto",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  colLabel: { minWidth: 0, display: "flex", flexDirection: "column" },
  colHeader: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  letter: { minWidth: 0, width: "100%" },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  actions: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0, width: "100%" },
});

export interface LembarProps {
  layouts: SheetLayout[];
  indikator: IndikatorRow[];
  guesses: Guess[];
  overrides: Overrides;
  revision: number;
  onSave: (overrides: Overrides) => void;
  disabled: boolean;
  /** Told whether corrections are waiting to be saved (the pane asks before leaving the tab). */
  onDirtyChange?: (dirty: boolean) => void;
}

const ALL_ROLES: string[] = [...INPUT_ROLES, ...OUTPUT_ROLES];

export function LembarView({
  layouts,
  indikator,
  guesses,
  overrides,
  revision,
  onSave,
  disabled,
  onDirtyChange,
}: LembarProps) {
  const v = useViewStyles();
  const s = useStyles();
  const [draft, setDraft] = useState<OverrideDraft>(() => emptyDraft(overrides, layouts));
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => onDirtyChange?.(draft.dirty === true), [draft.dirty, onDirtyChange]);

  useEffect(() => {
    setDraft(emptyDraft(overrides, layouts));
    setProblems([]);
  }, [overrides, layouts, revision]);

  const guessesBySheet = useMemo(() => {
    const m = new Map<string, Guess[]>();
    const seen = new Set<string>();
    for (const g of [...layouts.flatMap((l) => l.guesses), ...guesses]) {
      const k = `${g.sheet}|${g.cell}|${g.about}|${g.value}`;
      if (seen.has(k)) continue;
      seen.add(k);
      m.set(g.sheet, [...(m.get(g.sheet) ?? []), g]);
    }
    return m;
  }, [layouts, guesses]);

  if (layouts.length === 0) return <p>{L.none}</p>;

  const save = () => {
    const r = validateDraft(draft);
    if (!r.ok) {
      setProblems(r.problems);
      return;
    }
    setProblems([]);
    onSave(r.overrides);
  };

  const update = (f: (d: OverrideDraft) => OverrideDraft) => setDraft((d) => f({ ...d, dirty: true }));

  const defaultOpen = layouts.filter((l) => l.kind === "anggaran" || l.kind === "indikator").map((l) => l.sheet);

  return (
    <div className={v.view}>
      <p className={v.intro}>{L.intro}</p>
      <Accordion multiple collapsible defaultOpenItems={defaultOpen}>
        {layouts.map((layout) => {
          const sheet = layout.sheet;
          const sheetGuesses = guessesBySheet.get(sheet) ?? [];
          const kindOverride = draft.sheetKinds[sheet] as SheetKind | undefined;
          const kindValue = kindOverride ?? layout.kind;
          const kindGuessed = !kindOverride && sheetGuesses.some((g) => g.about === "kind");
          const shownRoles = applyDraft(layout, draft);
          const header = draft.headerRows[sheet] ?? headerRowsOf(layout);
          const headerGuessed = !draft.headerRows[sheet] && sheetGuesses.some((g) => g.about.startsWith("header"));
          const rows = indikator.filter((r) => r.sheet === sheet);
          const indCol = layout.columns.find((c) => c.role === "indikator")?.col ?? null;
          const missingRoles = ALL_ROLES.filter((r) => !shownRoles.some((c) => c.role === r));
          return (
            <AccordionItem key={sheet} value={sheet}>
              <AccordionHeader size="small">
                <span className={s.headerLine}>
                  <span className={s.sheetName}>{sheet}</span>
                  <Badge appearance="tint" color={kindValue === "lain" || kindValue === "abaikan" ? "subtle" : "brand"}>
                    {T.kinds[kindValue]}
                  </Badge>
                  {sheetGuesses.length > 0 ? (
                    <Badge appearance="tint" color="warning">
                      {`${sheetGuesses.length} ${L.guess}`}
                    </Badge>
                  ) : null}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={s.panel} data-testid={`sheet-${sheet}`}>
                  <Field label={L.kind} hint={kindGuessed ? L.guess : undefined}>
                    <Select
                      value={kindValue}
                      onChange={(_, d) =>
                        update((dr) => {
                          // Choosing what recognition found (or "lain") keeps no override.
                          const next = { ...dr.sheetKinds };
                          if (d.value === "lain" || d.value === layout.kind) delete next[sheet];
                          else next[sheet] = d.value as (typeof OVERRIDE_KINDS)[number];
                          return { ...dr, sheetKinds: next };
                        })
                      }
                    >
                      {layout.kind === "lain" ? <option value="lain">{T.kinds.lain}</option> : null}
                      {OVERRIDE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {T.kinds[k]}
                        </option>
                      ))}
                    </Select>
                  </Field>

                  <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
                    <legend className={v.heading} style={{ padding: 0 }}>
                      {L.headerRows}{" "}
                      {headerGuessed ? (
                        <Badge appearance="tint" color="warning">
                          {L.guess}
                        </Badge>
                      ) : null}
                    </legend>
                    <div className={s.pair}>
                      <Field label={L.headerFirst} size="small">
                        <Input
                          size="small"
                          inputMode="numeric"
                          value={header[0]}
                          onChange={(_, d) =>
                            update((dr) => ({ ...dr, headerRows: { ...dr.headerRows, [sheet]: [d.value, header[1]] } }))
                          }
                        />
                      </Field>
                      <Field label={L.headerLast} size="small">
                        <Input
                          size="small"
                          inputMode="numeric"
                          value={header[1]}
                          onChange={(_, d) =>
                            update((dr) => ({ ...dr, headerRows: { ...dr.headerRows, [sheet]: [header[0], d.value] } }))
                          }
                        />
                      </Field>
                    </div>
                    <p className={v.small} style={{ margin: 0 }}>
                      {layout.dataRows
                        ? `${L.dataRows}: ${layout.dataRows[0] + 1}–${layout.dataRows[1] + 1}`
                        : L.noTable}
                    </p>
                  </fieldset>

                  <section className={s.cols} aria-label={`${L.columns} ${sheet}`}>
                    <h3 className={v.heading}>{L.columns}</h3>
                    {shownRoles.map((c) => {
                      const guessed = !c.overridden && sheetGuesses.some((g) => g.about === `role:${c.role}`);
                      const bad = c.letter !== "" && !/^[A-Za-z]{1,3}$/.test(c.letter);
                      return (
                        <div key={c.role} className={s.colRow} data-testid={`col-${sheet}-${c.role}`}>
                          <span className={s.colLabel}>
                            <span>
                              {roleLabel(c.role)}{" "}
                              {guessed ? (
                                <Badge size="small" appearance="tint" color="warning">
                                  {L.guess}
                                </Badge>
                              ) : null}
                              {c.added ? (
                                <Badge size="small" appearance="outline" color="informative">
                                  {L.addedColumn}
                                </Badge>
                              ) : null}
                            </span>
                            {c.header ? (
                              <span className={s.colHeader} title={c.header}>
                                {c.header}
                              </span>
                            ) : null}
                          </span>
                          <Input
                            size="small"
                            className={s.letter}
                            aria-label={L.columnLetter(roleLabel(c.role))}
                            aria-invalid={bad || undefined}
                            value={c.letter}
                            onChange={(_, d) =>
                              update((dr) => ({
                                ...dr,
                                columns: {
                                  ...dr.columns,
                                  [sheet]: { ...(dr.columns[sheet] ?? {}), [c.role]: d.value.toUpperCase().trim() },
                                },
                              }))
                            }
                          />
                          <Button
                            size="small"
                            appearance="subtle"
                            aria-label={L.removeRole(roleLabel(c.role))}
                            onClick={() =>
                              update((dr) => ({
                                ...dr,
                                columns: { ...dr.columns, [sheet]: { ...(dr.columns[sheet] ?? {}), [c.role]: "" } },
                              }))
                            }
                            icon={<DismissIcon />}
                          />
                        </div>
                      );
                    })}
                    <AddColumnRow
                      sheet={sheet}
                      roles={missingRoles}
                      onAdd={(role, letter) =>
                        update((dr) => ({
                          ...dr,
                          columns: { ...dr.columns, [sheet]: { ...(dr.columns[sheet] ?? {}), [role]: letter } },
                        }))
                      }
                    />
                  </section>

                  {rows.length > 0 ? (
                    <section className={s.cols} aria-label={`${L.indicators} ${sheet}`}>
                      <h3 className={v.heading}>{L.indicators}</h3>
                      {rows.map((r) => {
                        const key = polaritasKey(sheet, r.row, indCol);
                        const override = draft.polaritas[key] ?? draft.polaritas[`${sheet}!${r.row + 1}`];
                        const value = override ?? r.polaritas;
                        const from = override ? "pengguna" : r.polaritasFrom;
                        const cell = indCol !== null ? a1(r.row, indCol) : `${r.row + 1}`;
                        return (
                          <PolaritasRow
                            key={r.row}
                            testId={`polaritas-${sheet}-${r.row + 1}`}
                            label={`${cell} · ${r.nama} `}
                            nama={r.nama}
                            from={from}
                            value={value}
                            onChange={(p) => update((dr) => ({ ...dr, polaritas: { ...dr.polaritas, [key]: p } }))}
                          />
                        );
                      })}
                    </section>
                  ) : null}

                  <GuessList sheet={sheet} guesses={sheetGuesses} />

                  <div>
                    <Button
                      size="small"
                      onClick={() => {
                        update((dr) => {
                          const sheetKinds = { ...dr.sheetKinds };
                          delete sheetKinds[sheet];
                          const columns = { ...dr.columns };
                          delete columns[sheet];
                          const headerRows = { ...dr.headerRows };
                          delete headerRows[sheet];
                          const polaritas = Object.fromEntries(
                            Object.entries(dr.polaritas).filter(([k]) => !k.startsWith(`${sheet}!`)),
                          );
                          return { ...dr, sheetKinds, columns, headerRows, polaritas };
                        });
                      }}
                    >
                      {L.reset}
                    </Button>
                  </div>
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>

      <div className={s.actions}>
        {problems.map((p, i) => (
          <p key={i} role="alert" className={s.error}>
            {p}
          </p>
        ))}
        {draft.dirty ? <span className={v.small}>{L.unsaved}</span> : null}
        <Button appearance="primary" disabled={disabled || !draft.dirty} onClick={save}>
          {L.save}
        </Button>
      </div>
    </div>
  );
}
