import fhirLibrary from 'fhir';
import { describe, expect, it } from 'vitest';
import type { MeasureEntry } from '../contract/measures.js';
import { GAD7, PHQ9 } from '../measures/instruments.js';
import { scoreMeasure, type MeasureAnswers } from '../measures/progress.js';
import { fhirBundle, type Bundle, type FhirResource, type Observation, type QuestionnaireResponse } from './fhir.js';
import { uuidV5 } from './name-uuid.js';

// An independent validator: FHIR.js checks each resource against the R4 (4.0.0) StructureDefinitions:
// cardinality, data types, unknown properties and codes from required value sets.
const validator = new fhirLibrary.Fhir();
function validate(resource: object) {
  const result = validator.validate(resource, { errorOnUnexpected: true });
  return { valid: result.valid, errors: result.messages.filter((m) => m.severity === 'error' || m.severity === 'fatal') };
}

let n = 0;
function buildEntry(overrides: Partial<MeasureEntry> & Pick<MeasureEntry, 'measure' | 'answers'>): MeasureEntry {
  n += 1;
  const scored = scoreMeasure(overrides.measure, overrides.answers as MeasureAnswers);
  return {
    id: `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    difficulty: null,
    complete: scored.complete,
    score: scored.score,
    band: scored.band,
    crisisFlag: false,
    correctsId: null,
    correctedById: null,
    takenAt: '2026-03-01T09:00:00.000Z',
    createdAt: '2026-03-01T09:05:00.000Z',
    ...overrides,
  };
}

const person = { id: '0190a000-0000-7000-8000-aaaaaaaaaaaa', displayName: 'Sam' };
const generatedAt = '2026-03-20T10:00:00.000Z';
const arsqAnswers = [
  { concern: 4, expectancy: 3 },
  { concern: 2, expectancy: 5 },
  { concern: 6, expectancy: 1 },
  { concern: 3, expectancy: 4 },
  { concern: 5, expectancy: 2 },
  { concern: 1, expectancy: 6 },
  { concern: 4, expectancy: 4 },
  { concern: 2, expectancy: 2 },
  { concern: 3, expectancy: 5 },
];

function scenario() {
  const gad = buildEntry({ measure: 'gad7', answers: [1, 2, 3, 0, 1, 2, 1], difficulty: 1 });
  const phq = buildEntry({ measure: 'phq9', answers: [0, 1, 2, 3, 0, 1, 2, 1, 0], difficulty: 2, takenAt: '2026-03-02T09:00:00.000Z' });
  const arsq = buildEntry({ measure: 'arsq', answers: arsqAnswers, takenAt: '2026-03-03T09:00:00.000Z' });
  const partial = buildEntry({ measure: 'gad7', answers: [1, null, 0, 0, 1, null, 0], takenAt: '2026-03-04T09:00:00.000Z' });
  const original = buildEntry({ measure: 'phq9', answers: [3, 3, 3, 3, 3, 3, 3, 3, 0], takenAt: '2026-03-05T09:00:00.000Z' });
  const correction = buildEntry({
    measure: 'phq9',
    answers: [1, 1, 1, 1, 1, 1, 1, 1, 0],
    takenAt: original.takenAt,
    correctsId: original.id,
  });
  original.correctedById = correction.id;
  return { gad, phq, arsq, partial, original, correction, entries: [gad, phq, arsq, partial, original, correction] };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const resources = (bundle: Bundle) => bundle.entry.map((e) => e.resource);
const byId = <T extends FhirResource>(bundle: Bundle, id: string) => resources(bundle).find((r) => r.id === id) as T | undefined;

describe('fhirBundle', () => {
  it('produces a Bundle, and every resource in it, that a FHIR R4 validator accepts', () => {
    const { entries } = scenario();
    const bundle = fhirBundle({ person, entries, generatedAt });
    expect(validate(bundle)).toEqual({ valid: true, errors: [] });
    for (const resource of resources(bundle)) expect(validate(resource), resource.id).toEqual({ valid: true, errors: [] });
  });

  it('is a collection with a timestamp, an identifier and urn:uuid fullUrls', () => {
    const bundle = fhirBundle({ person, entries: scenario().entries, generatedAt });
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: generatedAt });
    expect(bundle.identifier.value).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const urls = bundle.entry.map((e) => e.fullUrl);
    for (const url of urls) expect(url).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('gives the same Bundle for the same data, whatever the order of the entries', () => {
    const { entries } = scenario();
    const a = fhirBundle({ person, entries, generatedAt });
    const b = fhirBundle({ person, entries: [...entries].reverse(), generatedAt });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('has a Patient with the person’s id and name, and every response and score points to it', () => {
    const bundle = fhirBundle({ person, entries: scenario().entries, generatedAt, baseUrl: 'https://clinic.example/' });
    const patientEntry = bundle.entry[0]!;
    expect(patientEntry.resource).toEqual({
      resourceType: 'Patient',
      id: person.id,
      identifier: [{ system: 'https://clinic.example/fhir/person-id', value: person.id }],
      name: [{ text: 'Sam' }],
    });
    for (const r of resources(bundle).slice(1)) {
      expect((r as QuestionnaireResponse | Observation).subject).toEqual({ reference: patientEntry.fullUrl });
    }
    const anonymous = fhirBundle({ person: { id: person.id, displayName: null }, entries: [], generatedAt });
    expect(anonymous.entry).toHaveLength(1);
    expect(anonymous.entry[0]!.resource).not.toHaveProperty('name');
    expect(validate(anonymous).valid).toBe(true);
  });

  it('exports a GAD-7 as a completed response with LOINC answers and a 70274-6 total', () => {
    const { gad, entries } = scenario();
    const bundle = fhirBundle({ person, entries, generatedAt });
    const qr = byId<QuestionnaireResponse>(bundle, `qr-${gad.id}`)!;
    expect(qr).toMatchObject({ status: 'completed', questionnaire: 'http://loinc.org/q/69737-5', authored: gad.takenAt });
    expect(qr.item.map((i) => i.linkId)).toEqual([...GAD7.items.map((i) => i.id), 'gad7-difficulty']);
    expect(qr.item[0]).toMatchObject({
      text: GAD7.items[0]!.text,
      answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6569-3', display: 'Several days' } }],
    });
    expect(qr.item[2]!.answer![0]!.valueCoding).toMatchObject({ code: 'LA6571-9', display: 'Nearly every day' });
    expect(qr.item[3]!.answer![0]!.valueCoding).toMatchObject({ code: 'LA6568-5', display: 'Not at all' });
    expect(qr.item[7]!.answer).toEqual([{ valueInteger: 1 }]);

    const obs = byId<Observation>(bundle, `obs-${gad.id}`)!;
    expect(obs.status).toBe('final');
    expect(obs.category[0]!.coding![0]).toMatchObject({
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'survey',
    });
    expect(obs.code.coding).toEqual([expect.objectContaining({ system: 'http://loinc.org', code: '70274-6' })]);
    expect(obs.valueInteger).toBe(10);
    expect(obs.valueInteger).toBe(gad.score);
    expect(obs.interpretation).toEqual([{ text: 'Moderate (GAD-7)' }]);
    expect(obs.effectiveDateTime).toBe(gad.takenAt);
    const qrUrl = bundle.entry.find((e) => e.resource.id === qr.id)!.fullUrl;
    expect(obs.derivedFrom).toEqual([{ reference: qrUrl }]);
    expect(obs.component.map((c) => c.code.coding![0]!.code)).toEqual(GAD7.items.map((i) => i.loinc));
    expect(obs.component.map((c) => c.valueCodeableConcept!.coding![0]!.code)).toEqual([
      'LA6569-3',
      'LA6570-1',
      'LA6571-9',
      'LA6568-5',
      'LA6569-3',
      'LA6570-1',
      'LA6569-3',
    ]);
  });

  it('exports a PHQ-9 with the 44249-1 questionnaire, a 44261-6 total and its item codes', () => {
    const { phq, entries } = scenario();
    const bundle = fhirBundle({ person, entries, generatedAt });
    expect(byId<QuestionnaireResponse>(bundle, `qr-${phq.id}`)!.questionnaire).toBe('http://loinc.org/q/44249-1');
    const obs = byId<Observation>(bundle, `obs-${phq.id}`)!;
    expect(obs.code.coding![0]).toMatchObject({ system: 'http://loinc.org', code: '44261-6' });
    expect(obs.valueInteger).toBe(10);
    expect(obs.interpretation).toEqual([{ text: 'Moderate (PHQ-9)' }]);
    expect(obs.component.map((c) => c.code.coding![0]!.code)).toEqual(PHQ9.items.map((i) => i.loinc));
    expect(obs.component[8]!.code.coding![0]!.code).toBe('44260-8');
  });

  it('exports the A-RSQ as situation groups of two answers and a decimal score under the local code', () => {
    const { arsq, entries } = scenario();
    const bundle = fhirBundle({ person, entries, generatedAt });
    const qr = byId<QuestionnaireResponse>(bundle, `qr-${arsq.id}`)!;
    expect(qr.questionnaire).toBe('https://askanyway.app/fhir/Questionnaire/arsq');
    expect(qr.item).toHaveLength(9);
    expect(qr.item[0]).toMatchObject({
      linkId: 'arsq-1',
      item: [
        { linkId: 'arsq-1-concern', answer: [{ valueInteger: 4 }] },
        { linkId: 'arsq-1-expectancy', answer: [{ valueInteger: 3 }] },
      ],
    });
    expect(qr.item[0]).not.toHaveProperty('answer');

    const obs = byId<Observation>(bundle, `obs-${arsq.id}`)!;
    expect(obs.code.coding).toEqual([
      expect.objectContaining({ system: 'https://askanyway.app/fhir/CodeSystem/measures', code: 'arsq-score' }),
    ]);
    // (16 + 4 + 36 + 9 + 25 + 1 + 12 + 10 + 6) / 9
    expect(arsq.score).toBe(13.22);
    expect(obs.valueQuantity).toEqual({ value: 13.22, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' });
    expect(obs).not.toHaveProperty('valueInteger');
    expect(obs).not.toHaveProperty('interpretation');
    expect(obs.component).toHaveLength(18);
  });

  it('leaves out entries that were corrected, and keeps their correction', () => {
    const { original, correction, entries } = scenario();
    const bundle = fhirBundle({ person, entries, generatedAt });
    const ids = resources(bundle).map((r) => r.id);
    expect(ids).not.toContain(`qr-${original.id}`);
    expect(ids).not.toContain(`obs-${original.id}`);
    expect(ids).toContain(`qr-${correction.id}`);
    expect(byId<Observation>(bundle, `obs-${correction.id}`)!.valueInteger).toBe(8);
    expect(JSON.stringify(bundle)).not.toContain(original.id);
  });

  it('exports an unfinished questionnaire as in progress, with no score', () => {
    const { partial, entries } = scenario();
    const bundle = fhirBundle({ person, entries, generatedAt });
    const qr = byId<QuestionnaireResponse>(bundle, `qr-${partial.id}`)!;
    expect(qr.status).toBe('in-progress');
    expect(qr.item[1]).toEqual({ linkId: 'gad7-2', text: GAD7.items[1]!.text });
    expect(qr.item[0]!.answer).toHaveLength(1);
    expect(byId(bundle, `obs-${partial.id}`)).toBeUndefined();
    expect(resources(bundle).filter((r) => r.resourceType === 'Observation')).toHaveLength(4);
  });
});

describe('the validator bites', () => {
  function observation(): Observation {
    const entry = buildEntry({ measure: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0] });
    return clone(byId<Observation>(fhirBundle({ person, entries: [entry], generatedAt }), `obs-${entry.id}`)!);
  }

  it('accepts the untouched Observation', () => {
    expect(validate(observation()).valid).toBe(true);
  });

  it('rejects an Observation without a status', () => {
    const { status: _status, ...broken } = observation();
    expect(validate(broken).errors).toEqual([expect.objectContaining({ location: 'Observation.status', message: 'Missing property' })]);
  });

  it('rejects a status that is not in the value set', () => {
    expect(validate({ ...observation(), status: 'done' }).valid).toBe(false);
  });

  it('rejects a code that is not a CodeableConcept', () => {
    expect(validate({ ...observation(), code: { system: 'http://loinc.org', code: '70274-6' } }).valid).toBe(false);
    expect(validate({ ...observation(), valueInteger: '10' }).valid).toBe(false);
  });

  it('rejects a broken resource inside the Bundle', () => {
    const entry = buildEntry({ measure: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0] });
    const bundle = clone(fhirBundle({ person, entries: [entry], generatedAt }));
    delete (bundle.entry[2]!.resource as Partial<Observation>).status;
    expect(validate(bundle).valid).toBe(false);
  });
});

describe('uuidV5', () => {
  it('matches the published example (Python docs: uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('hashes long, non-ASCII names as UTF-8 (checked against node:crypto SHA-1)', () => {
    expect(uuidV5(`Zoë 🙂 ${'x'.repeat(120)}`)).toBe('b758516b-e7cb-5ba1-9eb8-ee4df0027b2b');
    expect(uuidV5('QuestionnaireResponse/qr-1')).toBe('be90f8e1-64f0-58ff-867c-c2e8df0703a8');
  });
});
