export * from './challenge.js';
export * from './catalogue.js';
