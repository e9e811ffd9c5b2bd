import { toSimplified } from './simplified';

/**
 * A row or column label reduced to what identifies it, so that `（一）予以公开`, `(一) 予以\n公开`
 * and `一、予以公開` all compare equal.
 *
 * @example normalizeLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')
 *   // { text: '部分公开(区分处理的,只计这一情形,不计其他情形)', core: '部分公开', numbering: '二' }
 * @example normalizeLabel('3.危及“三安全一稳定”')  // { text: '危及三安全一稳定', core: '危及三安全一稳定', numbering: '3' }
 */
export interface NormalizedLabel {
  /** NFKC, simplified characters, no spaces, line breaks or quotes, numbering removed */
  text: string;
  /** `text` without trailing parenthetical remarks such as `(单位:万元)` */
  core: string;
  /** the numbering that was removed (`一`, `3`, …) or '' */
  numbering: string;
}

const NUMBERING = [
  /^第?([一二三四五六七八九十]+)[、.]/, // 一、  三.
  /^\(([一二三四五六七八九十]+)\)[、.]?/, // (一)
  /^(\d+)[、.)](?!\d)/, // 1.  1、 1)
  /^\((\d+)\)/, // (1)
  /^([①②③④⑤⑥⑦⑧⑨⑩])/,
];
const QUOTES = /["'“”‘’「」『』《》〈〉]/g;

// Labels repeat across rows, tables and a batch's reports: normalise each text once.
const cache = new Map<string, NormalizedLabel>();

/** Longer texts are narrative, never a row or column label: they are not normalised in full. */
const MAX_LABEL = 200;

export function normalizeLabel(raw: string): NormalizedLabel {
  if (raw.length > MAX_LABEL) return { text: raw.slice(0, MAX_LABEL), core: raw.slice(0, MAX_LABEL), numbering: '' };
  let hit = cache.get(raw);
  if (!hit) {
    if (cache.size > 20_000) cache.clear();
    hit = computeLabel(raw);
    cache.set(raw, hit);
  }
  return hit;
}

function computeLabel(raw: string): NormalizedLabel {
  let s = toSimplified(
    raw
      .replace(/&nbsp;?/gi, ' ')
      .normalize('NFKC'),
  )
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
    .replace(QUOTES, '')
    .replace(/[：]/g, ':')
    .replace(/[。]$/, '');
  const numbering: string[] = [];
  // A label may carry two numberings (`三（一）予以公开`); strip them all.
  for (let again = true; again; ) {
    again = false;
    for (const re of NUMBERING) {
      const m = re.exec(s);
      if (m && m[0].length < s.length) {
        numbering.push(m[1]);
        s = s.slice(m[0].length);
        again = true;
      }
    }
  }
  return { text: s, core: stripRemarks(s), numbering: numbering.at(-1) ?? '' };
}

/** Drops trailing `(…)` remarks: `本年收费金额(单位:万元)` → `本年收费金额`; keeps a label that is all remark. */
function stripRemarks(s: string): string {
  // One pass from the end: drop balanced `(…)` groups while the label ends with one.
  let end = s.length;
  while (end > 0 && s[end - 1] === ')') {
    const open = s.lastIndexOf('(', end - 1);
    if (open <= 0 || s.slice(open + 1, end - 1).includes(')')) break;
    end = open;
  }
  return end === s.length ? s : s.slice(0, end);
}
