export * from './problem.js';
export * from './auth.js';
export * from './health.js';
export * from './practice.js';
export * from './safety.js';
export * from './measures.js';
export * from './clinicians.js';
