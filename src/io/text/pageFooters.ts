/**
 * Page footers that PDF text puts inside tables: `-3-`, `— 3 —`, `- 3 -`, `第 3 页`, `第3页 共5页`,
 * `3 / 5`. A line that is only a footer is no row of the table.
 */
const FOOTER = /^(?:[-—–‐－]+\s*\d{1,4}\s*[-—–‐－]+|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

export function isPageFooter(line: string): boolean {
  return FOOTER.test(line.replace(/[\f\u3000]/g, ' ').trim());
}
