package fr.relance.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.h2.tools.ChangeFileEncryption;
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
    /** H2's file system on the disk. */
    public static final String DISK = "file:";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int MAX_CONNECTIONS = 8;

    /** How an H2 file encrypted with CIPHER=AES begins (org.h2.store.fs.encrypt.FileEncrypt). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String CIPHER = "AES";

    /** H2's file system prefix: {@code file:} (the disk); tests put a failing one in ({@link #openOn}). */
    private final String fileSystem;
    private final Path folder;
    /** The file password when the file is encrypted (encryption at rest), else null. */
    private volatile char[] password;
    private volatile JdbcConnectionPool pool;
    /** Set by {@link #close}: a closed database is not opened again after a write failure. */
    private volatile boolean closedForGood;
    private final CurrentPool dataSource = new CurrentPool();
    private final DSLContext dsl;

    private Database(String fileSystem, Path folder, JdbcConnectionPool pool, char[] password) {
        this.fileSystem = fileSystem;
        this.folder = folder;
        this.password = password;
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
        return open(folder, null);
    }

    /**
     * Opens the data file in {@code folder} with its password when it is encrypted (encryption at rest); a new
     * file is created encrypted when a password is given. The password is ignored for a file that is not encrypted.
     *
     * @throws DataFileException with the reason (PASSWORD_REQUIRED, WRONG_PASSWORD...) when the file cannot be used
     */
    public static Database open(Path folder, char[] password) {
        return openOn(DISK, folder, password);
    }

    /**
     * As {@link #open(Path, char[])}, through the H2 file system registered under {@code fileSystem} (a prefix such
     * as {@code "file:"}). Only tests use another one: a wrapper over the disk that fails writes as a full disk does.
     */
    public static Database openOn(String fileSystem, Path folder, char[] password) {
        Path absolute = folder.toAbsolutePath().normalize();
        checkFolder(absolute);
        char[] kept = password == null ? null : password.clone();
        Database database = new Database(fileSystem, absolute, openPool(fileSystem, absolute, kept), kept);
        try {
            BatchInsert.realignIdentities(database.dsl());
        } catch (RuntimeException e) {
            database.close();
            if (DataFileWriteFailure.of(e).map(f -> f.reason() == DataFileWriteFailure.Reason.DISK_FULL)
                    .orElse(false)) {
                throw new DataFileException(DataFileException.Reason.DISK_FULL, database.file(),
                        "The disk holding the data file is full: " + database.file(), e);
            }
            throw e;
        }
        return database;
    }

    /** Whether the data file in {@code folder} is encrypted (and so needs its password to open). */
    public static boolean isEncrypted(Path folder) {
        Path file = folder.resolve(FILE_NAME + FILE_SUFFIX);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the file open now is encrypted. */
    public boolean isEncrypted() {
        return isEncrypted(folder);
    }

    /**
     * The file password, to open copies of this file (a backup being verified); null when none was given. Never
     * logged or shown.
     */
    public char[] passwordForCopies() {
        char[] current = password;
        return current == null ? null : current.clone();
    }

    /** Whether {@code candidate} is the file password in use (the settings ask it before changing it). */
    public boolean isPassword(char[] candidate) {
        char[] current = password;
        return current != null && candidate != null && java.security.MessageDigest.isEqual(
                new String(current).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new String(candidate).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Opens the file in {@code folder} (already checked): probe, refuse a newer schema, migrate. */
    private static JdbcConnectionPool openPool(String fileSystem, Path absolute, char[] password) {
        Path file = absolute.resolve(FILE_NAME + FILE_SUFFIX);
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new DataFileException(DataFileException.Reason.READ_ONLY, file, "Data file is read-only: " + file,
                    null);
        }
        boolean encrypted = Files.exists(file) ? isEncrypted(absolute) : password != null;
        if (encrypted && (password == null || password.length == 0)) {
            throw new DataFileException(DataFileException.Reason.PASSWORD_REQUIRED, file,
                    "Data file is encrypted: its password is needed " + file, null);
        }
        // "file password" + space + user password (the user sa has none).
        String secret = encrypted ? new String(password) + " " : "";
        String base = "jdbc:h2:" + fileSystem + absolute.resolve(FILE_NAME) + (encrypted
                // No trace file beside an encrypted file: H2 writes failed statements there in clear.
                ? ";CIPHER=" + CIPHER + ";TRACE_LEVEL_FILE=0" : "");
        if (Files.exists(file)) {
            // Look at the schema version read-only first, so a file from a newer Relance is left byte for byte.
            JdbcConnectionPool readOnly = JdbcConnectionPool.create(base + ";ACCESS_MODE_DATA=r", "sa", secret);
            try {
                probe(readOnly, file);
                refuseNewerSchema(flyway(readOnly), file);
            } finally {
                readOnly.dispose();
            }
        }
        // FILE_LOCK=FS: the operating system lock; a second process gets "already in use", and a crash leaves no stale lock.
        JdbcConnectionPool pool = JdbcConnectionPool.create(base + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", secret);
        pool.setMaxConnections(MAX_CONNECTIONS);
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
            pool = openPool(fileSystem, folder, password);
            throw e instanceof IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) e;
        }
        try {
            pool = openPool(fileSystem, folder, password);
            BatchInsert.realignIdentities(dsl);
        } catch (RuntimeException e) {
            LOG.warn("The new data file does not open; putting the previous one back", e);
            shutdownQuietly();
            try {
                swap.undo(file());
            } catch (IOException undo) {
                e.addSuppressed(undo);
            }
            pool = openPool(fileSystem, folder, password);
            throw e;
        }
        LOG.info("Data file {} replaced and reopened", file());
    }

    /**
     * Encrypts the data file with {@code newPassword}, changes its password, or decrypts it ({@code newPassword}
     * null). The conversion (H2's ChangeFileEncryption) runs on a copy while the file is closed; the copy replaces
     * the file only once converted, and the previous file is deleted only once the new one has opened. On any
     * failure the previous file stays in place, with its password, and is open again.
     */
    public synchronized void changeEncryption(char[] newPassword) {
        char[] before = password;
        char[] after = newPassword == null ? null : newPassword.clone();
        Path previous = folder.resolve(FILE_NAME + FILE_SUFFIX + ".before-encryption-change");
        replaceFile(new FileSwap() {
            @Override
            public void apply(Path dataFile) throws IOException {
                Path work = Files.createTempDirectory(folder, ".relance-encryption-");
                Path converted = work.resolve(FILE_NAME + FILE_SUFFIX);
                try {
                    Files.copy(dataFile, converted);
                    ChangeFileEncryption.execute(work.toString(), FILE_NAME, CIPHER,
                            isEncrypted(folder) ? before : null, after, true);
                    Files.move(dataFile, previous, StandardCopyOption.REPLACE_EXISTING);
                    try {
                        Files.move(converted, dataFile, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException | RuntimeException e) {
                        Files.move(previous, dataFile, StandardCopyOption.REPLACE_EXISTING);
                        throw e;
                    }
                    password = after;
                } catch (SQLException e) {
                    throw new IOException("The data file could not be converted: " + e.getMessage(), e);
                } finally {
                    Files.deleteIfExists(converted);
                    Files.deleteIfExists(work);
                }
            }

            @Override
            public void undo(Path dataFile) throws IOException {
                password = before;
                Files.move(previous, dataFile, StandardCopyOption.REPLACE_EXISTING);
            }
        });
        try {
            // The previous file held the data unencrypted or under the old password: it must not stay behind.
            Files.deleteIfExists(previous);
            if (after != null) {
                // H2's trace file may hold statements written in clear before encryption was on.
                Files.deleteIfExists(folder.resolve(FILE_NAME + ".trace.db"));
            }
        } catch (IOException e) {
            LOG.warn("The previous data file {} could not be deleted", previous, e);
        }
        LOG.info("Data file encryption {}", after == null ? "turned off" : "set");
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

    /**
     * How H2 names {@code file} on the file system this data file is open on: where H2 itself writes a file for
     * this database ({@code BACKUP TO}), so a test's failing file system covers those writes too.
     */
    public String h2Path(Path file) {
        String absolute = file.toAbsolutePath().toString();
        return DISK.equals(fileSystem) ? absolute : fileSystem + absolute;
    }

    public Path file() {
        return folder.resolve(FILE_NAME + FILE_SUFFIX);
    }

    @Override
    public synchronized void close() {
        closedForGood = true;
        pool.dispose();
    }

    /** The pool of the file open now: {@link #replaceFile} swaps it under the repositories' feet. */
    private final class CurrentPool implements DataSource {
        /**
         * After a failed write (the disk under the file filled up), H2 closes the file and the connections kept by
         * the pool answer "database closed"; each is dropped as it fails. A new connection opens the file again at
         * its last commit: once the disk has room, the next action goes through. While it has none, the action
         * fails with the write failure as its cause, which the app words ({@link DataFileWriteFailure}).
         */
        @Override
        public Connection getConnection() throws SQLException {
            JdbcConnectionPool current = pool;
            SQLException closed = null;
            for (int attempt = 0; attempt <= MAX_CONNECTIONS; attempt++) {
                try {
                    return current.getConnection();
                } catch (SQLException e) {
                    if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED || closedForGood) {
                        throw e;
                    }
                    if (closed == null) {
                        LOG.warn("The data file {} was closed after a failed write; opening it again", file(), e);
                        closed = e;
                    }
                }
            }
            throw closed;
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
        } catch (java.io.IOException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
                throw new DataFileException(DataFileException.Reason.DISK_FULL, folder,
                        "The disk holding the data folder is full: " + folder, e);
            }
            return false;
        } catch (SecurityException e) {
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
        if (DataFileWriteFailure.of(e).map(f -> f.reason() == DataFileWriteFailure.Reason.DISK_FULL).orElse(false)) {
            // Opening writes too (recovery, migration): a full disk is not a damaged file.
            return new DataFileException(DataFileException.Reason.DISK_FULL, file,
                    "The disk holding the data file is full: " + file, e);
        }
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.LOCK_TIMEOUT_1) {
            return new DataFileException(DataFileException.Reason.LOCKED, file,
                    "Data file is in use by another program: " + file, e);
        }
        if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 && isEncrypted(file.getParent())) {
            return new DataFileException(DataFileException.Reason.WRONG_PASSWORD, file,
                    "Wrong password for the encrypted data file " + file, e);
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
