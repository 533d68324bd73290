// One button per platform, opening the page where its figure lives on the seller's own marketplace
// (a picker where the host differs), in a new tab: the seller's first real figure is one click away.
import { useState } from 'preact/hooks';
import { RULEBOOKS } from '../core/rulebooks';
import { t, tk } from '../ui/t';
import type { PlatformChoice } from '../messages';

function PlatformButton({ choice }: { choice: PlatformChoice }) {
  const [picked, setPicked] = useState(0);
  const name = RULEBOOKS[choice.platform].displayName;
  const id = `market-${choice.platform}`;
  const target = choice.choices[picked] ?? choice.choices[0];
  if (!target) return null;
  return (
    <li class="platform" data-platform={choice.platform}>
      <h3>{name}</h3>
      {choice.choices.length > 1 && (
        <p>
          <label for={id}>{t('welcome.marketplace')}</label>{' '}
          <select id={id} value={String(picked)} onChange={(e) => setPicked(Number(e.currentTarget.value))}>
            {choice.choices.map((c, i) => (
              <option key={c.url} value={String(i)}>
                {c.label}
              </option>
            ))}
          </select>
        </p>
      )}
      <p>
        <a class="button" href={target.url} target="_blank" rel="noopener noreferrer" data-figure-page>
          {tk('welcome.open', choice.platform)}
        </a>
      </p>
      {choice.kind === 'orders' && <p class="hint">{t('welcome.no-figure', { platform: name })}</p>}
    </li>
  );
}

export function PlatformButtons({ choices }: { choices: PlatformChoice[] }) {
  return (
    <ul class="platforms">
      {choices.map((c) => (
        <PlatformButton key={c.platform} choice={c} />
      ))}
    </ul>
  );
}
