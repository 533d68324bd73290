import { render } from 'preact';
import { ask } from '../ui/client';
import { loadWords, t } from '../ui/t';
import { App, type FirstAnswer } from './app';
import { initialFilter, toMessage } from './query';

// The first screen's events are asked for now, while the page's words load, not after the first render.
const filter = initialFilter(location.search);
const first: FirstAnswer = { filter, reply: ask(toMessage(filter, false)) };
// Usually in before the words are: the page then draws it in its first render.
void first.reply.then((reply) => (first.settled = reply));

void loadWords().then(() => {
  document.title = t('history.title');
  render(<App first={first} />, document.getElementById('app')!);
});
