import { render } from 'preact';
import { loadWords, t } from '../ui/t';
import { App } from './app';

void loadWords().then(() => {
  document.title = t('history.title');
  render(<App />, document.getElementById('app')!);
});
