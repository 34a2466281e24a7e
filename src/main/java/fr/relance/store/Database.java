package fr.relance.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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
 * One DataSource (a small connection pool) serves every repository.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "relance";
    public static final String FILE_SUFFIX = ".mv.db";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(pool);
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
        JdbcConnectionPool pool = JdbcConnectionPool.create(base + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        pool.setMaxConnections(8);
        try {
            probe(pool, file);
            migrate(pool, file);
            Database database = new Database(absolute, pool);
            BatchInsert.realignIdentities(database.dsl());
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return folder.resolve(FILE_NAME + FILE_SUFFIX);
    }

    @Override
    public void close() {
        pool.dispose();
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
