import { Button } from "@fluentui/react-components";
import type { AsyncState } from "@shared/ui/hooks/async-state";
import { ActionStatus } from "@shared/ui/components/ActionStatus";

export interface ActionButtonProps {
  readonly label: string;
  readonly busyLabel: string;
  /** The text to write in the document; absent while the form cannot give it, and the button is then disabled. */
  readonly text: string | undefined;
  readonly action: AsyncState<string>;
  readonly onRun: (text: string) => void;
}

/** The button that writes a form's text in the document, and the outcome of the last time it did. */
export function ActionButton({ label, busyLabel, text, action, onRun }: ActionButtonProps) {
  return (
    <>
      <Button
        appearance="primary"
        disabled={text === undefined || action.status === "busy"}
        onClick={() => text !== undefined && onRun(text)}
      >
        {label}
      </Button>
      <ActionStatus state={action} busyLabel={busyLabel} describeDone={String} />
    </>
  );
}
