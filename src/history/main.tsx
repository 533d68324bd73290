import { render } from 'preact';
import { i18n } from '../shared/browser';
import { App } from './app';

document.documentElement.lang = i18n.uiLanguage();
render(<App />, document.getElementById('app')!);
