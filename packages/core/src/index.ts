/**
 * @ask-anyway/core — the pure domain of Ask Anyway and the API contract shared by server and web.
 * No I/O, no clock, no randomness: whatever varies is passed in.
 */
export * from './contract/index.js';
export * from './safety/crisis-lines.js';
export * from './safety/screening.js';
export * from './catalogue/index.js';
export * from './practice/index.js';
export * from './coach/index.js';
export * from './measures/index.js';
export * from './export/index.js';
