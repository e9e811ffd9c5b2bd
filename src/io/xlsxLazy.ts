/**
 * The page's stand-in for SheetJS (vite.config.ts aliases `xlsx` to this file in the browser build).
 * SheetJS is a third of the page's code and most reviewers never open a spreadsheet, so the single
 * file carries it as inert text and runs it the first time a spreadsheet is read. An inline script
 * element runs synchronously when inserted, and the page's CSP allows inline scripts, so `read`
 * stays synchronous like the real one.
 */
import type * as SheetJS from 'xlsx';

type XlsxModule = typeof SheetJS;

function lib(): XlsxModule {
  const g = globalThis as unknown as { XLSX?: XlsxModule };
  if (!g.XLSX) {
    const source = document.getElementById('gouji-xlsx')?.textContent;
    if (!source) throw new Error('本页面缺少表格读取组件（SheetJS），无法读取电子表格文件');
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
    script.remove();
  }
  if (!g.XLSX) throw new Error('表格读取组件（SheetJS）加载失败');
  return g.XLSX;
}

export const read: XlsxModule['read'] = (data, opts) => lib().read(data, opts);
