export * from './fhir.js';
export * from './ical.js';
export { uuidV5 } from './name-uuid.js';
