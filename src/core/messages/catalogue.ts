/**
 * Every user-facing sentence the core produces, by stable code, in Chinese and English.
 * The core emits a code and parameters; the CLI and the page render them. Placeholders: `{name}`.
 */
export const CATALOGUE = {
  'rule.fail.sum': {
    zh: '{total} {totalValue} ≠ {parts} = {sum}，差 {diff}',
    en: '{total} {totalValue} ≠ {parts} = {sum}, off by {diff}',
  },
  'rule.fail.equation': {
    zh: '{title}：{left} = {leftValue} ≠ {right} = {rightValue}，差 {diff}',
    en: '{title}: {left} = {leftValue} ≠ {right} = {rightValue}, off by {diff}',
  },
  'rule.fail.compare': {
    zh: '{title}：{left} = {leftValue}，{right} = {rightValue}，不满足 {op}',
    en: '{title}: {left} = {leftValue}, {right} = {rightValue}, not {op}',
  },
  'rule.fail.other': {
    zh: '{title}：不成立',
    en: '{title}: does not hold',
  },
  'rule.error': {
    zh: '{title}：计算出错（{error}），无法判断是否成立',
    en: '{title}: could not be evaluated ({error}); whether it holds is unknown',
  },
  'rule.uncertain.suggest': {
    zh: '{cell}为空，按{basis}应为 {suggested}',
    en: '{cell} is blank; from {basis} it should be {suggested}',
  },
  'rule.uncertain.suggest-text': {
    zh: '{cell}“{text}”不是数字，按{basis}应为 {suggested}',
    en: '{cell} "{text}" is not a number; from {basis} it should be {suggested}',
  },
  'rule.uncertain.filled-holds': {
    zh: '{title}：{count} 个空白格按各自明细补齐后成立（{equation}），请补填',
    en: '{title}: holds once its {count} blank cells are filled from their own parts ({equation}); please fill them in',
  },
  'rule.uncertain.filled-fails': {
    zh: '{title}：{count} 个空白格按各自明细补齐后仍不成立（{equation}），差 {diff}',
    en: '{title}: still fails once its {count} blank cells are filled from their own parts ({equation}), off by {diff}',
  },
  'rule.uncertain.blanks': {
    zh: '{title}：空白按 0 计时不成立（{equation}）；{blanks} 为空或不是数字，无法判断哪一格有误',
    en: '{title}: fails with blanks counted as 0 ({equation}); {blanks} blank or not a number, so the wrong cell cannot be told',
  },
  'equation.holds': { zh: '{left} = {right}', en: '{left} = {right}' },
  'equation.fails': { zh: '{left} ≠ {right}', en: '{left} ≠ {right}' },
  'side.left': { zh: '左边', en: 'left' },
  'side.right': { zh: '右边', en: 'right' },
  'rule.basis.parts': { zh: '明细', en: 'the parts' },
  'rule.basis.others': { zh: '其余各格', en: 'the other cells' },
  'value.not-number': {
    zh: '{cell}：“{text}”不是数字，按空白处理',
    en: '{cell}: "{text}" is not a number; treated as blank',
  },
  'value.negative': {
    zh: '{cell} 为 {value}，应为非负数',
    en: '{cell} is {value}; it must not be negative',
  },
  'value.not-integer': {
    zh: '{cell} 为 {value}，件数应为整数',
    en: '{cell} is {value}; a count must be a whole number',
  },
  'value.blank': {
    zh: '{table}有 {count} 个空白单元格（规范填法应填 0）：{cells}',
    en: '{table} has {count} blank cells (the form asks for 0): {cells}',
  },
  'structure.extra-row': {
    zh: '{table}：第 {row} 行“{label}”不在本格式中，未参与审核',
    en: '{table}: row {row} "{label}" is not part of this format and was not audited',
  },
  'structure.extra-column': {
    zh: '{table}：第 {col} 列“{label}”不在本格式中，未参与审核',
    en: '{table}: column {col} "{label}" is not part of this format and was not audited',
  },
  'structure.extra-values': {
    zh: '{table}：第 {row} 行“{label}”有 {count} 个数值，应为 {expected} 个，多出的未参与审核',
    en: '{table}: row {row} "{label}" has {count} values where {expected} are expected; the extra ones were not audited',
  },
  'structure.missing-values': {
    zh: '{table}：第 {row} 行“{label}”只有 {count} 个数值，应为 {expected} 个，按顺序对应',
    en: '{table}: row {row} "{label}" has only {count} values where {expected} are expected; read in order',
  },
  'structure.row-unreadable': {
    zh: '{table}：“{label}”行的数值无法逐格对应（“{line}”），该行未参与审核',
    en: '{table}: the values of row "{label}" cannot be matched to its cells ("{line}"); the row was not audited',
  },
  'structure.missing-row': {
    zh: '{table}：缺少“{label}”行',
    en: '{table}: the row "{label}" is missing',
  },
  'structure.missing-column': {
    zh: '{table}：缺少“{label}”列',
    en: '{table}: the column "{label}" is missing',
  },
  'structure.duplicate-row': {
    zh: '{table}：第 {row} 行“{label}”与前面的行重复，只审核第一次出现的',
    en: '{table}: row {row} "{label}" repeats an earlier row; only the first is audited',
  },
  'structure.missing-table': {
    zh: '未找到{table}，该表未参与审核',
    en: '{table} was not found and was not audited',
  },
  'structure.by-position': {
    zh: '{table}：“{label}”列无法由表头识别，按位置（第 {position} 个数值列）认定',
    en: '{table}: the column "{label}" could not be told from its header and was placed by position (value column {position})',
  },
  'structure.row-by-position': {
    zh: '{table}：“{label}”行的数值与其标签不在一处，按本格式的行序认定',
    en: '{table}: the values of row "{label}" stood apart from its label and were placed by the order of the format\'s rows',
  },
  'format.assumed': {
    zh: '无法从标签区分 2019 与 2021 格式，按 2021 格式审核',
    en: 'The labels do not tell the 2019 and 2021 formats apart; audited as the 2021 format',
  },
  'rule.refused': {
    zh: '规则 {rule}（{title}）已拒绝：{why}：{detail}',
    en: 'Rule {rule} ({title}) refused: {why}: {detail}',
  },
  'rule.refused.syntax': { zh: '表达式语法错误', en: 'syntax error in the expression' },
  'rule.refused.unknown-name': { zh: '使用了本格式中不存在的单元格', en: 'names a cell this format does not have' },
  'rule.refused.forbidden-function': {
    zh: '使用了不允许的函数（只允许 abs、round、min、max）',
    en: 'uses a function that is not allowed (only abs, round, min, max)',
  },
  'rule.refused.forbidden-syntax': {
    zh: '使用了不允许的写法（只允许数字、单元格、四则运算、比较和 and/or/not）',
    en: 'uses syntax that is not allowed (only numbers, cells, arithmetic, comparisons and and/or/not)',
  },
  'rule.refused.placeholder': { zh: '占位符没有对应的 each 取值', en: 'a placeholder has no values in `each`' },
  'rule.refused.with-hint': {
    zh: '{detail}（表达式中的键名请用 _ 代替 .，如 t3_denied_8_natural）',
    en: '{detail} (write keys in expressions with _ for ., e.g. t3_denied_8_natural)',
  },
  'rule.refused.when': { zh: '条件 {source}：{detail}', en: 'condition {source}: {detail}' },
  'suspect.single-cell': {
    zh: '改为 {suggested} 可使 {count} 条关系同时成立',
    en: 'changing it to {suggested} makes {count} relationships hold',
  },
  'suspect.blank': {
    zh: '空白，按{basis}应为 {suggested}',
    en: 'blank; from {basis} it should be {suggested}',
  },
  'suspect.not-number': {
    zh: '不是数字',
    en: 'not a number',
  },
  'suspect.negative': {
    zh: '负数',
    en: 'negative',
  },
  'suspect.not-integer': {
    zh: '不是整数',
    en: 'not a whole number',
  },
  'verdict.pass': { zh: '通过', en: 'passed' },
  'verdict.fail': { zh: '需退回修改', en: 'to be returned for correction' },
  'verdict.incomplete': { zh: '未完整识别', en: 'not fully read' },
  'verdict.blank': { zh: '空白表', en: 'blank form' },
  'verdict.not-report': { zh: '非年报表格', en: 'not a report table' },
  'verdict.unreadable': { zh: '无法读取', en: 'unreadable' },
  'value.blank-word': { zh: '空', en: 'blank' },
  'list.more': { zh: ' 等', en: ' …' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageCode = keyof typeof CATALOGUE;
export type Lang = 'zh' | 'en';
