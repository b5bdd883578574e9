/** Which SQL engine the site runs on; migrations use it for the few types that differ. */
export type SqlEngine = 'sqlite' | 'postgres';
