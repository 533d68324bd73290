// A draft longer than the platform's message box, as the messages it goes in: each part with its
// length (as the browser counts it) and its own Insert, to send one after the other.
import { t } from '../ui/t';

interface Props {
  parts: string[];
  max: number;
  platform: string;
  onInsert: (part: string) => void;
}

export function DraftParts({ parts, max, platform, onInsert }: Props) {
  const count = parts.length;
  return (
    <section class="parts" data-draft-parts={count}>
      <p class="note">{t('draft.parts', { platform, max, count })}</p>
      <ol>
        {parts.map((part, i) => (
          <li key={i} data-draft-part={i + 1}>
            <p class="note">{t('draft.part', { n: i + 1, count, length: part.length })}</p>
            <pre class="part">{part}</pre>
            <button type="button" onClick={() => onInsert(part)}>
              {t('draft.insert-part', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
