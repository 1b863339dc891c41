/**
 * The validated questionnaires Ask Anyway uses, with their published wording and answer options.
 * Licences and sources: docs/MEASURES.md. SPIN, Mini-SPIN and LSAS are copyrighted and not shipped.
 */
export const MEASURE_IDS = ['gad7', 'phq9', 'arsq'] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export interface AnswerOption {
  value: number;
  label: string;
}

export interface Item {
  id: string;
  text: string;
  /** LOINC code of the item's answer, where one exists. */
  loinc?: string;
}

export interface FrequencyInstrument {
  kind: 'frequency';
  id: 'gad7' | 'phq9';
  name: string;
  shortName: string;
  stem: string;
  items: readonly Item[];
  options: readonly AnswerOption[];
  /** The functional item after the scored ones; recorded, not scored. */
  difficulty: { text: string; options: readonly AnswerOption[] };
  loinc: { panel: string; total: string };
  source: string;
  licence: string;
}

export interface RejectionSituation {
  id: string;
  situation: string;
  /** (a) How concerned or anxious would you be…? 1 = very unconcerned … 6 = very concerned. */
  concern: string;
  /** (b) I would expect that… 1 = very unlikely … 6 = very likely. */
  expectancy: string;
  /** Whether this situation's wording has been checked word for word against a published copy. */
  checked: boolean;
}

export interface RejectionInstrument {
  kind: 'rejection-sensitivity';
  id: 'arsq';
  name: string;
  shortName: string;
  stem: string;
  situations: readonly RejectionSituation[];
  concernOptions: readonly AnswerOption[];
  expectancyOptions: readonly AnswerOption[];
  source: string;
  licence: string;
}

export type Instrument = FrequencyInstrument | RejectionInstrument;

const FREQUENCY: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

const DIFFICULTY = {
  text:
    'If you checked off any problems, how difficult have these problems made it for you to do your work, ' +
    'take care of things at home, or get along with other people?',
  options: [
    { value: 0, label: 'Not difficult at all' },
    { value: 1, label: 'Somewhat difficult' },
    { value: 2, label: 'Very difficult' },
    { value: 3, label: 'Extremely difficult' },
  ],
} as const;

const PFIZER = 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.';
const PFIZER_LICENCE = 'No permission required to reproduce, translate, display or distribute (Pfizer notice).';

export const GAD7: FrequencyInstrument = {
  kind: 'frequency',
  id: 'gad7',
  name: 'Generalized Anxiety Disorder 7-item scale',
  shortName: 'GAD-7',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    { id: 'gad7-1', text: 'Feeling nervous, anxious, or on edge', loinc: '69725-0' },
    { id: 'gad7-2', text: 'Not being able to stop or control worrying', loinc: '68509-9' },
    { id: 'gad7-3', text: 'Worrying too much about different things', loinc: '69733-4' },
    { id: 'gad7-4', text: 'Trouble relaxing', loinc: '69734-2' },
    { id: 'gad7-5', text: 'Being so restless that it is hard to sit still', loinc: '69735-9' },
    { id: 'gad7-6', text: 'Becoming easily annoyed or irritable', loinc: '69689-8' },
    { id: 'gad7-7', text: 'Feeling afraid, as if something awful might happen', loinc: '69736-7' },
  ],
  options: FREQUENCY,
  difficulty: DIFFICULTY,
  loinc: { panel: '69737-5', total: '70274-6' },
  source: `Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166:1092–1097. ${PFIZER}`,
  licence: PFIZER_LICENCE,
};

export const PHQ9: FrequencyInstrument = {
  kind: 'frequency',
  id: 'phq9',
  name: 'Patient Health Questionnaire 9-item depression scale',
  shortName: 'PHQ-9',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    { id: 'phq9-1', text: 'Little interest or pleasure in doing things', loinc: '44250-9' },
    { id: 'phq9-2', text: 'Feeling down, depressed, or hopeless', loinc: '44255-8' },
    { id: 'phq9-3', text: 'Trouble falling or staying asleep, or sleeping too much', loinc: '44259-0' },
    { id: 'phq9-4', text: 'Feeling tired or having little energy', loinc: '44254-1' },
    { id: 'phq9-5', text: 'Poor appetite or overeating', loinc: '44251-7' },
    {
      id: 'phq9-6',
      text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      loinc: '44258-2',
    },
    {
      id: 'phq9-7',
      text: 'Trouble concentrating on things, such as reading the newspaper or watching television',
      loinc: '44252-5',
    },
    {
      id: 'phq9-8',
      text:
        'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety ' +
        'or restless that you have been moving around a lot more than usual',
      loinc: '44253-3',
    },
    { id: 'phq9-9', text: 'Thoughts that you would be better off dead or of hurting yourself in some way', loinc: '44260-8' },
  ],
  options: FREQUENCY,
  difficulty: DIFFICULTY,
  loinc: { panel: '44249-1', total: '44261-6' },
  source: `Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16:606–613. ${PFIZER}`,
  licence: PFIZER_LICENCE,
};

/** The index of the PHQ-9 item about thoughts of death or self-harm; any answer above 0 opens the crisis path. */
export const PHQ9_ITEM9_INDEX = 8;

const REJECTION_CONCERN: readonly AnswerOption[] = [
  { value: 1, label: 'Very unconcerned' },
  { value: 2, label: '2' },
  { value: 3, label: '3' },
  { value: 4, label: '4' },
  { value: 5, label: '5' },
  { value: 6, label: 'Very concerned' },
];

const ACCEPTANCE_EXPECTANCY: readonly AnswerOption[] = [
  { value: 1, label: 'Very unlikely' },
  { value: 2, label: '2' },
  { value: 3, label: '3' },
  { value: 4, label: '4' },
  { value: 5, label: '5' },
  { value: 6, label: 'Very likely' },
];

/**
 * The adult Rejection Sensitivity Questionnaire (Berenson et al. 2009, adapted from Downey & Feldman
 * 1996). Situations 1–3 were checked word for word against a published reproduction of the English items
 * (Innamorati et al. 2014, Table 3). Situations 4–9 could not be checked against the authors' form from
 * this machine (see docs/MEASURES.md) and are marked `checked: false` until someone does.
 */
export const ARSQ: RejectionInstrument = {
  kind: 'rejection-sensitivity',
  id: 'arsq',
  name: 'Rejection Sensitivity Questionnaire, adult version',
  shortName: 'A-RSQ',
  stem:
    'Each of the items below describes things people sometimes ask of other people. Please imagine that you ' +
    'are in each situation, and answer the two questions that follow it.',
  situations: [
    {
      id: 'arsq-1',
      situation: 'You ask your parents or another family member for a loan to help you through a difficult financial time.',
      concern: 'How concerned or anxious would you be over whether or not your family would want to help you?',
      expectancy: 'I would expect that they would agree to help as much as they can.',
      checked: true,
    },
    {
      id: 'arsq-2',
      situation: 'You approach a close friend to talk after doing or saying something that seriously upset him/her.',
      concern: 'How concerned or anxious would you be over whether or not your friend would want to talk with you?',
      expectancy: 'I would expect that he/she would want to talk with me to try to work things out.',
      checked: true,
    },
    {
      id: 'arsq-3',
      situation: 'You bring up the issue of sexual protection with your significant other and tell him/her how important you think it is.',
      concern: 'How concerned or anxious would you be over his/her reaction?',
      expectancy: 'I would expect that he/she would be willing to discuss our possible options without getting defensive.',
      checked: true,
    },
    {
      id: 'arsq-4',
      situation: 'You ask your supervisor for help with a problem you have been having at work.',
      concern: 'How concerned or anxious would you be over whether or not the person would want to help you?',
      expectancy: 'I would expect that he/she would want to try to help me out.',
      checked: false,
    },
    {
      id: 'arsq-5',
      situation: 'After a bitter argument, you call or approach your significant other because you want to make up.',
      concern: 'How concerned or anxious would you be over whether or not your significant other would want to make up with you?',
      expectancy: 'I would expect that he/she would be at least as eager to make up as I would be.',
      checked: false,
    },
    {
      id: 'arsq-6',
      situation: 'You ask your parents or other family members to come to an occasion important to you.',
      concern: 'How concerned or anxious would you be over whether or not they would want to come?',
      expectancy: 'I would expect that they would want to come.',
      checked: false,
    },
    {
      id: 'arsq-7',
      situation:
        "At a party, you notice someone on the other side of the room that you'd like to get to know, and you approach him/her to try to start a conversation.",
      concern: 'How concerned or anxious would you be over whether or not the person would want to talk with you?',
      expectancy: 'I would expect that he/she would want to talk with me.',
      checked: false,
    },
    {
      id: 'arsq-8',
      situation: 'Lying in bed after a night out, you ask your significant other if he/she really loves you.',
      concern: 'How concerned or anxious would you be over whether or not your significant other would say yes?',
      expectancy: 'I would expect that he/she would answer yes sincerely.',
      checked: false,
    },
    {
      id: 'arsq-9',
      situation: 'You ask your friend to do you a big favor.',
      concern: 'How concerned or anxious would you be over whether or not your friend would want to help you out?',
      expectancy: 'I would expect that he/she would willingly agree to help me out.',
      checked: false,
    },
  ],
  concernOptions: REJECTION_CONCERN,
  expectancyOptions: ACCEPTANCE_EXPECTANCY,
  source:
    'Berenson KR, Gyurak A, Ayduk Ö, Downey G, Garner MJ, Mogg K, Bradley BP, Pine DS. Rejection sensitivity and ' +
    'disruption of attention by social threat cues. J Res Pers. 2009;43:1064–1072 (Study 2). Adapted from Downey G, ' +
    'Feldman SI. J Pers Soc Psychol. 1996;70:1327–1343.',
  licence: 'Made available to the public by its authors, who welcome its use, adaptation and translation.',
};

export const INSTRUMENTS: Readonly<Record<MeasureId, Instrument>> = { gad7: GAD7, phq9: PHQ9, arsq: ARSQ };
