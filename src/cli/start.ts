/**
 * `npm start`: audits the bundled sample on the command line, then says where the page is.
 * (The page itself is built by the `vite build` that npm start runs first.)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './main';
import { say } from './messages';

// launch.mjs says where the repository is (this file runs from a bundle elsewhere)
const root = process.env.GOUJI_ROOT ?? resolve(import.meta.dirname, '../..');
const sample = resolve(root, 'src/samples/youyang-2021.txt');
process.stdout.write(say('start.title') + '\n\n');
const status = await run([sample]);
const page = resolve(root, 'dist/index.html');
if (existsSync(page)) process.stdout.write(`\n${say('start.page', { path: page, url: pathToFileURL(page).href })}\n`);
else process.stderr.write(`\n${say('start.no-page', { path: page })}\n`);
process.exitCode = status;
