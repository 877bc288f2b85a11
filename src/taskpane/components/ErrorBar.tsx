import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../core/types";
import { describeError } from "../describeError";

export interface ErrorBarProps {
  /** What was thrown; nothing is shown for `undefined`. */
  readonly error: unknown;
  readonly lang: Lang;
}

/** An error in plain words (see `describeError`), announced to screen readers as it appears. */
export function ErrorBar({ error, lang }: ErrorBarProps) {
  if (error === undefined) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{describeError(error, lang)}</MessageBarBody>
    </MessageBar>
  );
}
