import { render } from 'preact';
import { loadWords, t } from '../ui/t';
import { App } from './app';

// Opened by the background on install, in the browser's language (its `_locales` pick).
void loadWords().then(() => {
  document.title = t('welcome.title');
  render(<App />, document.getElementById('app')!);
});
