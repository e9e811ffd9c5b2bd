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
  'totals.blank-total': {
    zh: '{total}为空，按明细应为 {suggested}',
    en: '{total} is blank; from its parts it should be {suggested}',
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
  'rule.uncertain.located': {
    zh: '{title}：空白按 0 计时不成立（{equation}）；{blanks} 为空，按 0 计',
    en: '{title}: fails with blanks counted as 0 ({equation}); {blanks} blank, counted as 0',
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
  'structure.by-position.many': {
    zh: '{table}：表头无法逐列识别，{count} 个数值列按本格式的列序认定（{labels}），请核对列序',
    en: '{table}: the header does not tell the columns apart; {count} value columns were placed in the format\'s order ({labels}); please check the order',
  },
  'structure.row-by-position.many': {
    zh: '{table}：{count} 行的数值与其标签不在一处，按本格式的行序认定（{labels}），请核对',
    en: '{table}: the values of {count} rows stood apart from their labels and were placed in the format\'s row order ({labels}); please check',
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
  // Slips (issue 8): the suspect's reason says which slip turns the right value into the written one.
  'suspect.slip': {
    zh: '{slip}；改为 {suggested} 可使 {count} 条关系同时成立',
    en: '{slip}; changing it to {suggested} makes {count} relationships hold',
  },
  // The one cell of a broken relationship whose change breaks nothing else (each other cell sits in a relationship that holds).
  'suspect.only-cell': {
    zh: '改为 {suggested} 可使此关系成立；其余各格所在的其他关系都成立，只有它改动不破坏其他关系',
    en: 'changing it to {suggested} makes this relationship hold; every other cell of it sits in a relationship that holds',
  },
  'suspect.only-cell-slip': {
    zh: '{slip}；改为 {suggested} 可使此关系成立，且不破坏其他关系',
    en: '{slip}; changing it to {suggested} makes this relationship hold and breaks no other',
  },
  'suspect.possible-slip': {
    zh: '仅凭数字推测（数据无法确定哪一格有误）：{slip}',
    en: 'a guess from the digits alone (the data cannot tell which cell is wrong): {slip}',
  },
  'typo.scale': { zh: '疑似数量级错误：填写 {written}，应为 {suggested}', en: 'looks like a slip of scale: {written} written, {suggested} meant' },
  'typo.swap': { zh: '疑似数位颠倒：填写 {written}，应为 {suggested}', en: 'looks like two digits swapped: {written} written, {suggested} meant' },
  'typo.extra-digit': { zh: '疑似多写一位数字：填写 {written}，应为 {suggested}', en: 'looks like one digit too many: {written} written, {suggested} meant' },
  'typo.missing-digit': { zh: '疑似漏写一位数字：填写 {written}，应为 {suggested}', en: 'looks like one digit missing: {written} written, {suggested} meant' },
  'typo.wrong-digit': { zh: '疑似写错一位数字：填写 {written}，应为 {suggested}', en: 'looks like one wrong digit: {written} written, {suggested} meant' },
  'typo.sign': { zh: '疑似正负号错误：填写 {written}，应为 {suggested}', en: 'looks like a wrong sign: {written} written, {suggested} meant' },
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
  // The report's words against its tables (issue 8, narrative.*): the sentence is the finding's quote.
  'narrative.mismatch': {
    zh: '正文称{fact} {stated} 件，表中为 {actual} 件（差 {diff}）',
    en: 'The text says {fact}: {stated}; the table says {actual} (off by {diff})',
  },
  'narrative.received': {
    zh: '正文称{fact} {stated} 件，表中本年新收 {own} 件、加上年结转为 {both} 件，均不相符',
    en: 'The text says {fact}: {stated}; the table has {own} new requests, {both} with those carried over: neither matches',
  },
  'narrative.includes-carried': {
    zh: '正文称{fact} {stated} 件（含上年结转），但表中本年新收即为 {own} 件，含上年结转应为 {both} 件',
    en: 'The text says {fact}: {stated} (including those carried over), but {own} is the new requests alone; with those carried over it is {both}',
  },
  'narrative.subtotal': {
    zh: '正文称{fact}共 {stated} 件，其中所列各项合计 {sum} 件（差 {diff}）',
    en: 'The text says {fact}: {stated} in all, but the parts it lists add up to {sum} (off by {diff})',
  },
  'narrative.percent': {
    zh: '正文称{fact}占 {stated}%，按表为 {count} ÷ {base}（{baseFact}）= {computed}%',
    en: 'The text says {fact} is {stated}%; from the table it is {count} ÷ {base} ({baseFact}) = {computed}%',
  },
  'fact.received': { zh: '收到申请', en: 'requests received' },
  'fact.received.natural': { zh: '自然人申请', en: 'requests from natural persons' },
  'fact.received.orgs': { zh: '法人或其他组织申请', en: 'requests from organisations' },
  'fact.carried': { zh: '上年结转申请', en: 'requests carried over from last year' },
  'fact.concluded': { zh: '办结', en: 'requests concluded' },
  'fact.forward': { zh: '结转下年度', en: 'requests carried forward' },
  'fact.granted': { zh: '予以公开', en: 'disclosed' },
  'fact.partial': { zh: '部分公开', en: 'partly disclosed' },
  'fact.granted_and_partial': { zh: '予以公开及部分公开', en: 'disclosed or partly disclosed' },
  'fact.denied': { zh: '不予公开', en: 'not disclosed' },
  'fact.unable': { zh: '无法提供', en: 'unable to provide' },
  'fact.ignored': { zh: '不予处理', en: 'not processed' },
  'fact.other_handling': { zh: '其他处理', en: 'otherwise handled' },
  'fact.review': { zh: '行政复议', en: 'administrative reviews' },
  'fact.review.upheld': { zh: '行政复议结果维持', en: 'reviews upheld' },
  'fact.review.corrected': { zh: '行政复议结果纠正', en: 'reviews corrected' },
  'fact.review.other': { zh: '行政复议其他结果', en: 'reviews with another outcome' },
  'fact.review.pending': { zh: '行政复议尚未审结', en: 'reviews pending' },
  'fact.suit': { zh: '行政诉讼', en: 'lawsuits' },
  'fact.suit.upheld': { zh: '行政诉讼结果维持', en: 'lawsuits upheld' },
  'fact.suit.corrected': { zh: '行政诉讼结果纠正', en: 'lawsuits corrected' },
  'fact.suit.other': { zh: '行政诉讼其他结果', en: 'lawsuits with another outcome' },
  'fact.suit.pending': { zh: '行政诉讼尚未审结', en: 'lawsuits pending' },
  'fact.rules.made': { zh: '本年制发规章', en: 'rules issued this year' },
  'fact.rules.repealed': { zh: '本年废止规章', en: 'rules repealed this year' },
  'fact.rules.valid': { zh: '现行有效规章', en: 'rules in force' },
  'fact.normative.made': { zh: '本年制发行政规范性文件', en: 'normative documents issued this year' },
  'fact.normative.repealed': { zh: '本年废止行政规范性文件', en: 'normative documents repealed this year' },
  'fact.normative.valid': { zh: '现行有效行政规范性文件', en: 'normative documents in force' },
  // Last year's report (issue 8, previous.*): each names last year's value.
  'previous.carried': {
    zh: '{cell} 为 {value} 件，上年报告“结转下年度继续办理”为 {last} 件（差 {diff}）',
    en: '{cell} is {value}; last year\'s report carried {last} forward (off by {diff})',
  },
  'previous.valid': {
    zh: '{cell} 为 {value} 件，按上年报告现行有效 {last} 件 + 本年制发 {made} 件 − 本年废止 {repealed} 件应为 {expected} 件（差 {diff}）',
    en: '{cell} is {value}; last year\'s {last} in force + {made} issued − {repealed} repealed makes {expected} (off by {diff})',
  },
  'previous.copied': {
    zh: '表三、表四与上年报告完全相同（{count} 个单元格，其中 {nonzero} 个非零），疑似沿用上年数据',
    en: 'Tables 3 and 4 are identical to last year\'s report ({count} cells, {nonzero} not zero): last year\'s figures may have been reused',
  },
  'previous.not-consecutive': {
    zh: '上年报告为 {last} 年度，本报告为 {year} 年度，不是相邻年度，未作比较',
    en: 'The earlier report is for {last} and this one for {year}: not consecutive years, so they were not compared',
  },
  // The form of the report (issue 8, format.*).
  'format.old-format': {
    zh: '{year} 年度报告使用了 2019 年格式的表格，2021 年度起应使用国办公开办函〔2021〕30号规定的格式',
    en: 'The report for {year} uses the 2019 tables; from 2021 on the format of notice [2021] No. 30 applies',
  },
  'format.old-notice': {
    zh: '{year} 年度报告以已被替代的国办公开办函〔2019〕60号为依据，应为国办公开办函〔2021〕30号',
    en: 'The report for {year} cites the superseded notice [2019] No. 60 as its basis; it should be notice [2021] No. 30',
  },
  'format.period': {
    zh: '统计期限为 {from} 至 {to}，应为 {year} 年 1 月 1 日至 12 月 31 日',
    en: 'The period covered is {from} to {to}; it should be 1 January to 31 December {year}',
  },
  'format.year': {
    zh: '标题为 {title} 年度报告，正文的统计期限却是 {text} 年',
    en: 'The title says {title}, but the period the text covers is in {text}',
  },
  'format.rules-body': {
    zh: '请核实：县级单位一般不制定规章（{unit}在主动公开情况表中填报规章本年制发 {made} 件、现行有效 {valid} 件；只有省级、设区的市级人民政府和国务院部门可以制定规章）',
    en: 'Please check: county-level bodies do not usually make rules ({unit} reports {made} rules issued and {valid} in force; only provincial and prefecture-level governments and State Council departments make rules)',
  },
  'format.missing-section': {
    zh: '报告正文缺少“{section}”部分',
    en: 'The report\'s text lacks its part "{section}"',
  },
  'verdict.pass': { zh: '通过', en: 'passed' },
  'verdict.fail': { zh: '需退回修改', en: 'to be returned for correction' },
  'verdict.incomplete': { zh: '未完整识别', en: 'not fully read' },
  'verdict.blank': { zh: '空白表', en: 'blank form' },
  'verdict.not-report': { zh: '非年报表格', en: 'not a report table' },
  'verdict.unreadable': { zh: '无法读取', en: 'unreadable' },
  'value.blank-word': { zh: '空', en: 'blank' },
  'list.more': { zh: ' 等', en: ' …' },
  'terms.more': { zh: '…（共 {n} 项）', en: '… ({n} terms)' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageCode = keyof typeof CATALOGUE;
export type Lang = 'zh' | 'en';
