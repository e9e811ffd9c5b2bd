import { statedNumber } from './numerals';

/** What a sentence states about the tables: one number, the fact it is about, and where it sits. */
export interface StatedFact {
  /** `received`, `concluded`, `review.upheld`, `normative.valid`, … (keys.md: narrative.<fact>) */
  fact: string;
  value: number;
  /** the number's position in the sentence */
  at: number;
  /** `（含上年结转…件）` follows the number: the count includes the requests carried over */
  includesCarried?: boolean;
  /** a percentage written right after the number (`占51.85%`, `（17.46%）`), as written */
  percent?: string;
}

/** A count: digits or Chinese numerals, then 件 (`3119 件`, `十二件`); 余/多 after it make it approximate. */
const COUNT = /(\d[\d,，]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)\s*(余|多)?\s*件/g;

/** Words that put a count about something else than information-disclosure requests. */
const NOT_REQUESTS = /信箱|来信|留言|咨询|热线|信访件|建议|提案|举报|投诉|意见|案件|复议|诉讼|事项|诉求|工单|来电|文件|信息(?!公开申请)/;

/**
 * The facts a sentence states, in order. Conservative: a number is read only when the words right
 * before it (or, for a few facts, right after it) name a fact of the tables; numbers about anything
 * else (主动公开信息…条, 信箱来信…件, 政策解读…条) are never read, and approximate ones (300 余件) neither.
 */
export function factsOf(sentence: string): StatedFact[] {
  const out: StatedFact[] = [];
  // every count ends with 件: a sentence without one states none (most sentences of a report)
  if (!sentence.includes('件')) return out;
  let law: 'review' | 'suit' | null = null;
  let lastEnd = 0;
  for (const m of sentence.matchAll(COUNT)) {
    const at = m.index!;
    const value = statedNumber(m[1]);
    const before = sentence.slice(lastEnd, at);
    lastEnd = at + m[0].length;
    const cut = lastBoundary(before);
    const label = before.slice(cut);
    const rest = sentence.slice(lastEnd);
    const tail = rest.slice(0, rest.search(/[，,；;。（()）]|$/));
    // the law context (行政复议 or 行政诉讼) is the last one named before this number
    const named = lastLaw(label);
    if (named) law = named === '行政复议' ? 'review' : 'suit';
    if (value === undefined || m[2] || /(近|约|逾|超过|将近)\s*$/.test(label)) continue;
    const fact = factOfLabel(label, tail, law, sentence);
    if (!fact) continue;
    const pct = /^\s*[，,（(]?\s*(?:占[^，,；;。%％]{0,12}?)?(\d+(?:\.\d+)?)\s*[%％]/.exec(rest);
    out.push({
      fact,
      value,
      at,
      ...(/^\s*[（(]\s*含上一?年度?结转/.test(rest) ? { includesCarried: true } : {}),
      ...(pct ? { percent: pct[1] } : {}),
    });
  }
  return out;
}

/**
 * One past the last clause boundary of `before`, counted in characters as `[...before]` counts them
 * (a character outside the BMP is one) and used as an index into the string, as it always was.
 */
function lastBoundary(before: string): number {
  let at = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (BOUNDARY_CODES.has(before.charCodeAt(i))) {
      at = i;
      break;
    }
  }
  if (at < 0) return 0;
  let pairs = 0;
  for (let i = 0; i < at - 1; i++) {
    const c = before.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = before.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return at - pairs + 1;
}
/** Where a clause begins: the label of a number is the text from here to the number. */
const BOUNDARY_CODES = new Set([...'，,；;：:（()）。'].map((c) => c.charCodeAt(0)));

/** The law named last in the text: 行政复议 or 行政诉讼 (neither can overlap the other). */
function lastLaw(text: string): string | undefined {
  const review = text.lastIndexOf('行政复议');
  const suit = text.lastIndexOf('行政诉讼');
  if (review < 0 && suit < 0) return undefined;
  return review > suit ? '行政复议' : '行政诉讼';
}

function factOfLabel(label: string, tail: string, law: 'review' | 'suit' | null, sentence: string): string | undefined {
  const l = label.replace(/^[、\s]*(其中[：:]?)?/, '');
  if (/主动公开/.test(l)) return undefined;
  if (/(结转|顺延|转)(到|至|入)?下一?年|结转至\d{4}年/.test(l)) return 'forward';
  if (/上一?年度?结转/.test(l)) return 'carried';
  if (/予以公开(及|和|与|、)部分公开/.test(l)) return 'granted_and_partial';
  if (/部分公开/.test(l)) return 'partial';
  if (/不予公开/.test(l)) return 'denied';
  if (/(予以|同意)公开/.test(l)) return 'granted';
  if (/无法提供/.test(l)) return 'unable';
  if (/不予处理/.test(l)) return 'ignored';
  if (/其他处理/.test(l)) return 'other_handling';
  const both = /复议/.test(l) && /诉讼/.test(l);
  if (!both && /行政复议/.test(l)) return 'review';
  if (!both && /行政诉讼/.test(l)) return 'suit';
  if (law && !/申请/.test(l)) {
    if (/维持/.test(l)) return `${law}.upheld`;
    if (/纠正|纠错/.test(l)) return `${law}.corrected`;
    if (/其他结果/.test(l)) return `${law}.other`;
    if (/尚未审结|未审结/.test(l)) return `${law}.pending`;
  }
  const docs = documentFact(l);
  if (docs !== null) return docs;
  if (/自然人/.test(l) && !/[，,]/.test(l)) return 'received.natural';
  if (/法人(或|和|及)其他组织/.test(l)) return 'received.orgs';
  if (/收到|受理|新收|接收|接到/.test(l) && /申请/.test(l + tail) && !NOT_REQUESTS.test(l)) return 'received';
  if (/办结|答复|办理/.test(l) && /申请/.test(sentence) && !NOT_REQUESTS.test(l)) return 'concluded';
  // the number stands before its words: `1件结转下年度继续办理`, `有 1 件涉及…的行政复议`
  if (!/\S/.test(l.replace(/^(另有|有|共有|共|还有|尚有)/, '')) || /有\s*$/.test(l)) {
    if (/(结转|顺延|转)(到|至|入)?下一?年/.test(tail)) return 'forward';
    const tb = /复议/.test(tail) && /诉讼/.test(tail);
    if (!tb && /行政复议$/.test(tail)) return 'review';
    if (!tb && /行政诉讼$/.test(tail)) return 'suit';
  }
  return undefined;
}

/**
 * 规章 and 行政规范性文件: only with a verb that says which column (制发, 废止, 现行有效); `公开规章
 * 22 件` says none and is not read. `政策性文件` is no 规范性文件. null: the label is about neither.
 */
function documentFact(l: string): string | null | undefined {
  const rules = /规章/.test(l);
  const normative = /规范性文件/.test(l) && !/政策性文件|政策文件/.test(l);
  if (rules === normative) return null;
  const row = rules ? 'rules' : 'normative';
  if (/现行有效/.test(l)) return `${row}.valid`;
  if (/废止/.test(l)) return `${row}.repealed`;
  if (/制发|制定|出台|印发/.test(l)) return `${row}.made`;
  return undefined;
}
