// Saves text as a file on the seller's computer: a blob URL and a download link, clicked. Nothing
// goes over the network; the link lives in our own shadow root (or nowhere) so the page never sees it.

export function saveFile(doc: Document, name: string, text: string, into?: ParentNode): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  into?.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time a minute has passed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
