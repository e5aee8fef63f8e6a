import type { TFunction } from 'i18next';
import type { AppErrorShape } from '../../../../shared/contract/errors';
import { errorText } from '../../api/errors';

/** What main said when it refused a move: each missing record in the form's words, else the error's sentence. */
export function refusalLines(t: TFunction, error: AppErrorShape): string[] {
  if (!error.fields) return [errorText(t, error)];
  return Object.values(error.fields).map((fe) =>
    t(fe.key.replace(/^validation\./, 'validation:'), fe.params ?? {}),
  );
}
