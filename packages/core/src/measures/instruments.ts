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
