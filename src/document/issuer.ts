/** Where an issuer or genre came from. */
export type VariableSource = 'metadata' | 'title' | 'text';

/** An issuer and a genre read from a report's title and first lines. */
export interface DetectedIssuer {
  issuer: string | null;
  issuerSource: VariableSource | null;
  genre: string | null;
  genreSource: VariableSource | null;
}

/** How many characters of the beginning of a report are read for detection. */
export const DETECTION_WINDOW = 600;

/** Genres recognized at the end of a title, longest first (so 政府工作报告 wins over 工作报告). */
const TITLE_GENRES = [
  '政治生态分析研判报告',
  '政治生态研判报告',
  '政府工作报告',
  '党风廉政建设工作报告',
  '党建工作述职报告',
  '述职述廉报告',
  '述职报告',
  '工作总结',
  '工作报告',
  '工作要点',
  '工作计划',
  '实施方案',
  '讲话',
];

const PROVINCES =
  '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆';

/**
 * The State Council's report: 我代表国务院，向大会报告政府工作; 我受国务院的委托，向全国人民代表大会报告政府工作;
 * 我现在代表国务院向本次大会作关于…的报告 (中央人民政府 in 1954).
 */
const STATE_COUNCIL =
  /我(?:现在)?(?:代表|受)(?:中华人民共和国)?(?:国务院|中央人民政府)的?(?:委托)?[，,]?(?:向[^。]{0,30}?)?(?:报告|作|提出)[^。]{0,30}?(?:工作|报告|報告)/;
/** A local government's report: 我代表广东省人民政府，向大会报告政府工作. */
const LOCAL_GOVERNMENT =
  /我(?:现在)?代表([\u4e00-\u9fff]{2,12}?(?:省|市|自治区|自治州|州|县|区|盟|旗)人民政府)[，,]?(?:向大会)?报告(?:政府)?工作/;
/**
 * A Party Congress report: 在中国共产党第二十次全国代表大会上的报告; 我代表中国共产党第十一届中央委员会，
 * 向党的第十二次全国代表大会作报告; 我代表第十六届中央委员会向大会作报告; 我受十二届中央委员会委托，向大会作报告.
 */
const PARTY_CONGRESS =
  /在中国共产党第[一二三四五六七八九十]+次全国代表大会上的报告|向(?:党的|中国共产党)第[一二三四五六七八九十]+次全国代表大会作报告|我(?:现在)?(?:代表|受)(?:中国共产党)?第?[一二三四五六七八九十]+届中央委员会(?:委托)?[，,]?向大会作报告/;
/** A speech: 在全市组织工作会议上的讲话. */
const SPEECH = /在[^\n。]{2,40}?(?:会议|大会|座谈会|会|仪式|典礼)上的讲话/;
/** A year in a title: 2025年, 2025年度. */
const TITLE_YEAR = /(?:19|20)\d{2}年度?/g;
const PROVINCE_IN_TITLE = new RegExp(`^(?:${PROVINCES})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?$`);

const NOTHING: DetectedIssuer = { issuer: null, issuerSource: null, genre: null, genreSource: null };

function fromTitle(title: string): DetectedIssuer {
  const t = title.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
  const genre = TITLE_GENRES.find((g) => t.endsWith(g));
  // 政府工作报告 1957年6月26日在第一届全国人民代表大会第四次会议上: the genre, then date and occasion.
  const leading = genre
    ? undefined
    : TITLE_GENRES.find((g) => t.startsWith(g) && /^(?:19|20)\d{2}年/.test(t.slice(g.length)));
  if (leading) return { issuer: null, issuerSource: null, genre: leading, genreSource: 'title' };
  if (!genre) return NOTHING;
  let issuer = t
    .slice(0, t.length - genre.length)
    .replace(TITLE_YEAR, '')
    .replace(/(?:关于|的)$/, '');
  if (genre === '政府工作报告' && PROVINCE_IN_TITLE.test(issuer)) issuer = `${provinceName(issuer)}人民政府`;
  const found = issuer.length >= 2 && /^[\u4e00-\u9fff]+$/.test(issuer);
  return {
    issuer: found ? issuer : null,
    issuerSource: found ? 'title' : null,
    genre,
    genreSource: 'title',
  };
}

/** 广东 → 广东省, 北京 → 北京市; names already ending in 省/市/自治区 are kept. */
function provinceName(name: string): string {
  if (/(?:省|市|自治区)$/.test(name)) return name;
  if (/^(?:北京|天津|上海|重庆)$/.test(name)) return `${name}市`;
  if (/^(?:内蒙古|广西|西藏|宁夏|新疆)$/.test(name)) return `${name}自治区`;
  return `${name}省`;
}

function fromText(head: string): DetectedIssuer {
  const flat = head.replace(/\s+/g, '');
  if (STATE_COUNCIL.test(flat))
    return { issuer: '国务院', issuerSource: 'text', genre: '政府工作报告', genreSource: 'text' };
  const local = LOCAL_GOVERNMENT.exec(flat);
  if (local) return { issuer: local[1]!, issuerSource: 'text', genre: '政府工作报告', genreSource: 'text' };
  if (PARTY_CONGRESS.test(flat))
    return { issuer: '中国共产党全国代表大会', issuerSource: 'text', genre: '党代会报告', genreSource: 'text' };
  if (SPEECH.test(flat)) return { issuer: null, issuerSource: null, genre: '讲话', genreSource: 'text' };
  return NOTHING;
}

/**
 * Reads the issuer and genre of a report from its title and first lines, for reports no
 * manifest describes. The title is tried first (`ISSUER[YEAR]GENRE`), then phrases of the first
 * lines: 我代表国务院，向大会报告政府工作; 我代表广东省人民政府…; 在中国共产党第二十次全国代表大会上的报告;
 * 在…会议上的讲话 (genre 讲话). What is not found is null, with a null source.
 *
 * @example
 * ```ts
 * detectIssuer('市委组织部党组2025年度政治生态分析研判报告', '');
 * // { issuer: '市委组织部党组', issuerSource: 'title', genre: '政治生态分析研判报告', genreSource: 'title' }
 * detectIssuer(null, '各位代表：\n现在，我代表国务院，向大会报告政府工作').issuer; // '国务院'
 * ```
 */
export function detectIssuer(title: string | null, text: string): DetectedIssuer {
  const byTitle = title ? fromTitle(title) : NOTHING;
  const byText = fromText(text.slice(0, DETECTION_WINDOW));
  return {
    issuer: byTitle.issuer ?? byText.issuer,
    issuerSource: byTitle.issuer ? byTitle.issuerSource : byText.issuerSource,
    genre: byTitle.genre ?? byText.genre,
    genreSource: byTitle.genre ? byTitle.genreSource : byText.genreSource,
  };
}
