/**
 * Prints an HTML document (a 审核意见书) through a hidden iframe, so the page itself is not what
 * prints. The frame stays until the next print (it holds the document the print dialog reads; tests
 * read it there too).
 */
export function printHtml(html: string): Promise<void> {
  document.getElementById('gouji-print')?.remove();
  const frame = document.createElement('iframe');
  frame.id = 'gouji-print';
  frame.title = '审核意见书';
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  // The frame takes the focus to print; the page gets it back after (Ctrl+V, F6, F8 are the page's).
  const before = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    frame.onload = () => {
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
      } finally {
        window.focus();
        before?.focus?.();
        // for tests: the print dialog has been opened and closed again (headless, at once)
        performance.mark('gouji:printed');
        resolve();
      }
    };
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
