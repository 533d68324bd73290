import { render } from 'preact';
import { i18n } from '../shared/browser';
import { App } from './app';

// Screen readers and the draft editor's hyphenation follow the UI language.
document.documentElement.lang = i18n.uiLanguage();
render(<App />, document.getElementById('app')!);
