import { render } from 'preact';
import { loadWords, t } from '../ui/t';
import { App } from './app';
import { loadAdvice } from './advice-module';
import { askTabState } from './tab-answer';

// Everything the popup needs starts at once: its words (only its own language's catalogue), the
// tab's state from the background, and the advice part's code; the order and the guard's figures
// show as soon as the first two are in.
const words = loadWords().then(() => {
  document.title = t('extName');
});
render(<App words={words} tab={askTabState()} advice={loadAdvice()} />, document.getElementById('app')!);
