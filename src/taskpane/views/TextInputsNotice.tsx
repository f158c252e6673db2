/** The notice shown in Periksa and Hitung when input cells hold numbers stored as text, with the one action. */
import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TextInput } from "../../core/engine";
import { teksIsi } from "../../core/i18n/fill";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { formatAngka } from "../../core/numbers/format";
import { useViewStyles } from "../ui";

const SHOWN = 5;
const U = teksIsi.ubahTeks;

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    // A neutral background with a marigold edge: links keep their contrast in the light and the dark theme.
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  item: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", minWidth: 0 },
});

export interface TextInputsNoticeProps {
  inputs: TextInput[];
  onConvert: () => void;
  onSelect: (cell: { sheet: string; cell: string }) => void;
  disabled?: boolean;
}

export function TextInputsNotice({ inputs, onConvert, onSelect, disabled }: TextInputsNoticeProps) {
  const v = useViewStyles();
  const s = useStyles();
  const [all, setAll] = useState(false);
  if (inputs.length === 0) return null;
  const n = formatAngka(inputs.length, 0);
  const shown = all ? inputs : inputs.slice(0, SHOWN);
  return (
    <section className={s.box} data-testid="text-inputs" aria-label={U.tombol(n)}>
      <p style={{ margin: 0 }}>{U.pemberitahuan(n)}</p>
      <ul className={v.list}>
        {shown.map((t) => (
          <li key={`${t.sheet}!${t.cell}`} className={s.item}>
            <Link as="button" onClick={() => onSelect(t)}>{`${t.sheet}!${t.cell}`}</Link>
            {`: “${t.text}” → ${t.shown}`}
          </li>
        ))}
      </ul>
      {inputs.length > SHOWN ? (
        <div>
          <Button size="small" appearance="secondary" onClick={() => setAll((x) => !x)} aria-expanded={all}>
            {all ? T.hitung.showLess : T.hitung.showAll(n)}
          </Button>
        </div>
      ) : null}
      <div>
        <Button appearance="primary" disabled={disabled} onClick={onConvert}>
          {U.tombol(n)}
        </Button>
      </div>
    </section>
  );
}
