export * from './wire';
export * from './sizeRules';
export * from './validateOptions';
