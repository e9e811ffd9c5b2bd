import { engineBench } from './engineBench';

/** `npm run bench`: ratios measured in one run; nothing here is asserted. */
const lines = engineBench();
console.log(lines.join('\n'));
const { readersBench } = await import('./readersBench');
console.log((await readersBench()).join('\n'));
const { cliBench } = await import('./cliBench');
console.log((await cliBench()).join('\n'));
const { cliXlsxBench } = await import('./cliXlsxBench');
console.log((await cliXlsxBench()).join('\n'));
if (!process.argv.includes('--engine-only')) {
  const { browserBench } = await import('./browserBench');
  console.log((await browserBench()).join('\n'));
  const { batchBench } = await import('./batchBench');
  console.log((await batchBench()).join('\n'));
}
