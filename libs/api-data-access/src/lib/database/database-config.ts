/** Where the data lives: an embedded SQLite file (default) or a PostgreSQL server. */
export type DatabaseConfig = { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };

export type DatabaseType = DatabaseConfig['type'];
