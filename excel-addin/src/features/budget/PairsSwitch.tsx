import { MessageBar, MessageBarBody, Switch, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { BUDGET_SHEET } from "@shared/io/budget/workbook-layout";
import { messageOf } from "@shared/ui/hooks/async-state";
import { keepPairsEqual } from "./keep-pairs";
import { useServices } from "../../app/services";

/**
 * « Garder 023/021 et 040/042 égaux pendant la saisie » : while on, each change of the Budget sheet sets the other
 * side of its ordre pair (one read of the two sheets, one write).
 */
export function PairsSwitch() {
  const { workbook } = useServices();
  const [on, setOn] = useState(false);
  const [said, setSaid] = useState<{ text: string; intent: "success" | "warning" | "error" } | null>(null);
  // Changes arrive one after the other: each waits for the previous, so two writes never cross.
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (!on) return undefined;
    let stop: (() => Promise<void>) | undefined;
    let active = true;
    const onChange = (address: string) => {
      queue.current = queue.current.then(async () => {
        try {
          const { written, notices } = await keepPairsEqual(workbook, address);
          if (!active) return;
          if (notices.length > 0) setSaid({ text: notices.join(" "), intent: "warning" });
          else if (written.length > 0) setSaid({ text: `${written.join(" ; ")}.`, intent: "success" });
        } catch (error) {
          if (active) setSaid({ text: messageOf(error), intent: "error" });
        }
      });
    };
    workbook
      .onSheetChanged(BUDGET_SHEET, onChange)
      .then((s) => {
        if (active) stop = s;
        else void s();
      })
      .catch((error: unknown) => {
        setSaid({ text: messageOf(error), intent: "error" });
        setOn(false);
      });
    return () => {
      active = false;
      void stop?.();
    };
  }, [on, workbook]);

  return (
    <>
      <Switch
        checked={on}
        label="Garder 023/021 et 040/042 égaux pendant la saisie"
        onChange={(_e, data) => {
          setSaid(null);
          setOn(data.checked);
        }}
      />
      {on && <Text size={200}>La contrepartie de chaque paire d'ordre suit le montant que vous tapez.</Text>}
      {said && (
        <MessageBar intent={said.intent} role="status" layout="multiline">
          <MessageBarBody>{said.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
