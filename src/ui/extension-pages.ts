// What the extension pages may ask of the browser besides the background: open one of our own pages.
import { runtime, tabs } from '../shared/browser';

export type OwnPage = 'src/history/index.html';

export const pageUrl = (page: OwnPage, query = ''): string => runtime.url(`${page}${query}`);

export async function openPage(page: OwnPage, query = ''): Promise<void> {
  await tabs.open(pageUrl(page, query));
}

export const openOptions = (): Promise<void> => runtime.openOptions();
