import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { ParsedReport } from '../parse/parse-report.js';
import { hanBigrams } from './shingles.js';

/** One of last year's plans (主要安排), and what in this year's report answers it. */
export interface PlanFollowUp {
  /** The plan's heading, or its first clause when it has none. */
  plan: string;
  /** The scalar in last year's file the plan's heading (or text) is. */
  node: Scalar;
  /** Where this year's report takes it up: a measures item's heading or first words, or undefined. */
  answeredBy?: string;
  /** Whether it is taken up in the shortcomings (listed as not done) rather than in the measures. */
  inShortcomings: boolean;
}

/** Verbs and set phrases every plan and every measure uses: they say nothing about the topic. */
const COMMON = /进一步|法治政府建设|持续|深入|推进|加强|全面|扎实|不断|深化|强化|提升|提高|完善|健全|推动|开展|落实|坚持|工作|着力|积极|大力|切实|努力|优化|重点|抓好|做好|加快|建设|机制|体系|水平|能力|我市|我区|我县|我镇|全市|全区|全县/g;
/** A plan is answered when a part of this year's text has at least this share of its topic's character pairs. */
const COVERED = 0.5;

interface Block {
  label: string;
  bigrams: Set<number>;
}

/** Each of last year's plans, answered by this year's measures, listed among the shortcomings, or not at all. */
export function followUpPlans(previous: ParsedReport, current: ParsedReport): PlanFollowUp[] {
  const plans = planTopics(previous);
  const measures = blocksOf(current.doc.get('measures', true));
  const shortcomings = blocksOf(current.doc.get('shortcomings', true));
  return plans.map(({ plan, topic, node }) => {
    const measure = bestCover(topic, measures);
    const shortcoming = measure ? undefined : bestCover(topic, shortcomings);
    return { plan, node, answeredBy: measure?.label ?? shortcoming?.label, inShortcomings: !!shortcoming };
  });
}

function planTopics(parsed: ParsedReport): Array<{ plan: string; topic: Set<number>; node: Scalar }> {
  const plans = parsed.doc.get('plans', true);
  if (!isMap(plans)) return [];
  const entries = ['items', 'points'].flatMap((key) => {
    const list = plans.get(key, true);
    return isSeq(list) ? list.items : [];
  });
  const out: Array<{ plan: string; topic: Set<number>; node: Scalar }> = [];
  for (const item of entries) {
    const heading = isMap(item) ? (item.get('title', true) ?? item.get('text', true)) : item;
    if (!isScalar(heading) || typeof heading.value !== 'string') continue;
    const plan = (heading.value.split(/[，。；：]/)[0] ?? heading.value).trim();
    const topic = hanBigrams(plan.replace(COMMON, '|'));
    if (topic.size >= 2) out.push({ plan, topic, node: heading });
  }
  return out;
}

/** The top-level entries of a part (items or sections, or its points), each with all the text under it. */
function blocksOf(part: unknown): Block[] {
  if (!isMap(part)) return [];
  const out: Block[] = [];
  for (const key of ['items', 'sections', 'points']) {
    const list = part.get(key, true);
    if (!isSeq(list)) continue;
    for (const entry of list.items) {
      const texts: string[] = [];
      collectStrings(entry, texts);
      const joined = texts.join('。');
      if (joined) out.push({ label: (texts[0] ?? '').slice(0, 30), bigrams: hanBigrams(joined) });
    }
  }
  const intro = part.get('intro');
  if (typeof intro === 'string') out.push({ label: intro.slice(0, 30), bigrams: hanBigrams(intro) });
  return out;
}

function collectStrings(node: unknown, out: string[]): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string') out.push(node.value);
  } else if (isMap(node)) for (const pair of node.items) collectStrings(pair.value, out);
  else if (isSeq(node)) for (const item of node.items) collectStrings(item, out);
}

function bestCover(topic: Set<number>, blocks: Block[]): Block | undefined {
  let best: Block | undefined;
  let bestShare = 0;
  for (const block of blocks) {
    let shared = 0;
    for (const pair of topic) if (block.bigrams.has(pair)) shared++;
    const share = shared / topic.size;
    if (share > bestShare) [best, bestShare] = [block, share];
  }
  return bestShare >= COVERED ? best : undefined;
}
