/** Batalkan: take back the add-in's last fill, after a confirmation; disabled when there is nothing to undo. */
import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { taskpaneText as T } from "../../core/i18n/taskpane";
import { formatAngka } from "../../core/numbers/format";
import { ConfirmDialog, useViewStyles } from "../ui";

export interface BatalkanProps {
  /** Ops stored for undo (0: nothing to take back). */
  undoSize: number;
  onUndo: () => void;
  disabled: boolean;
}

export function BatalkanView({ undoSize, onUndo, disabled }: BatalkanProps) {
  const v = useViewStyles();
  const [confirming, setConfirming] = useState(false);
  const can = undoSize > 0;
  return (
    <div className={v.view}>
      <p className={v.intro}>{T.batalkan.intro}</p>
      <p style={{ margin: 0 }} data-testid="undo-status">
        {can ? T.batalkan.available(formatAngka(undoSize, 0)) : T.batalkan.nothing}
      </p>
      <div className={v.row}>
        <Button appearance="primary" disabled={disabled || !can} onClick={() => setConfirming(true)}>
          {T.batalkan.run}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={T.batalkan.confirmTitle}
        confirmLabel={T.batalkan.confirmYes}
        cancelLabel={T.batalkan.cancel}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onUndo();
        }}
      >
        {T.batalkan.confirmBody}
      </ConfirmDialog>
    </div>
  );
}
