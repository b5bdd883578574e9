// better-sqlite3 ships no types and @types/better-sqlite3 is not installed: declare the little we use.
declare module 'better-sqlite3' {
  import type { SqliteDatabase } from 'kysely';

  interface BetterSqliteDatabase extends SqliteDatabase {
    pragma(source: string): unknown;
  }
  const Database: new (filename: string) => BetterSqliteDatabase;
  export default Database;
}
