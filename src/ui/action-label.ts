// An action's name, as the popup's list and the options' template editor both show it.
import type { ActionKind } from '../core/advisor/types';
import { tk } from './t';

export const actionLabel = (kind: ActionKind): string => tk('action', kind);
