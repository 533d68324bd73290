// Seller Central and Etsy are single-page apps: they navigate and re-render without reloading.
// We watch cheaply: a MutationObserver that only (re)starts a timer, plus navigation events.
// The reading itself runs once the page has been quiet for a moment.

const QUIET_MS = 250;

export function watchPage(onSettled: () => void, ignore: (node: Node) => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, QUIET_MS);
  };
  // Our own banner being (re)mounted must not wake the reader again.
  const ours = (r: MutationRecord) => ignore(r.target) || [...r.addedNodes, ...r.removedNodes].every(ignore);
  const observer = new MutationObserver((records) => {
    if (records.every(ours)) return;
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('popstate', schedule);
  // The Navigation API reports pushState navigations that popstate misses (Chromium 102+).
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', schedule);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    removeEventListener('popstate', schedule);
    nav?.removeEventListener('navigatesuccess', schedule);
  };
}
