/**
 * Laporan: the report tables (issue 4). The two buttons are wired by the controller's ReportApi; until
 * src/core/report offers its functions they stay disabled with a note.
 */
import { Button, Field } from "@fluentui/react-components";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { useViewStyles } from "../ui";

export interface LaporanProps {
  /** "Buat tabel laporan": write the report sheets (undefined: not available yet). */
  onBuild?: () => void;
  /** "Unduh .docx" (undefined: not available yet). */
  onDocx?: () => void;
  disabled: boolean;
}

export function LaporanView({ onBuild, onDocx, disabled }: LaporanProps) {
  const v = useViewStyles();
  return (
    <div className={v.view}>
      <p className={v.intro}>{T.laporan.intro}</p>
      {/* REPORT BUTTONS (issue 4): wired through PaneController.report (planReport, buildDocx). */}
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
    </div>
  );
}
