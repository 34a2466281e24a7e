package fr.relance.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 data file: one {@code relance.mv.db} in the data folder, migrated by Flyway when opened.
 * One DataSource (a small connection pool) serves every repository. {@link #replaceFile} closes the file, lets a
 * restore put another one in its place and opens that: repositories keep working on the new file.
 */
public final class Database implements AutoCloseable {

    /** What replaces the data file on disk while it is closed (a restore). */
    public interface FileSwap {
        /** Puts the new file in place of {@code dataFile}; on failure, leaves the previous one there. */
        void apply(Path dataFile) throws IOException;

        /** Puts the previous file back, when the new one does not open. */
        void undo(Path dataFile) throws IOException;
    }

    public static final String FILE_NAME = "relance";
    public static final String FILE_SUFFIX = ".mv.db";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path folder;
    private volatile JdbcConnectionPool pool;
    private final CurrentPool dataSource = new CurrentPool();
    private final DSLContext dsl;

    private Database(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dataSource);
        configuration.set(SQLDialect.H2);
        configuration.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        configuration.set(new NotOnFxThreadListener());
        this.dsl = DSL.using(configuration);
    }

    /**
     * Opens (creating if needed) the data file in {@code folder}, refusing a file written by a newer Relance.
     *
     * @throws DataFileException with the reason when the folder or the file cannot be used
     */
    public static Database open(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        checkFolder(absolute);
        Database database = new Database(absolute, openPool(absolute));
        try {
            BatchInsert.realignIdentities(database.dsl());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** Opens the file in {@code folder} (already checked): probe, refuse a newer schema, migrate. */
    private static JdbcConnectionPool openPool(Path absolute) {
        Path file = absolute.resolve(FILE_NAME + FILE_SUFFIX);
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new DataFileException(DataFileException.Reason.READ_ONLY, file, "Data file is read-only: " + file,
                    null);
        }
        String base = "jdbc:h2:file:" + absolute.resolve(FILE_NAME);
        if (Files.exists(file)) {
            // Look at the schema version read-only first, so a file from a newer Relance is left byte for byte.
            JdbcConnectionPool readOnly = JdbcConnectionPool.create(base + ";ACCESS_MODE_DATA=r", "sa", "");
            try {
                probe(readOnly, file);
                refuseNewerSchema(flyway(readOnly), file);
            } finally {
                readOnly.dispose();
            }
        }
        // FILE_LOCK=FS: the operating system lock; a second process gets "already in use", and a crash leaves no stale lock.
        JdbcConnectionPool pool = JdbcConnectionPool.create(base + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
        pool.setMaxConnections(8);
        try {
            probe(pool, file);
            migrate(pool, file);
            return pool;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * Closes the data file (queries under way fail), lets {@code swap} replace it, then opens and migrates the new
     * file. When the new file does not open, {@code swap.undo} puts the previous one back and that one is opened
     * again before the failure is thrown: the database is open on a good file whatever happens.
     *
     * @throws java.io.UncheckedIOException when the swap itself fails (the previous file is then in place)
     * @throws DataFileException            when the new file does not open (the previous file is then in place)
     */
    public synchronized void replaceFile(FileSwap swap) {
        shutdown();
        try {
            swap.apply(file());
        } catch (IOException | RuntimeException e) {
            pool = openPool(folder);
            throw e instanceof IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) e;
        }
        try {
            pool = openPool(folder);
            BatchInsert.realignIdentities(dsl);
        } catch (RuntimeException e) {
            LOG.warn("The new data file does not open; putting the previous one back", e);
            shutdownQuietly();
            try {
                swap.undo(file());
            } catch (IOException undo) {
                e.addSuppressed(undo);
            }
            pool = openPool(folder);
            throw e;
        }
        LOG.info("Data file {} replaced and reopened", file());
    }

    /** Closes the file for good (SHUTDOWN ends every session, so the OS lock is released at once). */
    private void shutdown() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw translate(e, file());
        } finally {
            pool.dispose();
        }
    }

    private void shutdownQuietly() {
        try {
            shutdown();
        } catch (RuntimeException ignored) {
            // the file that did not open is already closed
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return folder.resolve(FILE_NAME + FILE_SUFFIX);
    }

    @Override
    public synchronized void close() {
        pool.dispose();
    }

    /** The pool of the file open now: {@link #replaceFile} swaps it under the repositories' feet. */
    private final class CurrentPool implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return pool.getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return pool.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("Not a wrapper of " + type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }
    }

    private static void checkFolder(Path folder) {
        if (!Files.exists(folder)) {
            throw new DataFileException(DataFileException.Reason.FOLDER_MISSING, folder,
                    "Data folder does not exist: " + folder, null);
        }
        if (!Files.isDirectory(folder)) {
            throw new DataFileException(DataFileException.Reason.NOT_A_FOLDER, folder,
                    "Not a folder: " + folder, null);
        }
        if (!canWriteIn(folder)) {
            throw new DataFileException(DataFileException.Reason.READ_ONLY, folder,
                    "Data folder is read-only: " + folder, null);
        }
    }

    /** Tries a real write: permission bits say nothing of read-only mounts, or for an administrator. */
    private static boolean canWriteIn(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".relance-write-check", ".tmp");
            Files.delete(probe);
            return true;
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    /** Opens one connection so lock and corruption errors surface before Flyway wraps them. */
    private static void probe(JdbcConnectionPool pool, Path file) {
        try (var connection = pool.getConnection()) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    private static DataFileException translate(SQLException e, Path file) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.LOCK_TIMEOUT_1) {
            return new DataFileException(DataFileException.Reason.LOCKED, file,
                    "Data file is in use by another program: " + file, e);
        }
        if (code == ErrorCode.FILE_VERSION_ERROR_1 || code == ErrorCode.FILE_CORRUPTED_1
                || code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD
                || code == ErrorCode.GENERAL_ERROR_1 || code == ErrorCode.IO_EXCEPTION_1
                || code == ErrorCode.IO_EXCEPTION_2) {
            return new DataFileException(DataFileException.Reason.UNREADABLE, file,
                    "Data file cannot be read: " + file + " (" + e.getMessage() + ")", e);
        }
        return new DataFileException(DataFileException.Reason.UNREADABLE, file,
                "Data file cannot be opened: " + file + " (" + e.getMessage() + ")", e);
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load();
    }

    private static void refuseNewerSchema(Flyway flyway, Path file) {
        try {
            String future = Arrays.stream(flyway.info().all())
                    .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                            || info.getState() == MigrationState.FUTURE_FAILED)
                    .map(info -> info.getVersion().toString())
                    .collect(Collectors.joining(", "));
            if (!future.isEmpty()) {
                throw new DataFileException(DataFileException.Reason.NEWER_SCHEMA, file,
                        "Data file was written by a newer Relance (schema versions " + future + ")", null);
            }
        } catch (FlywayException e) {
            throw unreadable(e, file);
        }
    }

    private static void migrate(DataSource dataSource, Path file) {
        Flyway flyway = flyway(dataSource);
        refuseNewerSchema(flyway, file);
        try {
            var result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Data file {} migrated to schema version {}", file, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw unreadable(e, file);
        }
    }

    private static DataFileException unreadable(FlywayException e, Path file) {
        SQLException sql = findSqlException(e);
        if (sql != null) {
            return translate(sql, file);
        }
        return new DataFileException(DataFileException.Reason.UNREADABLE, file,
                "Data file schema cannot be read or updated: " + e.getMessage(), e);
    }

    private static SQLException findSqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
