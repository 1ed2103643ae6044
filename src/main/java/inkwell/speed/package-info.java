/**
 * Every mechanism that exists only for speed. Remove any one and Inkwell answers the same, only slower
 * (bench/README.md has the numbers). Each says what makes it let go of what it kept.
 *
 * <ul>
 *   <li>{@link inkwell.speed.ReadCache}: anonymous reads (article lists, an article, the tags) answered from memory.
 *       Invalidated by {@link inkwell.speed.DataVersion}: any commit, by this process, another instance or the
 *       command line, makes the next read build the response again. Signed-in callers get from it only their own
 *       feed, kept under their id (respondTo), never anyone else's answer nor an anonymous one.
 *   <li>{@link inkwell.speed.ExactCache}: rows kept in memory, each stamped with the DataVersion reading taken before
 *       it was read and used only while the reading is unchanged. auth/Sessions keeps the access check's row (user and
 *       session) in one, so a signed-in request runs no statement while nothing was committed; any commit anywhere
 *       (a logout, ban, new password, demotion) makes the next request read it again. Bounded (LRU), never time-based.
 *   <li>{@link inkwell.speed.DataVersion}: one tiny statement on a connection of its own that tells whether anything
 *       was committed since the last reading (SQLite's data_version, PostgreSQL's snapshot). Callers waiting for it
 *       share a reading that began after they asked. Keeps nothing across time; during an outage it throws, so
 *       nothing cached can be served unproven.
 *   <li>{@link inkwell.speed.OneHandlePerRequest}: one pooled connection per API request, shared by the access check
 *       and every DAO call, and a fair queue for connections (a signed-in request joins it at its first statement, so
 *       one answered from memory never does). Kept for one request only; routes that hash a password (declared in
 *       web/App's route table) are left out so they never hold a connection while they wait. A request that waits
 *       for something else (its group commit) gives its connection back first.
 *   <li>{@link inkwell.speed.GroupCommit}: writes that arrive together (new articles) written by one thread in one
 *       transaction, each caller answered after its COMMIT. Keeps only the writes queued at this moment (bounded;
 *       one queued too long is refused, never written); a failed group is retried one write at a time.
 *   <li>{@link inkwell.speed.SqliteWriterLock} (SQLite): this process's writers take turns on a fair Java lock
 *       instead of sleeping in SQLite's busy handler. Held for one write statement or one transaction.
 *   <li>{@link inkwell.speed.SqliteStatementCache} (SQLite): each pooled connection keeps its prepared statements.
 *       They go with their connection (closed by the pool) and are never shared by two users at once.
 * </ul>
 *
 * {@link inkwell.speed.SqliteTuning} installs the two SQLite ones on a database just opened, so db/ never imports
 * this package.
 */
package inkwell.speed;
