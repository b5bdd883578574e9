import pg from 'pg';
import { SITE_CHANGES_CHANNEL } from './migrations/008-page-cache-signals';

/** What a process hears from PostgreSQL about committed changes of its own schema. */
export interface ChangeListener {
  /** True while LISTEN is active: every change committed from now on will be heard. */
  readonly listening: boolean;
  close(): Promise<void>;
}

export interface ChangeListenerOptions {
  url: string;
  /** Called for each committed change of this schema, and once when (re)connected (changes may have been missed). */
  onChange(): void;
  /** Wait before reconnecting after the connection is lost. */
  retryMs?: number;
  onError?(err: Error): void;
}

/**
 * LISTENs on a connection of its own (a pooled one could be handed to a query mid-wait) and
 * reconnects when it drops. While it is not listening, callers must ask the database instead.
 */
export function listenForChanges(options: ChangeListenerOptions): ChangeListener {
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  let schema = '';

  const lost = (err?: Error) => {
    listening = false;
    if (err) options.onError?.(err);
    const old = client;
    client = null;
    old?.end().catch(() => {});
    if (!closed && !retry) retry = setTimeout(connect, options.retryMs ?? 1000);
  };

  async function connect(): Promise<void> {
    retry = null;
    const next = new pg.Client({ connectionString: options.url });
    client = next;
    next.on('error', (err) => lost(err));
    next.on('end', () => client === next && lost());
    next.on('notification', (msg) => {
      if (msg.channel === SITE_CHANGES_CHANNEL && msg.payload === schema) options.onChange();
    });
    try {
      await next.connect();
      schema = String((await next.query<{ s: string }>('select current_schema() as s')).rows[0]?.s ?? '');
      await next.query(`LISTEN ${SITE_CHANGES_CHANNEL}`);
      if (closed || client !== next) return void next.end().catch(() => {});
      listening = true;
      options.onChange(); // anything committed while we were not listening
    } catch (err) {
      if (client === next) lost(err as Error);
    }
  }

  void connect();
  return {
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      listening = false;
      if (retry) clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end().catch(() => {});
    },
  };
}
