import type {
  ComparedDocument,
  ComparisonGroup,
  ComparisonResult,
  Evidence,
  FormulationTimeline,
} from '../../src/compare/compare.js';

/**
 * A report text that would run script if it were inserted as HTML.
 *
 * @example
 * ```ts
 * expect(html).not.toContain(EVIL);
 * ```
 */
export const EVIL = '</script><img src=x onerror=alert(1)>';
/**
 * The five characters HTML escaping must handle.
 *
 * @example
 * ```ts
 * escapeHtml(SPECIAL); // '&amp;&lt;&gt;&quot;&#39;'
 * ```
 */
export const SPECIAL = `&<>"'`;

const YEARS = [2023, 2024, 2025];
const SRC = (y: number) => `reports/${y}-政府工作报告.txt`;

function ev(year: number, sentence: string, start = 100): Evidence {
  return { year, group: String(year), source: SRC(year), start, end: start + 4, sentence };
}

function doc(year: number, title: string | null, chars: number): ComparedDocument {
  const source = SRC(year);
  return {
    source,
    doc: source,
    title,
    year,
    issuer: '国务院',
    issuerSource: 'metadata',
    genre: '政府工作报告',
    genreSource: 'metadata',
    chars,
    group: String(year),
  };
}

function group(year: number, chars: number): ComparisonGroup {
  return {
    id: String(year),
    year,
    issuer: null,
    genre: null,
    documents: 1,
    chars,
    issuers: ['国务院'],
    genres: ['政府工作报告'],
    pooled: [],
  };
}

function step(year: number) {
  return { group: String(year), previousGroup: String(year - 1), year, previousYear: year - 1 };
}

/**
 * A hand-built comparison of three reports (2023–2025) plus one skipped report, covering every
 * field of {@link ComparisonResult}; report texts, subjects, names and sentences include
 * {@link EVIL} and {@link SPECIAL}.
 *
 * @example
 * ```ts
 * renderComparisonHtml(comparisonFixture());
 * ```
 */
export function comparisonFixture(): ComparisonResult {
  const terms: ComparisonResult['termTrends'] = [
    ['高质量发展', '经济与发展', [12, 18, 25]],
    ['新质生产力', '科技创新', [0, 6, 14]],
    ['乡村振兴', '三农', [10, 9, 8]],
    ['全面从严治党', '党的建设', [7, 8, 6]],
    ['共同富裕', '民生', [4, 6, 5]],
    ['两个确立', '理论武装', [3, 4, 4]],
    ['四个意识', '理论武装', [3, 3, 3]],
    ['两个维护', '理论武装', [3, 3, 2]],
    [`风险${EVIL}`, `安全${SPECIAL}`, [1, 2, 3]],
    ['生态文明', '生态文明', [2, 2, 1]],
  ].map(([term, category, counts]) => {
    const c = counts as number[];
    return {
      term: term as string,
      category: category as string,
      kind: 'term',
      total: c.reduce((a, b) => a + b, 0),
      counts: c,
      per10k: c.map((n, i) => Number(((n * 10000) / [20000, 21000, 18200][i]!).toFixed(3))),
    };
  });
  for (const t of terms) if (t.term.startsWith('两个') || t.term === '四个意识') t.kind = 'formulation';
  terms.sort((a, b) => b.total - a.total || (a.term < b.term ? -1 : 1));
  const categories = [
    '经济与发展',
    '科技创新',
    '三农',
    '党的建设',
    '民生',
    '理论武装',
    `安全${SPECIAL}`,
    '生态文明',
  ].map((category) => {
    const counts = [0, 0, 0];
    for (const t of terms) if (t.category === category) for (const [i, n] of t.counts.entries()) counts[i]! += n;
    return {
      category,
      total: counts.reduce((a, b) => a + b, 0),
      counts,
      per10k: counts.map((n, i) => Number(((n * 10000) / [20000, 21000, 18200][i]!).toFixed(3))),
    };
  });
  categories.sort((a, b) => b.total - a.total);

  const feature = (
    f: string,
    type: 'term' | 'word',
    category: string | null,
    t: number,
    r: number,
    g2: number,
    lr: number,
    example: Evidence | null,
  ) => ({
    feature: f,
    type,
    category,
    targetCount: t,
    referenceCount: r,
    targetPer10k: Number(((t * 10000) / 18200).toFixed(3)),
    referencePer10k: Number(((r * 10000) / 41000).toFixed(3)),
    g2,
    chi2: Number((g2 * 1.1).toFixed(3)),
    logRatio: lr,
    example,
  });
  const positive = [
    feature(
      '新质生产力',
      'term',
      '科技创新',
      14,
      6,
      18.5,
      2.39,
      ev(2025, '因地制宜发展新质生产力，加快建设现代化产业体系。'),
    ),
    feature(
      `风险${EVIL}`,
      'term',
      `安全${SPECIAL}`,
      3,
      3,
      9.7,
      1.17,
      ev(2025, `防范化解重点领域风险${EVIL}，守住不发生系统性风险底线${SPECIAL}。`),
    ),
    feature('人工智能', 'word', null, 9, 2, 8.1, 3.2, null),
    feature('高质量发展', 'term', '经济与发展', 25, 30, 6.2, 0.9, ev(2025, '坚定不移推动高质量发展。')),
    ...Array.from({ length: 20 }, (_, i) =>
      feature(`词${i}`, 'word' as const, null, 6, 2, Number((5 - i * 0.2).toFixed(3)), 1.5, null),
    ),
  ];
  const negative = [
    feature('乡村振兴', 'term', '三农', 8, 19, -1.2, -0.1, ev(2025, '全面推进乡村振兴。')),
    feature('脱贫攻坚', 'word', null, 0, 12, -9.8, -4.3, null),
  ];

  const timeline: Array<Omit<FormulationTimeline, 'countsByGroup'>> = [
    {
      formulation: '四个意识',
      category: '理论武装',
      known: true,
      years: YEARS,
      firstYear: 2023,
      lastYear: 2025,
      countsByYear: { '2023': 3, '2024': 3, '2025': 3 },
      first: ev(2023, '增强“四个意识”、坚定“四个自信”、做到“两个维护”。'),
    },
    {
      formulation: '两个维护',
      category: '理论武装',
      known: true,
      years: YEARS,
      firstYear: 2023,
      lastYear: 2025,
      countsByYear: { '2023': 3, '2024': 3, '2025': 2 },
      first: ev(2023, '增强“四个意识”、坚定“四个自信”、做到“两个维护”。'),
    },
    {
      formulation: '两个确立',
      category: '理论武装',
      known: true,
      years: YEARS,
      firstYear: 2023,
      lastYear: 2025,
      countsByYear: { '2023': 3, '2024': 4, '2025': 4 },
      first: null,
    },
    {
      formulation: '三个务必',
      category: null,
      known: false,
      years: [2023],
      firstYear: 2023,
      lastYear: 2023,
      countsByYear: { '2023': 1 },
      first: null,
    },
    {
      formulation: `五个${EVIL}${SPECIAL}`,
      category: null,
      known: false,
      years: [2024, 2025],
      firstYear: 2024,
      lastYear: 2025,
      countsByYear: { '2024': 2, '2025': 1 },
      first: ev(2024, `坚持“五个必须”${EVIL}${SPECIAL}。`),
    },
    {
      formulation: '六个坚持',
      category: null,
      known: false,
      years: [2025],
      firstYear: 2025,
      lastYear: 2025,
      countsByYear: { '2025': 2 },
      first: ev(2025, '深刻把握“六个坚持”。'),
    },
  ];
  const formulations = timeline.map((f) => ({ ...f, countsByGroup: f.countsByYear }));

  const claimItem = (
    year: number,
    subject: string,
    text: string,
    value: number | null,
    sentence: string,
    score = 1,
  ) => ({ ...ev(year, sentence, 300), value, min: null, max: null, approx: null, text, subject, score });
  return {
    schemaVersion: '2.0.0',
    kind: 'comparison',
    by: ['year'],
    documents: [
      doc(2023, '2023年政府工作报告', 20000),
      doc(2024, null, 21000),
      doc(2025, `2025年政府工作报告${EVIL}`, 18200),
    ],
    groups: [group(2023, 20000), group(2024, 21000), group(2025, 18200)],
    warnings: [`group 2025 pools 2 reports ${EVIL}`],
    skipped: [{ source: `undated${EVIL}.txt`, reason: 'no year found (give one in a manifest or the file name)' }],
    years: YEARS,
    termTrends: terms,
    categoryTrends: categories,
    keyness: {
      target: '2025',
      reference: 'rest',
      referenceGroups: ['2023', '2024'],
      measure: 'g2',
      minCount: 5,
      features: [...positive, ...negative],
    },
    formulations,
    formulationChanges: [
      { ...step(2024), new: [`五个${EVIL}${SPECIAL}`], dropped: ['三个务必'] },
      { ...step(2025), new: ['六个坚持'], dropped: [] },
    ],
    diffusion: [
      {
        formulation: '两个确立',
        kind: 'formulation',
        category: '理论武装',
        known: true,
        firstYear: 2023,
        firstIssuers: ['国务院'],
        issuers: [
          {
            issuer: '国务院',
            firstYear: 2023,
            lagYears: 0,
            leftCensored: true,
            countsByYear: { '2023': 3, '2025': 1 },
            first: ev(2023, '深刻认识“两个确立”的决定性意义。'),
          },
          {
            issuer: `省政府${EVIL}`,
            firstYear: 2025,
            lagYears: 2,
            leftCensored: false,
            countsByYear: { '2025': 2 },
            first: null,
          },
        ],
      },
      {
        formulation: '六个坚持',
        kind: 'formulation',
        category: null,
        known: false,
        firstYear: 2025,
        firstIssuers: ['国务院'],
        issuers: [
          {
            issuer: '国务院',
            firstYear: 2025,
            lagYears: 0,
            leftCensored: true,
            countsByYear: { '2025': 2 },
            first: null,
          },
        ],
      },
    ],
    claims: [
      {
        issuer: '国务院',
        subject: '国内生产总值增长',
        unit: '%',
        kind: 'target',
        modality: 'achieved',
        series: [
          claimItem(2023, '国内生产总值增长', '5%左右', 5, '国内生产总值增长5%左右。'),
          claimItem(2024, '国内生产总值增长', '5%左右', 5, '国内生产总值增长5%左右。'),
          claimItem(2025, '国内生产总值增速', '5%左右', 5, '国内生产总值增长5%左右；城镇新增就业1200万人以上。', 0.93),
        ],
        change: { from: 2024, to: 2025, fromValue: 5, toValue: 5, delta: 0, ratio: 1 },
      },
      {
        issuer: '国务院',
        subject: `城镇新增就业${EVIL}${SPECIAL}`,
        unit: '万人',
        kind: 'target',
        modality: 'achieved',
        series: [
          claimItem(
            2024,
            `城镇新增就业${EVIL}${SPECIAL}`,
            '1200万人以上',
            1200,
            `城镇新增就业1200万人以上${EVIL}${SPECIAL}。`,
          ),
          claimItem(2025, '城镇新增就业', '1200万人以上', 1200, '城镇新增就业1200万人以上。', 0.95),
        ],
        change: { from: 2024, to: 2025, fromValue: 1200, toValue: 1200, delta: 0, ratio: 1 },
      },
      {
        issuer: '国务院',
        subject: '赤字率',
        unit: null,
        kind: 'target',
        modality: 'achieved',
        series: [
          claimItem(2024, '赤字率', '3%', 3, '赤字率拟按3%安排。'),
          claimItem(2025, '赤字率', '4%左右', 4, '赤字率拟按4%左右安排。'),
        ],
        change: { from: 2024, to: 2025, fromValue: 3, toValue: 4, delta: 1, ratio: 1.333 },
      },
      {
        issuer: '国务院',
        subject: '居民消费价格涨幅',
        unit: '%',
        kind: 'target',
        modality: 'achieved',
        series: [
          claimItem(2024, '居民消费价格涨幅', '3%左右', 3, ''),
          claimItem(2025, '居民消费价格涨幅', '2%左右', null, '居民消费价格涨幅2%左右。'),
        ],
        change: null,
      },
    ],
    keywordShifts: [
      { ...step(2024), entered: ['新质生产力', `安全${EVIL}`], left: ['疫情'] },
      { ...step(2025), entered: ['人工智能'], left: [] },
    ],
    distinctiveKeywords: YEARS.map((year) => ({
      year,
      group: String(year),
      source: SRC(year),
      words:
        year === 2024
          ? []
          : [
              { word: `特色${year}`, tfidf: 3.21 },
              { word: `词${SPECIAL}`, tfidf: 1.5 },
            ],
    })),
    problems: [
      {
        issuer: '国务院',
        text: `理论学习深度有待拓展${EVIL}`,
        years: [2023, 2024, 2025],
        recurring: true,
        items: [
          {
            ...ev(2023, `一是理论学习深度有待拓展${EVIL}${SPECIAL}。`, 900),
            text: `理论学习深度有待拓展${EVIL}`,
            score: 1,
          },
          { ...ev(2024, '一是理论学习的深度还需拓展。', 900), text: '理论学习的深度还需拓展', score: 0.71 },
          { ...ev(2025, '理论学习深度仍有待拓展。', 900), text: '理论学习深度仍有待拓展', score: 0.82 },
        ],
      },
      {
        issuer: '国务院',
        text: '斗争精神有待强化',
        years: [2024, 2025],
        recurring: true,
        items: [
          { ...ev(2024, '二是斗争精神有待强化。', 950), text: '斗争精神有待强化', score: 1 },
          { ...ev(2025, '斗争精神仍需强化。', 950), text: '斗争精神仍需强化', score: 0.6 },
        ],
      },
      {
        issuer: '国务院',
        text: '一次性问题',
        years: [2023],
        recurring: false,
        items: [{ ...ev(2023, '三是一次性问题。', 990), text: '一次性问题', score: 1 }],
      },
    ],
    plansThatBecameProblems: [
      {
        plan: { ...ev(2023, `持续加强理论学习${SPECIAL}。`, 1200), text: `加强理论学习${SPECIAL}` },
        problem: { ...ev(2024, '一是理论学习的深度还需拓展。', 900), text: '理论学习的深度还需拓展' },
        score: 0.56,
      },
    ],
  };
}

/**
 * A comparison with one year and every list empty (the page must still load).
 *
 * @example
 * ```ts
 * renderComparisonHtml(emptyComparison()); // shows "无数据 / no data" in every section
 * ```
 */
export function emptyComparison(): ComparisonResult {
  return {
    schemaVersion: '2.0.0',
    kind: 'comparison',
    by: ['year'],
    documents: [{ ...doc(2025, null, 0), source: 'only.txt', doc: 'only.txt' }],
    groups: [group(2025, 0)],
    warnings: [],
    skipped: [],
    years: [2025],
    termTrends: [],
    categoryTrends: [],
    keyness: { target: '2025', reference: 'rest', referenceGroups: [], measure: 'g2', minCount: 5, features: [] },
    formulations: [],
    formulationChanges: [],
    diffusion: [],
    claims: [],
    keywordShifts: [],
    distinctiveKeywords: [],
    problems: [],
    plansThatBecameProblems: [],
  };
}
