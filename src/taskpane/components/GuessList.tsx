/** Lembar: the guesses recognition made on one sheet, each with what it concerns and its reason. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { roleLabel, taskpaneText as T } from "../../core/i18n/taskpane";
import type { Guess } from "../../core/model";
import { useViewStyles } from "../ui";

const L = T.lembar;

const useStyles = makeStyles({
  guess: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
});

function aboutText(about: string): string {
  if (about.startsWith("role:")) return `${L.columns} ${roleLabel(about.slice(5))}`;
  if (about === "kind") return L.kind;
  if (about === "polaritas") return L.indicators;
  if (about.startsWith("header")) return L.headerRows;
  if (about === "level") return L.level;
  if (about === "negatif") return L.negatifRumus;
  if (about === "sisaArah") return L.sisaArah;
  return about;
}

export function GuessList({ sheet, guesses }: { sheet: string; guesses: Guess[] }) {
  const v = useViewStyles();
  const s = useStyles();
  if (guesses.length === 0) return null;
  return (
    <section aria-label={`${L.guessesTitle} ${sheet}`}>
      <h3 className={v.heading}>{L.guessesTitle}</h3>
      <ul className={v.list}>
        {guesses.map((g, i) => (
          <li key={i} className={s.guess}>
            <strong>{`${g.cell} · ${aboutText(g.about)}: ${g.value}`}</strong>
            {` — ${g.reason}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
