/**
 * Laporan: build the report tables (LKjIP Bab II and III) into the workbook or download them as .docx, then the
 * list of what was made (in Excel each table links to its sheet; in the standalone page each is named with its
 * sheet and row count) and of what was not made, each with its reason and what the workbook would need.
 */
import { Button, Field, Link } from "@fluentui/react-components";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { formatAngka } from "../../core/numbers/format";
import type { ReportSummary } from "../state/controller";
import { useViewStyles } from "../ui";

export interface LaporanProps {
  /** "Buat tabel laporan": write the report sheets (undefined: not available). */
  onBuild?: () => void;
  /** "Unduh .docx" (undefined: not available). */
  onDocx?: () => void;
  /** The last build's tables made and skipped, or null before the first. */
  last?: ReportSummary | null;
  /** Excel: select a table's sheet (undefined in the standalone page). */
  onShowSheet?: (sheet: string) => void;
  disabled: boolean;
}

function n(x: number): string {
  return formatAngka(x, 0);
}

export function LaporanView({ onBuild, onDocx, last, onShowSheet, disabled }: LaporanProps) {
  const v = useViewStyles();
  return (
    <div className={v.view}>
      <p className={v.intro}>{T.laporan.intro}</p>
      <Field hint={T.laporan.buildHelp}>
        <Button appearance="primary" disabled={disabled || !onBuild} onClick={onBuild}>
          {T.laporan.build}
        </Button>
      </Field>
      <Field hint={T.laporan.docxHelp}>
        <Button disabled={disabled || !onDocx} onClick={onDocx}>
          {T.laporan.docx}
        </Button>
      </Field>
      {!onBuild && !onDocx ? <p className={v.small}>{T.laporan.notYet}</p> : null}
      {last ? (
        <section aria-labelledby="laporan-dibuat" data-testid="report-made">
          <h2 id="laporan-dibuat" className={v.small} style={{ fontWeight: 600, margin: "12px 0 4px" }}>
            {T.laporan.madeTitle(n(last.made.length))}
          </h2>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {last.made.map((m) => (
              <li key={m.sheet} className={v.small} style={{ overflowWrap: "anywhere", marginBottom: 4 }}>
                {onShowSheet && !last.inFile ? (
                  <Link as="button" onClick={() => onShowSheet(m.sheet)}>
                    {T.laporan.openSheet(m.title, m.sheet)}
                  </Link>
                ) : (
                  <>
                    {m.title} <span>({T.laporan.madeInSheet(m.sheet, n(m.rows))})</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {last ? (
        <section aria-labelledby="laporan-tidak" data-testid="report-skipped">
          <h2 id="laporan-tidak" className={v.small} style={{ fontWeight: 600, margin: "12px 0 4px" }}>
            {T.laporan.skippedTitle(n(last.skipped.length))}
          </h2>
          {last.skipped.length === 0 ? (
            <p className={v.small}>{T.laporan.skippedNone}</p>
          ) : (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {last.skipped.map((s) => (
                <li key={s.judul} className={v.small} style={{ overflowWrap: "anywhere", marginBottom: 6 }}>
                  <strong>{s.judul}</strong>: {s.alasan}. {T.laporan.perlu(s.perlu)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
