export * from './myers';
export * from './words';
export * from './articles';
