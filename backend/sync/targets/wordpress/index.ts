/** WordPress as a sync target: the pure mapping between articles and posts (the target is wordpress-target.ts, its kind kind.ts). */
export * from './markers';
export * from './status';
export * from './post-mapping';
export * from './wp-schemas';
export { decodeEntities, htmlToPlainText } from './html-text';
