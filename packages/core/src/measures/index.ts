export * from './instruments.js';
export * from './scoring.js';
export * from './reliable-change.js';
export * from './progress.js';
