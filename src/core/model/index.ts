export * from './baseline.js';
export * from './diagnostic.js';
export * from './file-tag.js';
export * from './inventory.js';
export * from './package.js';
export * from './posture.js';
export * from './scan-result.js';
export * from './vulnerability.js';
