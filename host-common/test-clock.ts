/** The test clock both hosts and the site share (see site/clock.ts), for the web shell. */
export { clockFromEnv } from '../site/clock';
