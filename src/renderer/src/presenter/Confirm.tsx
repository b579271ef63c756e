import type { ReactNode } from 'react';
import { CONFIRMATION_TEXT, type Confirmation } from '../../../core/presenter-actions';

export interface ConfirmProps {
  confirmation: Confirmation;
  /** The accept button's test id. */
  testId: string;
  answer: (accepted: boolean) => void;
}

/** A question in place of the button that asked it (core/presenter-actions.ts): accept or cancel. */
export function Confirm({ confirmation, testId, answer }: ConfirmProps): ReactNode {
  const text = CONFIRMATION_TEXT[confirmation];
  return (
    <span className="confirm" role="alertdialog" aria-label={text.question}>
      {text.question}
      <button type="button" className="danger" data-testid={testId} onClick={() => answer(true)}>
        {text.accept}
      </button>
      <button type="button" onClick={() => answer(false)}>
        Cancel
      </button>
    </span>
  );
}
