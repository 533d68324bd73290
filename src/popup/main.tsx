import { render } from 'preact';
import { loadWords, t } from '../ui/t';
import { App } from './app';
import { loadAdvice } from './advice-module';
import { askTabState } from './tab-answer';

// What the popup shows first starts at once: its words (only its own language's catalogue) and the
// tab's state from the background; the order and the guard's figures show as soon as both are in.
const words = loadWords().then(() => {
  document.title = t('extName');
});
const tab = askTabState();
// The advice's code (and the rulebooks it carries) is parsed once the first content's two answers
// are in: loaded alongside them, it held up the catalogue they wait for.
const advice = Promise.allSettled([words, tab]).then(loadAdvice);
render(<App words={words} tab={tab} advice={advice} />, document.getElementById('app')!);
