import { render } from 'preact';
import { loadWords, t } from '../ui/t';
import { App } from './app';

// The popup asks for its tab's state while its words (only its own language's catalogue) load.
const words = loadWords().then(() => {
  document.title = t('extName');
});
render(<App words={words} />, document.getElementById('app')!);
