import { render } from 'preact';
import { uiLanguage } from '../ui/extension-pages';
import { App } from './app';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
