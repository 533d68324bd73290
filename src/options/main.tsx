import { render } from 'preact';
import { uiLanguage } from '../ui/extension-pages';
import { App } from './app';

// Screen readers and the draft editor's hyphenation follow the UI language.
document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
