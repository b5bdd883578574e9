export * from './revision';
export * from './compact';
