/**
 * `npm start`: audits the bundled sample on the command line, then says where the page is.
 * (The page itself is built by the `vite build` that npm start runs first.)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './main';

const root = resolve(import.meta.dirname, '../..');
const sample = resolve(root, 'src/samples/youyang-2021.txt');
process.stdout.write('审核示例报告（酉阳县 2021 年政府信息公开工作年度报告）：\n\n');
const status = run([sample]);
const page = resolve(root, 'dist/index.html');
if (existsSync(page)) {
  process.stdout.write(`\n页面已生成：${page}\n双击该文件，或在浏览器中打开 ${pathToFileURL(page).href}\n`);
} else {
  process.stderr.write(`\n没有找到 ${page}：请先运行 npm run build\n`);
}
process.exitCode = status;
