export * from './localized';
export * from './zone';
export * from './local-date';
export * from './zoned-input';
export * from './zoned-parts';
export * from './format';
export * from './calendar';
export * from './typed-input';
