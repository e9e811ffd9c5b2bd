/**
 * What a report format is, as data: its tables, their rows and columns with the labels real reports
 * use, the cells (stable keys of keys.md) and the rule set. One file per format under src/templates/.
 */

/** count: a non-negative integer · signed: an integer that may be negative (本年增/减) · amount: non-negative, decimals allowed */
export type CellKind = 'count' | 'signed' | 'amount';

export interface Labelled {
  /** the label as the official form prints it, numbering included: `（一）予以公开` */
  display: string;
  /** English label for the UI */
  en: string;
  /** other spellings seen in real reports (synonyms, older wording, typos) */
  aliases?: string[];
}

/** A column header; leaves carry the column id used in cell keys. */
export interface ColumnNode extends Labelled {
  id?: string;
  children?: ColumnNode[];
}

/**
 * The columns a group of rows is read under. Table 3 and 4 have one set; table 2 has one per
 * 第二十条 item, each with its own `信息内容` header row.
 */
export interface ColumnSet {
  id: string;
  /** a title row printed above the header, e.g. `第二十条第（一）项` */
  section?: string;
  roots: ColumnNode[];
  /** rows read under this set when no header says otherwise */
  rows: string[];
}

export interface RowGroup extends Labelled {
  id: string;
  /** enclosing group, e.g. `results` for `denied` */
  parent?: string;
}

export interface RowDef extends Labelled {
  id: string;
  /** enclosing group id */
  group?: string;
  /** short name used in messages when the display label is long: `本年新收` */
  short?: string;
  /**
   * The rows this row stands for when a report prints them as one (2021's 三（六）其他处理 without
   * its three sub-items): a report has either this row or those, never both counted.
   */
  standsFor?: string[];
}

export interface CellDef {
  key: string;
  row: string;
  col: string;
  kind: CellKind;
}

export type TableId = 't2' | 't3' | 't4';

export interface TableDef {
  id: TableId;
  /** `二、主动公开政府信息情况` */
  title: string;
  titleEn: string;
  /** short name for messages: `依申请公开情况表` */
  short: string;
  shortEn: string;
  /** other headings the table goes by (the 2019 wording, shortened forms) */
  titleAliases?: string[];
  /** the header cell above the row labels (`信息内容`) or the note printed there */
  labelHeader?: Labelled;
  groups: RowGroup[];
  rows: RowDef[];
  columnSets: ColumnSet[];
  cells: CellDef[];
  /** Table 4 has one row of values and no row labels. */
  singleRow?: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A rule as data. `expr` is a mathjs expression over keys written with `_` for `.`
 * (`t3_new_natural`). A family is written once with placeholders and `each`:
 * `{ id: 't3.balance.{col}', each: { col: ['natural', …] }, expr: 't3_new_{col} + … ' }`.
 */
export interface RuleDef {
  id: string;
  table: TableId;
  /** Chinese title; `{col}` style placeholders are replaced by the item's label */
  title: string;
  titleEn: string;
  expr: string;
  severity: 'error' | 'warning';
  /** 0 for counts; 'precision' = the rounding interval of the stated decimals (XBRL Calculations 1.1) */
  tolerance?: number | 'precision';
  /** optional condition: the rule applies only when this holds */
  when?: string;
  each?: Record<string, Array<{ id: string; display: string; en: string }>>;
}

export interface TemplateDef {
  id: string;
  name: string;
  nameEn: string;
  /** the first report year printed in this format (breaks a tie between formats that fit alike) */
  since?: number;
  tables: TableDef[];
  rules: RuleDef[];
}
