/** Who may make 规章, as data the caller passes in (src/templates/rulemakers.ts ships it). */
export interface Rulemakers {
  /** 省、自治区、直辖市, with their suffix: `江苏省`, `上海市`, `广西壮族自治区` */
  provinces: readonly string[];
  /** 设区的市 and 自治州, with their suffix: `淮安市`, `延边朝鲜族自治州` */
  cities: readonly string[];
}
