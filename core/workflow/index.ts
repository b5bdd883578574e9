export * from './roles';
export * from './actions';
export * from './schedule';
export * from './history';
export * from './transition';
export * from './due';
