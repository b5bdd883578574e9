export * from './items';
export * from './checks';
export * from './links';
export * from './quotes';
export * from './run';
