import { InitialSchema1764201600000 } from './1764201600000-initial-schema';

/**
 * Every migration, oldest first. Listed as classes (not a glob) so that the webpack bundle of the
 * api contains them.
 */
export const MIGRATIONS = [InitialSchema1764201600000];
