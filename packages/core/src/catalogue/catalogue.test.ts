import { describe, it, expect } from 'vitest';
import {
  CATALOGUE_VERSION,
  CATEGORY_LABELS,
  CHALLENGE_CATEGORIES,
  CHALLENGE_SETTINGS,
  ChallengeSchema,
  catalogue,
  challengesNear,
  findChallenge,
  type Challenge,
  type ChallengeCategory,
} from './index.js';
import { beingSeen } from './challenges/being-seen.js';
import { dating } from './challenges/dating.js';
import { everydayAsks } from './challenges/everyday-asks.js';
import { friendsPlans } from './challenges/friends-plans.js';
import { online } from './challenges/online.js';
import { shopsServices } from './challenges/shops-services.js';
import { strangersSmallTalk } from './challenges/strangers-small-talk.js';
import { workStudy } from './challenges/work-study.js';

const FILES: Record<ChallengeCategory, readonly Challenge[]> = {
  'everyday-asks': everydayAsks,
  'shops-services': shopsServices,
  'strangers-small-talk': strangersSmallTalk,
  'friends-plans': friendsPlans,
  dating,
  'work-study': workStudy,
  online,
  'being-seen': beingSeen,
};

/** The player-facing text of a challenge: what the person is told to do. */
function textOf(c: Challenge): string {
  return [c.title, c.ask, c.easier, c.harder].join('\n');
}

function count(pred: (c: Challenge) => boolean): number {
  return catalogue.filter(pred).length;
}

describe('catalogue shape', () => {
  it('has a dated version', () => {
    expect(CATALOGUE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it('every entry passes ChallengeSchema', () => {
    const failures = catalogue.flatMap((c) => {
      const result = ChallengeSchema.safeParse(c);
      return result.success ? [] : [`${c.slug}: ${result.error.message}`];
    });
    expect(failures).toEqual([]);
  });

  it('schema rejects malformed entries', () => {
    const good = catalogue[0]!;
    expect(ChallengeSchema.safeParse(good).success).toBe(true);
    expect(ChallengeSchema.safeParse({ ...good, slug: 'Not A Slug' }).success).toBe(false);
    expect(ChallengeSchema.safeParse({ ...good, difficulty: 101 }).success).toBe(false);
    expect(ChallengeSchema.safeParse({ ...good, minutes: 1.5 }).success).toBe(false);
    expect(ChallengeSchema.safeParse({ ...good, ask: 'x'.repeat(241) }).success).toBe(false);
    expect(ChallengeSchema.safeParse({ ...good, extra: true }).success).toBe(false);
  });

  it('slugs and titles are unique', () => {
    const slugs = catalogue.map((c) => c.slug);
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
    const titles = catalogue.map((c) => c.title.toLowerCase());
    const dupTitles = catalogue.filter((c, i) => titles.indexOf(c.title.toLowerCase()) !== i);
    // A title may repeat only across categories (e.g. "Say no kindly" for friends and for dating).
    for (const dup of dupTitles) {
      const same = catalogue.filter((c) => c.title.toLowerCase() === dup.title.toLowerCase());
      expect(new Set(same.map((c) => c.category)).size, dup.title).toBe(same.length);
    }
  });

  it('has at least 150 entries', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(150);
  });

  it('spreads difficulty across easy, middle and hard', () => {
    expect(count((c) => c.difficulty < 30)).toBeGreaterThanOrEqual(25);
    expect(count((c) => c.difficulty >= 30 && c.difficulty <= 60)).toBeGreaterThanOrEqual(60);
    expect(count((c) => c.difficulty > 60)).toBeGreaterThanOrEqual(30);
  });

  it('every category has at least 10 entries, each file holds only its own category', () => {
    for (const category of CHALLENGE_CATEGORIES) {
      expect(count((c) => c.category === category), category).toBeGreaterThanOrEqual(10);
      expect(FILES[category].every((c) => c.category === category), category).toBe(true);
      expect(CATEGORY_LABELS[category].length).toBeGreaterThan(0);
    }
    const fromFiles = Object.values(FILES).reduce((n, list) => n + list.length, 0);
    expect(catalogue.length).toBe(fromFiles);
  });

  it('every setting is used', () => {
    for (const setting of CHALLENGE_SETTINGS) {
      expect(count((c) => c.setting === setting), setting).toBeGreaterThan(0);
    }
    expect(online.every((c) => c.setting === 'online')).toBe(true);
  });

  it('asks are one or two sentences, and variants differ from the ask and each other', () => {
    for (const c of catalogue) {
      const sentences = c.ask.split(/[.!?]["”’)]?(?:\s+|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, c.slug).toBeLessThanOrEqual(2);
      expect(c.ask, c.slug).toMatch(/^[A-Z“]/);
      expect(c.ask, c.slug).toMatch(/[.!?”]$/);
      expect(c.easier, c.slug).not.toBe(c.harder);
      expect(c.easier, c.slug).not.toBe(c.ask);
      expect(c.harder, c.slug).not.toBe(c.ask);
    }
  });
});

/** People who are at work when you meet them, and so cannot easily walk away. */
const AT_WORK =
  'barista|cashier|waiter|waitress|server|staff|worker|shop assistant|receptionist|driver|colleague|boss|manager|trainer|instructor|teacher|tutor';

/**
 * Respect for the other person (Comely's rule). Each pattern comes with an example it must
 * catch, so a broken regex fails here rather than silently passing everything.
 */
const BANNED: readonly { rule: string; pattern: RegExp; example: string }[] = [
  {
    rule: 'no filming or recording people',
    pattern:
      /\b(film|record)s?\b(?= (a|an|the|your|their|them|him|her|someone|somebody|people|strangers?|it|this|what|how|yourself|everything)\b)|\b(filming|filmed|recording|recorded|hidden camera|livestream\w*)\b/i,
    example: 'Film a stranger’s reaction when you ask.',
  },
  {
    rule: 'no photos or videos of other people',
    pattern: /\b(photos?|pictures?|videos?|clips?|selfies?) (of|with) (?!(yourself|you\b|your own))/i,
    example: 'Take a photo of the cashier.',
  },
  {
    rule: 'nothing secret',
    pattern: /\b(secret|secretly|covert\w*|without (them|their|anyone) (knowing|noticing|consent|permission)|behind (their|someone’s|someone's) back)\b/i,
    example: 'Secretly swap their order.',
  },
  {
    rule: 'no impersonation',
    pattern: /\b(pretend\w*|impersonat\w*|pose as|posing as|disguise\w*)\b/i,
    example: 'Pretend to be a member of staff.',
  },
  {
    rule: 'no harmful deception',
    pattern: /\b(lie|lies|lying|lied) (to|about)\b|\b(fake|made-up|make up an? (story|excuse|reason))\b|\b(trick|fool) (them|him|her|someone|somebody|people|a stranger|strangers|staff)\b|\bprank\w*/i,
    example: 'Lie about your age to get a discount.',
  },
  {
    rule: 'no fake or staged emergencies',
    pattern: /\bemergenc\w*|\b(ambulance|police|999|911|112)\b/i,
    example: 'Fake an emergency to skip the queue.',
  },
  {
    rule: 'no following people',
    pattern: /\b(follow|following|followed|tail|tailing) (someone|somebody|a stranger|strangers|them|him|her|people|a person)\b/i,
    example: 'Follow someone home to ask again.',
  },
  {
    rule: 'no physical contact',
    pattern: /(?<!\b(in|lost|keep|stay|get) )\btouch\w*|\b(hug\w*|kiss\w*|grab\w*|hold (their|his|her) hand|high[- ]five|massage)\b/i,
    example: 'Ask a stranger for a hug.',
  },
  {
    rule: 'no pressure: the first no is the answer',
    pattern:
      /\b(insist\w*|won['’]t take no|don['’]t take no|not take no|refuse to take no|keep asking|ask (again|twice) (after|until)|until (they|he|she|someone) (say|says|agree|agrees)|persuad\w*|convinc\w*|pressur\w* (them|him|her|someone|people)|beg|begging|guilt\w*|argue|arguing|wear (them|him|her) down|no means)\b/i,
    example: 'Keep asking after a no until they give in.',
  },
  {
    rule: 'no alcohol, tobacco or drugs',
    pattern:
      /\b(alcohol\w*|beers?|wines?|cocktails?|shots|spirits|vodka|whisk(e)?y|gin|rum|booze|pubs?|bars?|bartenders?|drunk|tipsy|cigarettes?|smok\w*|vap\w*|lighter|drugs?|weed|cannabis|buy (someone|them|a stranger) a drink)\b/i,
    example: 'Ask a stranger in a bar to buy you a beer.',
  },
  {
    rule: 'nothing involving children or minors',
    pattern: /\b(child|children|kids?|minors?|teen\w*|under-?18s?|under 18|schoolchild\w*|pupils?|babies|baby|toddlers?)\b/i,
    example: 'Ask a child for directions.',
  },
  {
    rule: 'never ask a worker to break a rule of their job',
    pattern:
      /\b(break (the|a|their) rules?|bend the rules?|against (the |their )?(rules|policy)|off the books|behind (their|the) manager['’]?s? back|go behind the counter|staff[- ]only|for free|free (food|coffee|drinks?|meals?|items?|stuff|things|dessert|upgrades?|refills?|tickets?)|give you (it|one|something) free|on the house|without paying|sneak\w*)\b/i,
    example: 'Ask the barista to give you a coffee for free.',
  },
  {
    rule: 'no money from strangers',
    pattern:
      /\b(lend|give|borrow|spare|donate|pay for)\b.{0,40}(\b(money|cash|dollars?|pounds?|euros?)\b|[$£€]\s?\d)|\bbuy (you|your|me)\b|\b(lunch|dinner|meal) for you\b/i,
    example: 'Ask a stranger to lend you £100.',
  },
  {
    rule: 'never ask someone at work out',
    pattern: new RegExp(
      [
        String.raw`\bask\w*\b.{0,60}\b(${AT_WORK})\b.{0,60}\b(out|number|on a date)\b`,
        String.raw`\bask\w*\b.{0,60}\b(out|number|on a date)\b.{0,60}\b(${AT_WORK})\b`,
      ].join('|'),
      'i',
    ),
    example: 'Ask your barista for their number.',
  },
  {
    rule: 'nothing unlawful or unsafe for either person',
    pattern:
      /\b(steal\w*|shoplift\w*|trespass\w*|break in|breaking in|graffiti|vandal\w*|illegal\w*|unlawful\w*|jump the (queue|line)|fare[- ]dodg\w*|their (home|house|flat) address|where they live|get in(to)? (their|a stranger['’]?s?) car|come (back )?to (your|my) (home|place|flat)|go (back )?to their (home|place|flat))\b/i,
    example: 'Ask a stranger for their home address.',
  },
];

describe('respect for the other person', () => {
  it.each(BANNED)('each banned pattern catches its own example: $rule', ({ pattern, example }) => {
    expect(pattern.test(example)).toBe(true);
  });

  it.each(BANNED)('no entry breaks the rule: $rule', ({ pattern }) => {
    const offenders = catalogue.filter((c) => pattern.test(textOf(c))).map((c) => c.slug);
    expect(offenders).toEqual([]);
  });

  it('no entry names an amount of money above a small one', () => {
    const offenders = catalogue.filter((c) => {
      for (const m of textOf(c).matchAll(/[$£€]\s?(\d+)|(\d+)\s?(dollars?|pounds?|euros?)\b/gi)) {
        if (Number(m[1] ?? m[2]) > 5) return true;
      }
      return false;
    });
    expect(offenders.map((c) => c.slug)).toEqual([]);
  });

  /** Words that signal a worker (or a workplace whose staff will answer) is the one being asked. */
  const WORKER =
    /\b(staff|barista|cashier|waiter|waitress|server|assistant|receptionist|librarian|clerk|worker|employee|shopkeeper|owner|stallholder|pharmacist|hairdresser|barber|mechanic|driver|guard|attendant|agent|provider|front desk|help ?desk|customer service|till|counter|checkout|kitchen|chef|café|cafe|restaurant|shop|store|hotel|gym|studio|bakery|market stall|stall|library|museum|company|organisation|manager|boss|tutor|teacher|lecturer|producer)\b/i;

  it('the worker pattern recognises worker asks', () => {
    expect(WORKER.test('Ask the barista for a tour.')).toBe(true);
    expect(WORKER.test('Ask a stranger the time.')).toBe(false);
  });

  it('every shops-and-services entry carries a consideration', () => {
    const missing = catalogue
      .filter((c) => c.category === 'shops-services' && !c.consideration)
      .map((c) => c.slug);
    expect(missing).toEqual([]);
    expect(count((c) => c.category === 'shops-services')).toBeGreaterThan(0);
  });

  it('every entry whose ask involves a worker carries a consideration', () => {
    const involved = catalogue.filter((c) => WORKER.test(c.ask));
    expect(involved.length).toBeGreaterThan(20);
    expect(involved.filter((c) => !c.consideration).map((c) => c.slug)).toEqual([]);
  });

  it('every dating entry that asks something of another person carries a consideration', () => {
    const missing = catalogue
      .filter((c) => c.category === 'dating' && /\b(ask|tell|give|compliment|smile|message)\w*\b/i.test(c.ask))
      .filter((c) => !c.consideration)
      .map((c) => c.slug);
    expect(missing).toEqual([]);
  });
});

describe('findChallenge', () => {
  it('finds entries by slug, returning the catalogue object itself', () => {
    for (const c of catalogue) expect(findChallenge(c.slug)).toBe(c);
    expect(findChallenge('ask-for-a-discount')?.category).toBe('shops-services');
    expect(findChallenge('ask-a-stranger-the-time')?.difficulty).toBeLessThan(30);
  });

  it('returns undefined for unknown slugs', () => {
    expect(findChallenge('no-such-challenge')).toBeUndefined();
    expect(findChallenge('')).toBeUndefined();
    expect(findChallenge('ASK-FOR-A-DISCOUNT')).toBeUndefined();
  });

  it('entries are frozen', () => {
    const c = findChallenge('ask-for-a-discount')!;
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(catalogue)).toBe(true);
  });
});

describe('challengesNear', () => {
  it('returns exactly the entries within ±width, nearest first, ties by slug', () => {
    for (const [target, width] of [
      [40, 5],
      [10, 10],
      [75, 3],
      [50, 0],
      [0, 100],
    ] as const) {
      const near = challengesNear(target, width);
      const expected = catalogue.filter((c) => Math.abs(c.difficulty - target) <= width);
      expect(near.length).toBe(expected.length);
      expect(new Set(near)).toEqual(new Set(expected));
      for (let i = 1; i < near.length; i++) {
        const a = near[i - 1]!;
        const b = near[i]!;
        const da = Math.abs(a.difficulty - target);
        const db = Math.abs(b.difficulty - target);
        expect(da < db || (da === db && a.slug < b.slug), `${a.slug} before ${b.slug}`).toBe(true);
      }
    }
  });

  it('finds something in every band a ladder might start at', () => {
    for (const target of [15, 25, 35, 45, 55, 65, 75, 85]) {
      expect(challengesNear(target, 5).length, `near ${target}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('puts an exact match first', () => {
    const first = challengesNear(45, 10)[0];
    expect(first?.difficulty).toBe(45);
  });

  it('is deterministic and does not disturb the catalogue order', () => {
    const before = catalogue.map((c) => c.slug);
    expect(challengesNear(50, 15)).toEqual(challengesNear(50, 15));
    expect(catalogue.map((c) => c.slug)).toEqual(before);
  });

  it('returns nothing for a negative or non-finite width, or when nothing is near', () => {
    expect(challengesNear(50, -1)).toEqual([]);
    expect(challengesNear(50, Number.NaN)).toEqual([]);
    expect(challengesNear(Number.NaN, 10)).toEqual([]);
    expect(challengesNear(500, 10)).toEqual([]);
  });
});
