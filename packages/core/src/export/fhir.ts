/**
 * The person's questionnaires as a FHIR R4 Bundle they can hand to a clinician's system: a Patient, one
 * QuestionnaireResponse per standing entry and, for each complete one, an Observation with the score.
 * GAD-7 and PHQ-9 carry their LOINC panel, total, item and answer codes; the A-RSQ has none in LOINC and
 * uses Ask Anyway's own canonical URLs. The same data always gives the same Bundle (ids are derived).
 */
import type { MeasureEntry } from '../contract/measures.js';
import { ARSQ, INSTRUMENTS, type FrequencyInstrument, type MeasureId } from '../measures/instruments.js';
import { uuidV5 } from './name-uuid.js';

// ── Minimal FHIR R4 types: only what the export writes ───────────────────────────────────────────
export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
  extension?: FhirExtension[];
}
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}
export interface FhirExtension {
  url: string;
  valueDecimal?: number;
}
export interface FhirIdentifier {
  system?: string;
  value?: string;
}
export interface FhirReference {
  reference?: string;
  display?: string;
}
export interface FhirQuantity {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}

export interface Patient {
  resourceType: 'Patient';
  id: string;
  identifier?: FhirIdentifier[];
  name?: { text?: string }[];
}

export interface QuestionnaireResponseAnswer {
  valueInteger?: number;
  valueCoding?: FhirCoding;
}
export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  identifier?: FhirIdentifier;
  questionnaire: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject: FhirReference;
  authored: string;
  item: QuestionnaireResponseItem[];
}

export interface ObservationComponent {
  code: FhirCodeableConcept;
  valueInteger?: number;
  valueCodeableConcept?: FhirCodeableConcept;
}
export interface Observation {
  resourceType: 'Observation';
  id: string;
  status: 'registered' | 'preliminary' | 'final' | 'amended';
  category: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  subject: FhirReference;
  effectiveDateTime: string;
  issued?: string;
  valueInteger?: number;
  valueQuantity?: FhirQuantity;
  interpretation?: FhirCodeableConcept[];
  derivedFrom: FhirReference[];
  component: ObservationComponent[];
}

export type FhirResource = Patient | QuestionnaireResponse | Observation;

export interface BundleEntry {
  fullUrl: string;
  resource: FhirResource;
}
export interface Bundle {
  resourceType: 'Bundle';
  id: string;
  identifier: FhirIdentifier;
  type: 'collection';
  timestamp: string;
  entry: BundleEntry[];
}

// ── Code systems and canonicals ──────────────────────────────────────────────────────────────────
export const LOINC_SYSTEM = 'http://loinc.org';
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const ASK_ANYWAY_MEASURES = 'https://askanyway.app/fhir/CodeSystem/measures';
export const ARSQ_QUESTIONNAIRE = 'https://askanyway.app/fhir/Questionnaire/arsq';
const PERSON_IDENTIFIER_PATH = '/fhir/person-id';
const DEFAULT_BASE_URL = 'https://askanyway.app';

/** LOINC answer list LL358-3 ("Not at all" … "Nearly every day"), shared by the GAD-7 and PHQ-9 items. */
export const FREQUENCY_ANSWER_CODES: readonly string[] = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];

const TOTAL_DISPLAY: Record<'gad7' | 'phq9', string> = {
  gad7: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
  phq9: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
};

/** The canonical URL a QuestionnaireResponse for this measure answers. */
export function questionnaireCanonical(measure: MeasureId): string {
  const instrument = INSTRUMENTS[measure];
  return instrument.kind === 'frequency' ? `${LOINC_SYSTEM}/q/${instrument.loinc.panel}` : ARSQ_QUESTIONNAIRE;
}

// ── The Bundle ───────────────────────────────────────────────────────────────────────────────────
export interface FhirBundleInput {
  person: { id: string; displayName: string | null };
  entries: readonly MeasureEntry[];
  /** When the export was made (ISO instant); the Bundle's timestamp. */
  generatedAt: string;
  /**
   * The address of the Ask Anyway instance the data comes from; it scopes the Patient's identifier, so
   * people from two instances are never taken for one. Defaults to https://askanyway.app.
   */
  baseUrl?: string;
}

const fullUrlOf = (resourceType: FhirResource['resourceType'], id: string) => `urn:uuid:${uuidV5(`${resourceType}/${id}`)}`;

/**
 * Builds the Bundle. Corrected entries are left out (their correction stands in for them); an unfinished
 * questionnaire is exported as an in-progress response and gets no score Observation, as it has no score.
 */
export function fhirBundle(input: FhirBundleInput): Bundle {
  const baseUrl = (input.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const patient: Patient = {
    resourceType: 'Patient',
    id: input.person.id,
    identifier: [{ system: `${baseUrl}${PERSON_IDENTIFIER_PATH}`, value: input.person.id }],
    ...(input.person.displayName ? { name: [{ text: input.person.displayName }] } : {}),
  };
  const patientUrl = fullUrlOf('Patient', patient.id);
  const entry: BundleEntry[] = [{ fullUrl: patientUrl, resource: patient }];

  const standing = input.entries
    .filter((e) => e.correctedById === null)
    .slice()
    .sort((a, b) => compare(a.takenAt, b.takenAt) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
  for (const e of standing) {
    const response = questionnaireResponse(e, patientUrl);
    const responseUrl = fullUrlOf('QuestionnaireResponse', response.id);
    entry.push({ fullUrl: responseUrl, resource: response });
    const observation = e.complete && e.score !== null ? scoreObservation(e, patientUrl, responseUrl) : null;
    if (observation)
      entry.push({
        fullUrl: fullUrlOf('Observation', observation.id),
        resource: observation,
      });
  }

  const bundleId = uuidV5(`Bundle/${input.person.id}/${input.generatedAt}`);
  return {
    resourceType: 'Bundle',
    id: bundleId,
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${bundleId}` },
    type: 'collection',
    timestamp: input.generatedAt,
    entry,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function questionnaireResponse(e: MeasureEntry, subject: string): QuestionnaireResponse {
  const instrument = INSTRUMENTS[e.measure];
  const item = instrument.kind === 'frequency' ? frequencyItems(instrument, e) : arsqItems(e);
  return {
    resourceType: 'QuestionnaireResponse',
    id: `qr-${e.id}`,
    identifier: {
      system: 'urn:ietf:rfc:3986',
      value: `urn:uuid:${uuidV5(`QuestionnaireResponse/qr-${e.id}`)}`,
    },
    questionnaire: questionnaireCanonical(e.measure),
    status: e.complete ? 'completed' : 'in-progress',
    subject: { reference: subject },
    authored: e.takenAt,
    item,
  };
}

function frequencyAnswers(e: MeasureEntry): (number | null)[] {
  return e.answers.map((a) => (typeof a === 'number' ? a : null));
}

function frequencyCoding(instrument: FrequencyInstrument, value: number): FhirCoding {
  const code = FREQUENCY_ANSWER_CODES[value];
  const label = instrument.options.find((o) => o.value === value)?.label;
  if (code === undefined || label === undefined) throw new RangeError(`Answer ${value} is not one of the ${instrument.shortName} options`);
  return {
    extension: [
      {
        url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
        valueDecimal: value,
      },
    ],
    system: LOINC_SYSTEM,
    code,
    display: label,
  };
}

function frequencyItems(instrument: FrequencyInstrument, e: MeasureEntry): QuestionnaireResponseItem[] {
  const answers = frequencyAnswers(e);
  const items: QuestionnaireResponseItem[] = instrument.items.map((it, i) => {
    const value = answers[i] ?? null;
    return {
      linkId: it.id,
      text: it.text,
      ...(value === null ? {} : { answer: [{ valueCoding: frequencyCoding(instrument, value) }] }),
    };
  });
  // The functional item is recorded as its 0–3 value: it is not part of the score.
  items.push({
    linkId: `${instrument.id}-difficulty`,
    text: instrument.difficulty.text,
    ...(e.difficulty === null ? {} : { answer: [{ valueInteger: e.difficulty }] }),
  });
  return items;
}

interface RejectionPair {
  concern: number | null;
  expectancy: number | null;
}

function rejectionAnswers(e: MeasureEntry): RejectionPair[] {
  return e.answers.map((a) => (a !== null && typeof a === 'object' ? a : { concern: null, expectancy: null }));
}

function arsqItems(e: MeasureEntry): QuestionnaireResponseItem[] {
  const answers = rejectionAnswers(e);
  return ARSQ.situations.map((s, i) => {
    const a = answers[i] ?? { concern: null, expectancy: null };
    const sub = (suffix: 'concern' | 'expectancy', text: string, value: number | null): QuestionnaireResponseItem => ({
      linkId: `${s.id}-${suffix}`,
      text,
      ...(value === null ? {} : { answer: [{ valueInteger: value }] }),
    });
    return {
      linkId: s.id,
      text: s.situation,
      item: [sub('concern', s.concern, a.concern), sub('expectancy', s.expectancy, a.expectancy)],
    };
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function scoreObservation(e: MeasureEntry, subject: string, derivedFrom: string): Observation {
  const instrument = INSTRUMENTS[e.measure];
  const score = e.score as number;
  const common = {
    resourceType: 'Observation' as const,
    id: `obs-${e.id}`,
    status: 'final' as const,
    category: [
      {
        coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }],
        text: 'Survey',
      },
    ],
    subject: { reference: subject },
    effectiveDateTime: e.takenAt,
    issued: e.createdAt,
    ...(e.band
      ? {
          interpretation: [{ text: `${capitalise(e.band)} (${instrument.shortName})` }],
        }
      : {}),
    derivedFrom: [{ reference: derivedFrom }],
  };
  if (instrument.kind === 'frequency') {
    const answers = frequencyAnswers(e);
    return {
      ...common,
      code: {
        coding: [
          {
            system: LOINC_SYSTEM,
            code: instrument.loinc.total,
            display: TOTAL_DISPLAY[instrument.id],
          },
        ],
        text: `${instrument.shortName} total score`,
      },
      valueInteger: score,
      component: instrument.items.flatMap((it, i) => {
        const value = answers[i];
        if (value === null || value === undefined || it.loinc === undefined) return [];
        const { extension: _ordinal, ...answer } = frequencyCoding(instrument, value);
        return [
          {
            code: {
              coding: [{ system: LOINC_SYSTEM, code: it.loinc, display: it.text }],
              text: it.text,
            },
            valueCodeableConcept: { coding: [answer], text: answer.display },
          },
        ];
      }),
    };
  }
  const answers = rejectionAnswers(e);
  return {
    ...common,
    code: {
      coding: [
        {
          system: ASK_ANYWAY_MEASURES,
          code: 'arsq-score',
          display: 'A-RSQ rejection sensitivity score',
        },
      ],
      text: `${ARSQ.shortName} score`,
    },
    valueQuantity: {
      value: score,
      unit: '{score}',
      system: UCUM_SYSTEM,
      code: '{score}',
    },
    component: ARSQ.situations.flatMap((s, i) => {
      const a = answers[i];
      if (!a) return [];
      const part = (suffix: 'concern' | 'expectancy', label: string, value: number | null): ObservationComponent[] =>
        value === null
          ? []
          : [
              {
                code: {
                  coding: [
                    {
                      system: ASK_ANYWAY_MEASURES,
                      code: `${s.id}-${suffix}`,
                      display: `A-RSQ situation ${i + 1}, ${label}`,
                    },
                  ],
                },
                valueInteger: value,
              },
            ];
      return [...part('concern', 'concern', a.concern), ...part('expectancy', 'acceptance expectancy', a.expectancy)];
    }),
  };
}
