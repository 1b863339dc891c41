import { describe, expect, it } from 'vitest';
import { routeScreening, type ScreeningAnswers } from './screening.js';

const none: ScreeningAnswers = {
  adult: true,
  selfHarmThoughts: false,
  traumaRejection: false,
  panicAttacks: false,
  severeLowMood: false,
  substanceCoping: false,
};

describe('screening routes, never diagnoses', () => {
  it.each([
    { name: 'nothing flagged', answers: none, route: 'standard', mode: 'standard', paused: false },
    { name: 'under 18', answers: { ...none, adult: false }, route: 'under-18', mode: 'standard', paused: true },
    { name: 'self-harm thoughts', answers: { ...none, selfHarmThoughts: true }, route: 'crisis', mode: 'supported', paused: true },
    { name: 'trauma tied to rejection', answers: { ...none, traumaRejection: true }, route: 'supported', mode: 'supported', paused: false },
    { name: 'panic attacks', answers: { ...none, panicAttacks: true }, route: 'supported', mode: 'supported', paused: false },
    { name: 'severe low mood', answers: { ...none, severeLowMood: true }, route: 'supported', mode: 'supported', paused: false },
    { name: 'alcohol or drugs to cope', answers: { ...none, substanceCoping: true }, route: 'supported', mode: 'supported', paused: false },
    { name: 'crisis outranks supported', answers: { ...none, panicAttacks: true, selfHarmThoughts: true }, route: 'crisis', mode: 'supported', paused: true },
    { name: 'under 18 outranks crisis', answers: { ...none, adult: false, selfHarmThoughts: true }, route: 'under-18', mode: 'standard', paused: true },
    { name: 'skipped → the crisis-safe default', answers: null, route: 'supported', mode: 'supported', paused: false },
  ])('$name → $route', ({ answers, route, mode, paused }) => {
    const outcome = routeScreening(answers);
    expect(outcome.route).toBe(route);
    expect(outcome.mode).toBe(mode);
    expect(outcome.suggestionsPaused).toBe(paused);
  });

  it('recommends a professional whenever it is not standard', () => {
    expect(routeScreening(none).recommendProfessional).toBe(false);
    expect(routeScreening({ ...none, severeLowMood: true }).recommendProfessional).toBe(true);
    expect(routeScreening({ ...none, traumaRejection: true, substanceCoping: true }).supportReasons).toEqual([
      'trauma-rejection',
      'substance-coping',
    ]);
  });
});
