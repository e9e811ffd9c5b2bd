/**
 * The reporting unit and year, as the report's title says them:
 * `淮安市人民政府2024年政府信息公开工作年度报告`, `2019年上海市人民政府办公厅政府信息公开工作年度报告`,
 * or the unit on a line of its own above `2024 年政府信息公开工作年度报告`. Only the first lines
 * are read (a title, never a sentence of the body); what they do not say is null.
 */
export function reportIdentity(text: readonly string[]): { unit: string | null; year: number | null } {
  const lines = text.slice(0, 8).map((l) => l.replace(/^\s*(标题|title)\s*[:：]\s*/i, '').replace(/\s+/g, ''));
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > 60) continue; // a title, not a sentence of the body
    const b = YEAR_FIRST.exec(lines[i]);
    const a = b ? null : UNIT_FIRST.exec(lines[i]);
    if (!a && !b) continue;
    const year = Number(b ? b[1] : a![2]);
    const named = b ? b[2] : a![1];
    if (/[《》。，,；;]/.test(named)) continue; // a sentence that names the report, not its title
    let unit = cleanUnit(named);
    // the unit printed on the line above the title
    if (!unit && i > 0 && UNIT_LINE.test(lines[i - 1])) unit = cleanUnit(lines[i - 1]);
    return { unit: unit || null, year: year >= 2000 && year <= 2100 ? year : null };
  }
  // No title line: the unit alone on the first line, the year where the opening sentences name the report.
  const unit = UNIT_LINE.test(lines[0] ?? '') ? cleanUnit(lines[0]) : null;
  const named = lines.map((l) => /(\d{4})年度?政府信息公开(?:工作)?年度?报告/.exec(l)).find(Boolean);
  const year = named ? Number(named[1]) : null;
  return { unit, year: year !== null && year >= 2000 && year <= 2100 ? year : null };
}

/** YYYY年(度)[unit]政府信息公开(工作)年度报告 */
const YEAR_FIRST = /^(\d{4})年度?(.+?)政府信息公开(?:工作)?年度?报告/;
/** [unit]YYYY年(度)政府信息公开(工作)年度报告 */
const UNIT_FIRST = /^(.*?)(\d{4})年度?政府信息公开(?:工作)?年度?报告/;
const UNIT_LINE = /^[\u4e00-\u9fff（）()]{2,30}(政府|办公厅|办公室|局|委员会|委|厅|院|中心|街道办事处|镇|乡|区|县|市)$/;

function cleanUnit(s: string): string {
  return s.replace(/^[（(][^）)]*[）)]/, '').replace(/[，,：:。]/g, '').trim();
}
