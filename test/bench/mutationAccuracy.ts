import { audit, formatFinding, parseCellValue, type AuditResult, type Finding, type Reading, type TypoKind } from '../../src/core';
import { rolesOf, typoKind } from '../../src/core/locate';
import { REPORT_TEMPLATES } from '../../src/templates';
import { RULEMAKERS } from '../../src/templates/rulemakers';

/**
 * Issue 8's accuracy bench: single-cell changes of tables 3 and 4 (each slip kind, and a random
 * amount) and two-cell changes of table 3 (two cells in different rows and columns), generated with
 * a fixed seed from every report read in full; then what the engine made of them.
 */
export interface FullReport {
  name: string;
  reading: Reading;
}

const KINDS: TypoKind[] = ['scale', 'swap', 'extra-digit', 'missing-digit', 'wrong-digit', 'sign'];

/** mulberry32: a small PRNG with a fixed seed, so the cases are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The value a typist writes for `v` with one slip of this kind (undefined when that slip cannot change v). */
function slip(v: number, kind: TypoKind, r: () => number): number | undefined {
  const s = String(v);
  const pick = (n: number) => Math.floor(r() * n);
  switch (kind) {
    case 'scale':
      return v === 0 ? undefined : v * 10;
    case 'sign':
      return v === 0 ? undefined : -v;
    case 'swap': {
      const at = [...s].flatMap((c, i) => (i + 1 < s.length && c !== s[i + 1] && !(i === 0 && s[1] === '0') ? [i] : []));
      if (!at.length) return undefined;
      const i = at[pick(at.length)];
      return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    }
    case 'extra-digit': {
      // after a lone 0 a digit would replace it (0 → 05 = 5): put it in front instead (0 → 50)
      const i = s === '0' ? 0 : pick(s.length + 1);
      const d = i === 0 ? 1 + pick(9) : pick(10);
      return Number(s.slice(0, i) + d + s.slice(i));
    }
    case 'missing-digit': {
      if (s.length < 2) return undefined;
      const at = [...Array(s.length).keys()].filter((i) => !(i === 0 && s[1] === '0'));
      const i = at[pick(at.length)];
      return Number(s.slice(0, i) + s.slice(i + 1));
    }
    case 'wrong-digit': {
      const i = pick(s.length);
      const choices = [...'0123456789'].filter((d) => d !== s[i] && !(i === 0 && d === '0' && s.length > 1));
      return Number(s.slice(0, i) + choices[pick(choices.length)] + s.slice(i + 1));
    }
  }
}

/** keys.md: a written value that is a scale slip away is named `scale` first, whatever slip made it. */
function expectedKind(generated: TypoKind, written: number, meant: number): TypoKind {
  return typoKind(written, meant) === 'scale' ? 'scale' : generated;
}

interface Tally {
  cases: number;
  detected: number;
  top1: number;
  suggested: number;
  possible: number;
  slipCases: number;
  slipPinned: number;
  slipNamed: number;
  /** cases where a possible suspect was offered, and those where it was the changed cell with its value */
  offered: number;
  offeredRight: number;
  /** cases where a certain suspect names the wrong cell or value */
  misled: number;
}
const tally = (): Tally => ({ cases: 0, detected: 0, top1: 0, suggested: 0, possible: 0, slipCases: 0, slipPinned: 0, slipNamed: 0, offered: 0, offeredRight: 0, misled: 0 });

function run(reading: Reading, edits: Record<string, string>): AuditResult {
  return audit(reading, { templates: REPORT_TEMPLATES, edits });
}

/**
 * Whether a finding's suspect is a claim about a written cell: a broken relationship, or one a blank
 * makes uncertain that still names the filled cell (not one saying what a blank should be).
 */
function namesWrittenCell(f: Finding): boolean {
  return f.status !== 'uncertain' || f.code === 'rule.uncertain.located';
}

/** Certain first suspects that name a cell not changed, or a changed cell with a value other than its original. */
function wrongPins(r: AuditResult, originals: Record<string, number>): number {
  let n = 0;
  for (const f of r.findings) {
    if (!namesWrittenCell(f)) continue;
    const s = f.suspects[0];
    if (!s || s.possible || !/^t[34]\./.test(s.cell) || f.rule.startsWith('value.')) continue;
    if (originals[s.cell] !== s.suggested) n++;
  }
  return n;
}

/** The first suspect any finding about the cell offers for it: certain first (namesWrittenCell), then possible. */
function suspectOf(r: AuditResult, key: string, possibleToo: boolean) {
  const mine = r.findings.filter((f) => namesWrittenCell(f) && f.cells.includes(key) && f.suspects.length);
  for (const f of mine) if (!f.suspects[0].possible && f.suspects[0].cell === key) return f.suspects[0];
  // a guess from the digits may come with any finding about the cell, a blank in it or not
  if (possibleToo) for (const f of r.findings) if (f.cells.includes(key) && f.suspects[0]?.possible && f.suspects[0].cell === key) return f.suspects[0];
  return undefined;
}

export function mutationAccuracy(reports: readonly FullReport[]): string[] {
  const out: string[] = [];
  const notes: string[] = [];
  const single = { t3: tally(), t4: tally() };
  const byKind = new Map<string, { pinned: number; named: number; cases: number }>();
  let pairs = 0;
  const perReport: string[] = [];
  let bothPinned = 0;
  let pairsDetected = 0;
  let pairsMisled = 0;
  let everyRelation = 0;
  const locatable = { pairs: 0, pinned: 0 };
  for (const { name, reading } of reports) {
    const r = rng(20240101 + name.length);
    const count = (k: string) => { const v = parseCellValue(reading.raw[k]); return v.kind === 'number' && Number.isInteger(v.value) && v.value >= 0 ? v.value : undefined; };
    const keys = Object.keys(reading.raw).filter((k) => /^t[34]\./.test(k) && count(k) !== undefined);
    if (keys.filter((k) => k.startsWith('t3.')).length < 10) {
      notes.push(`  （${name}：表三、表四没有可改动的数值（空白表），未计入）`);
      continue;
    }
    for (const key of keys) {
      const original = count(key)!;
      const t = key.startsWith('t3.') ? single.t3 : single.t4;
      const changes: Array<[TypoKind | 'random', number | undefined]> = [...KINDS.map((k) => [k, slip(original, k, r)] as [TypoKind, number | undefined]), ['random', original + (r() < 0.5 ? -1 : 1) * (1 + Math.floor(r() * 200))]];
      for (const [kind, changed] of changes) {
        if (changed === undefined || changed === original || !Number.isFinite(changed)) continue;
        const res = run(reading, { [key]: String(changed) });
        t.cases++;
        // flagged: a broken relationship (error), or one a blank makes uncertain (warning), naming the cell
        if (res.findings.some((f) => f.severity !== 'info' && f.cells.includes(key))) t.detected++;
        const certain = suspectOf(res, key, false);
        const any = suspectOf(res, key, true);
        if (certain) t.top1++;
        if (wrongPins(res, { [key]: original })) t.misled++;
        const offered = res.findings.flatMap((f) => f.suspects.filter((x) => x.possible));
        if (offered.length) {
          t.offered++;
          if (offered.every((x) => x.cell === key && x.suggested === original)) t.offeredRight++;
        }
        if (certain?.suggested === original) t.suggested++;
        if (!certain && any?.suggested === original) t.possible++;
        if (kind === 'random') continue;
        const want = expectedKind(kind, changed, original);
        const k = byKind.get(want) ?? { pinned: 0, named: 0, cases: 0 };
        k.cases++;
        t.slipCases++;
        if (any?.suggested === original) {
          t.slipPinned++;
          k.pinned++;
          if (any.typo === want) {
            t.slipNamed++;
            k.named++;
          }
        }
        byKind.set(want, k);
      }
    }
    // two cells of table 3 in different rows and columns, each with a slip or a random amount
    const t3 = keys.filter((k) => k.startsWith('t3.'));
    const rowOf = (k: string) => k.slice(0, k.lastIndexOf('.'));
    const colOf = (k: string) => k.slice(k.lastIndexOf('.') + 1);
    const [p0, b0] = [pairs, bothPinned];
    const blanks = Object.keys(reading.raw).filter((k) => k.startsWith('t3.') && count(k) === undefined).length;
    // Cells the data can locate at all: in two relationships whose total is filled in (a blank total
    // may be anything, so its sum says nothing of its parts). Counted from the rules, not the engine.
    const informative = new Map<string, number>();
    for (const o of run(reading, {}).outcomes) {
      const lin = o.rule.comparison?.linear;
      if (o.rule.comparison?.op !== '==' || !lin) continue;
      const { total } = rolesOf(lin);
      if (total.length === 1 && (reading.raw[total[0]] === undefined || count(total[0]) === undefined)) continue;
      for (const c of new Set(o.rule.cells)) informative.set(c, (informative.get(c) ?? 0) + 1);
    }
    const canLocate = (k: string) => (informative.get(k) ?? 0) >= 2;
    const [l0, lp0] = [locatable.pairs, locatable.pinned];
    for (let n = 0; n < 300; n++) {
      const a = t3[Math.floor(r() * t3.length)];
      const b = t3[Math.floor(r() * t3.length)];
      if (rowOf(a) === rowOf(b) || colOf(a) === colOf(b)) {
        n--;
        continue;
      }
      const change = (k: string) => {
        const v = count(k)!;
        const kind = r() < 6 / 7 ? KINDS[Math.floor(r() * KINDS.length)] : undefined;
        const c = kind ? slip(v, kind, r) : v + (r() < 0.5 ? -1 : 1) * (1 + Math.floor(r() * 200));
        return c === undefined || c === v ? v + 1 + Math.floor(r() * 9) : c;
      };
      const ca = change(a);
      const cb = change(b);
      const res = run(reading, { [a]: String(ca), [b]: String(cb) });
      pairs++;
      if (res.findings.some((f: Finding) => f.severity !== 'info' && (f.cells.includes(a) || f.cells.includes(b)))) pairsDetected++;
      const both = suspectOf(res, a, false)?.suggested === count(a) && suspectOf(res, b, false)?.suggested === count(b);
      if (both) bothPinned++;
      if (wrongPins(res, { [a]: count(a)!, [b]: count(b)! })) pairsMisled++;
      // every broken relationship of table 3 names its wrong cell first: one card per wrong cell
      const broken = res.findings.filter((f) => f.rule.startsWith('t3.') && f.severity !== 'info' && (f.status === 'fail' || f.code === 'rule.uncertain.located'));
      if (both && broken.every((f) => f.suspects[0] && !f.suspects[0].possible && [a, b].includes(f.suspects[0].cell))) everyRelation++;
      if (canLocate(a) && canLocate(b)) {
        locatable.pairs++;
        if (both) locatable.pinned++;
      }
    }
    const locatableHere = locatable.pairs - l0;
    perReport.push(`    ${name}：${pairs - p0} 例，两格都定位 ${(100 * (bothPinned - b0) / (pairs - p0)).toFixed(1)}%${blanks ? `；表三有 ${blanks} 个空白格，两格都在两个总计已填的关系中的 ${locatableHere} 例，两格都定位 ${locatableHere ? ((100 * (locatable.pinned - lp0)) / locatableHere).toFixed(1) : '—'}%` : ''}`);
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
  out.push(`单格改动（完整识别的报告：${reports.map((x) => x.name).join('、')}）：`, ...notes);
  for (const [table, t] of Object.entries(single)) {
    out.push(
      `  ${table}：${t.cases} 例；发现 ${pct(t.detected, t.cases)}，首位嫌疑正确 ${pct(t.top1, t.cases)}，建议值正确 ${pct(t.suggested, t.cases)}` +
        `，仅“可能”嫌疑给出原值 ${pct(t.possible, t.cases)}，确定的嫌疑指错（别的格或别的值）${pct(t.misled, t.cases)}；笔误 ${t.slipCases} 例中定位到原值 ${pct(t.slipPinned, t.slipCases)}，其中笔误类型说对 ${pct(t.slipNamed, t.slipPinned)}；给出“可能”嫌疑 ${t.offered} 例，其中正是改动的格与原值 ${pct(t.offeredRight, t.offered)}`,
    );
  }
  out.push(`  按笔误类型（定位到原值者中说对的比例）：${[...byKind].map(([k, v]) => `${k} ${v.named}/${v.pinned}（共 ${v.cases}）`).join('；')}`);
  const named = single.t3.slipNamed + single.t4.slipNamed;
  const pinned = single.t3.slipPinned + single.t4.slipPinned;
  out.push(`  笔误类型说对（目标 ≥ 95%）：${pct(named, pinned)}`);
  out.push(
    `双格改动（表三，不同行不同列）：${pairs} 例；发现 ${pct(pairsDetected, pairs)}，两格都定位且建议值正确 ${pct(bothPinned, pairs)}（目标 ≥ 95%），确定的嫌疑指错 ${pct(pairsMisled, pairs)}；两格都定位且每个不成立的关系都首先指向其中一格（每格一张卡片）${pct(everyRelation, pairs)}`,
    `  其中两格都能由数据定位（各在两个总计已填的关系中）：${locatable.pairs} 例，两格都定位 ${pct(locatable.pinned, locatable.pairs)}；其余 ${pairs - locatable.pairs} 例至少一格只在一个有信息的关系中（所在行的总计为空），任何方法都无法确定是哪一格`,
    ...perReport,
  );
  return out;
}

/** Every narrative, last-year and form warning on the reports as they are, for a person to judge. */
export function warningsOnUnchanged(reports: ReadonlyArray<{ name: string; reading: Reading; previous: Reading | null }>): string[] {
  const out: string[] = [];
  let count = 0;
  for (const { name, reading, previous } of reports) {
    if (!reading.templateId || reading.templateId === 'generic') continue;
    const res = audit(reading, { templates: REPORT_TEMPLATES, previous, rulemakers: RULEMAKERS });
    for (const f of res.findings.filter((x) => /^(narrative|previous|format)\./.test(x.rule) && x.rule !== 'format.assumed')) {
      count++;
      out.push(`  ${name}  ${f.rule}  ${formatFinding(f, 'zh', res.template)}${f.quote ? `  原文：“${f.quote}”` : ''}`);
    }
  }
  return [`未改动报告上的正文、上年、格式提示：${count} 条（逐条人工核对真伪）`, ...out];
}
