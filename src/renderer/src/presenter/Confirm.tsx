import type { ReactNode } from 'react';
import { CONFIRMATION_WORDS, type Confirmation } from '../../../core/presenter-actions';
import { useT } from '../i18n';

export interface ConfirmProps {
  confirmation: Confirmation;
  /** The accept button's test id. */
  testId: string;
  answer: (accepted: boolean) => void;
}

/** A question in place of the button that asked it (core/presenter-actions.ts): accept or cancel. */
export function Confirm({ confirmation, testId, answer }: ConfirmProps): ReactNode {
  const t = useT();
  const words = CONFIRMATION_WORDS[confirmation];
  const question = t(`presenter.confirm.${words.question}`);
  return (
    <span className="confirm" role="alertdialog" aria-label={question}>
      {question}
      <button type="button" className="danger" data-testid={testId} onClick={() => answer(true)}>
        {t(`presenter.confirm.${words.accept}`)}
      </button>
      <button type="button" onClick={() => answer(false)}>
        {t('presenter.confirm.cancel')}
      </button>
    </span>
  );
}
