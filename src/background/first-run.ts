// A new install opens the welcome page (src/welcome/), in the browser's language: what Seller Guard
// reads, where, that nothing leaves the computer, and one button per platform to the page where
// its figure lives. Updates and browser updates open nothing.

export const WELCOME_PAGE = 'src/welcome/index.html';

export async function onInstalled(
  details: { reason: string; temporary?: boolean },
  open: (url: string) => Promise<unknown>,
  url: (path: string) => string,
): Promise<void> {
  if (details.reason === 'install') await open(url(WELCOME_PAGE));
}
