// The advice part of the popup: the situation, the ranked actions and the draft for the chosen one.
// Loaded beside the first content (the order and the guard's figures), never before it: the draft
// templates of every language and the draft editor are most of the popup's code.
import { useEffect, useState } from 'preact/hooks';
import type { Action } from '../core/advisor/types';
import { languageFor } from '../core/drafts';
import type { ChoiceRecord, OrderRecord } from '../messages';
import { ask } from '../ui/client';
import { refusalText } from '../ui/refusal-text';
import { ActionList } from './action-list';
import { DraftEditor } from './draft-editor';
import { SituationPicker, type Choice } from './situation-picker';
import type { Loaded } from './tab-answer';

function initialChoice(order: OrderRecord, saved: ChoiceRecord | null): Choice {
  if (saved) return { situation: saved.situation, askedVia: saved.askedVia } as Choice;
  return { situation: 'changed-mind', askedVia: order.cancelRequest?.viaPlatform ? 'platform-request' : 'message' };
}

export function Advice({ data, order }: { data: Loaded; order: OrderRecord }) {
  const [choice, setChoice] = useState<Choice>(() => initialChoice(order, data.choice));
  const [actions, setActions] = useState<Action[] | undefined>();
  const [selected, setSelected] = useState<Action | undefined>();
  const [error, setError] = useState('');
  const { tabId } = data;
  const { situation, askedVia } = choice;
  useEffect(() => {
    void ask({ type: 'ui/advise', tabId, situation, askedVia }).then((reply) => {
      if (!reply.ok) return setError(refusalText(reply));
      setActions(reply.actions);
      setSelected(reply.actions[0]);
    });
  }, [tabId, situation, askedVia]);
  return (
    <>
      <SituationPicker choice={choice} onChange={setChoice} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {actions && <ActionList actions={actions} selected={selected?.kind} onSelect={setSelected} />}
      {selected && (
        <DraftEditor
          tabId={data.tabId}
          order={order}
          action={selected}
          defaultLang={languageFor(data.language)}
          policy={data.policy}
        />
      )}
    </>
  );
}
