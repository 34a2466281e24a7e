package fr.relance.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.demo.DemoDataService;
import fr.relance.demo.DemoSize;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.store.ReceivablesRepository;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a real data file in a temporary folder, taken while it is open, and restores into it. */
class BackupServiceTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T08:02:15Z"), PARIS);

    @TempDir
    Path dir;
    Database database;
    BackupService backups;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new DemoDataService(new LedgerWriter(database)).load(new DemoSize(12, 80), LocalDate.of(2026, 11, 23),
                (done, total) -> { }, () -> false);
        backups = new BackupService(database, NOW, "1.2.3");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anArchiveHoldsTheDataFileAndAManifestWithItsChecksum() throws Exception {
        BackupArchive archive = backups.create(BackupKind.MANUAL, BackupProgress.NONE);

        assertThat(archive.file()).isEqualTo(dir.resolve("backups").resolve("relance-2026-11-23_09-02-15.zip"));
        assertThat(archive.size()).isEqualTo(Files.size(archive.file()));
        BackupManifest manifest = archive.manifest();
        assertThat(manifest.appVersion()).isEqualTo("1.2.3");
        assertThat(Integer.parseInt(manifest.schemaVersion())).isGreaterThanOrEqualTo(4);
        assertThat(manifest.createdAt().toInstant()).isEqualTo(NOW.instant());
        assertThat(manifest.kind()).isEqualTo(BackupKind.MANUAL);
        try (ZipFile zip = new ZipFile(archive.file().toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("relance.mv.db", "manifest.json");
            BackupManifest.Entry data = manifest.entry("relance.mv.db").orElseThrow();
            byte[] content = zip.getInputStream(zip.getEntry("relance.mv.db")).readAllBytes();
            assertThat(content.length).isEqualTo(data.size());
            assertThat(sha256(content)).isEqualTo(data.sha256());
        }
        assertThat(leftovers()).isEmpty();
        assertThat(backups.list()).containsExactly(archive);
        // A second one in the same second gets its own name.
        assertThat(backups.create(BackupKind.AUTOMATIC, BackupProgress.NONE).file().getFileName().toString())
                .isEqualTo("relance-2026-11-23_09-02-15-auto.zip");
    }

    /**
     * Each transaction writes two rows; a writer runs flat out while backups are taken. A consistent copy holds
     * whole transactions only: every "a" with its "b".
     */
    @Test
    void aBackupTakenWhileTheAppWritesIsConsistent() throws Exception {
        AppSettingsRepository settings = new AppSettingsRepository(database);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                int n = i;
                database.dsl().transaction(tx -> {
                    tx.dsl().execute("INSERT INTO app_setting (name, setting_value) VALUES (?, ?)", "pair." + n + ".a",
                            "x".repeat(500));
                    tx.dsl().execute("INSERT INTO app_setting (name, setting_value) VALUES (?, ?)", "pair." + n + ".b",
                            "y".repeat(500));
                });
                written.incrementAndGet();
            }
        });
        writer.start();
        try {
            while (written.get() < 50) {
                Thread.onSpinWait();
            }
            for (int round = 0; round < 2; round++) {
                BackupArchive archive = backups.create(BackupKind.MANUAL, BackupProgress.NONE);
                try (VerifiedBackup verified = backups.verify(archive.file(), BackupProgress.NONE);
                     Database copy = Database.open(verified.scratchFolder())) {
                    var pairs = new AppSettingsRepository(copy).withPrefix("pair.");
                    assertThat(pairs).isNotEmpty();
                    assertThat(pairs.size() % 2).as("whole transactions only").isZero();
                    pairs.keySet().stream().filter(k -> k.endsWith(".a"))
                            .forEach(a -> assertThat(pairs).containsKey(a.replace(".a", ".b")));
                    assertThat(new DebtorRepository(copy).count()).isEqualTo(12);
                }
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(settings.withPrefix("pair.")).hasSize(2 * written.get());
    }

    @Test
    void aRestorePutsTheBackupInPlaceKeepsTheReplacedFileAsideAndTheRepositoriesCarryOn() throws Exception {
        DebtorRepository debtors = new DebtorRepository(database);
        AppSettingsRepository settings = new AppSettingsRepository(database);
        settings.put("before", "backup");
        BackupArchive archive = backups.create(BackupKind.MANUAL, BackupProgress.NONE);
        assertThat(backups.changedSinceLastBackup()).isFalse();
        settings.put("after", "backup");
        assertThat(backups.changedSinceLastBackup()).isTrue();

        VerifiedBackup verified = backups.verify(archive.file(), BackupProgress.NONE);
        assertThat(verified.contents().debtors()).isEqualTo(12);
        assertThat(verified.contents().invoices()).isPositive();
        BackupService.Restored restored = backups.restore(verified);

        // The repositories made before the restore read the restored file.
        assertThat(settings.get("before")).contains("backup");
        assertThat(settings.get("after")).isEmpty();
        assertThat(debtors.count()).isEqualTo(12);
        assertThat(new ReceivablesRepository(database).isEmpty()).isFalse();
        // The replaced file is kept as it was, and opens with the change made after the backup.
        Path aside = restored.previousDataFolder();
        assertThat(aside.getFileName().toString()).isEqualTo("relance-before-restore-2026-11-23_09-02-15");
        assertThat(aside.resolve("relance.mv.db")).exists();
        assertThat(scratchFolders()).isEmpty();
        database.close();
        try (Database previous = Database.open(aside)) {
            assertThat(new AppSettingsRepository(previous).get("after")).contains("backup");
        }
        database = Database.open(dir);
    }

    @Test
    void aFullDiskLeavesNoPartialArchiveAndTheDataIntact() throws Exception {
        BackupArchive earlier = backups.create(BackupKind.MANUAL, BackupProgress.NONE);
        BackupService full = new BackupService(database, NOW.withZone(PARIS), "1.2.3",
                BackupFolder.beside(dir, PARIS), file -> failingAfter(Files.newOutputStream(file), 20_000));

        assertThatThrownBy(() -> full.create(BackupKind.MANUAL, BackupProgress.NONE))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.DISK_FULL));

        assertThat(leftovers()).isEmpty();
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertThat(files).containsExactly(earlier.file());
        }
        assertThat(new DebtorRepository(database).count()).isEqualTo(12);
        // Room again: the next one goes through.
        assertThat(backups.create(BackupKind.MANUAL, BackupProgress.NONE).file()).exists();
    }

    @Test
    void aReadOnlyBackupsFolderIsSaidSoAndNothingIsWritten() throws Exception {
        // Permission bits do not stop an administrator (CI runs as root): /proc refuses new files to anyone.
        Path procSelf = Path.of("/proc/self");
        Path readOnly = procSelf;
        if (!Files.isDirectory(procSelf)) {
            readOnly = Files.createDirectory(dir.resolve("ro"));
            readOnly.toFile().setWritable(false, false);
        }
        Path folder = readOnly;
        BackupService service = new BackupService(database, NOW, "1.2.3", new BackupFolder(folder, PARIS),
                Files::newOutputStream);

        assertThatThrownBy(() -> service.create(BackupKind.MANUAL, BackupProgress.NONE))
                .isInstanceOfSatisfying(BackupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(BackupException.Reason.READ_ONLY);
                    assertThat(e.location()).isEqualTo(folder.toAbsolutePath().normalize());
                });
        assertThat(new DebtorRepository(database).count()).isEqualTo(12);
    }

    @Test
    void aCancelledBackupLeavesNothing() throws Exception {
        BackupProgress cancelAtOnce = new BackupProgress() {
            @Override
            public void advanced(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> backups.create(BackupKind.MANUAL, cancelAtOnce))
                .isInstanceOf(CancellationException.class);
        assertThat(leftovers()).isEmpty();
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void automaticBackupsArePrunedManualOnesStay() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-01T08:00:00Z"), PARIS);
        BackupService service = new BackupService(database, clock, "1.2.3");
        BackupArchive manual = service.create(BackupKind.MANUAL, BackupProgress.NONE);
        for (int day = 0; day < 23; day++) {
            service.create(BackupKind.AUTOMATIC, BackupProgress.NONE);
            clock.advanceHours(24);
        }
        List<BackupArchive> left = service.list();
        // 1 to 23 November: 7 daily (17-23) + the Sundays 15 and 8 (see BackupRetentionTest), and the manual one.
        assertThat(left.stream().filter(a -> a.kind() == BackupKind.AUTOMATIC)).hasSize(9);
        assertThat(left).contains(manual);
        assertThat(left.get(0).file().getFileName().toString()).isEqualTo("relance-2026-11-23_09-00-00-auto.zip");
    }

    @Test
    void leftoversOfAKilledBackupAreCleanedUpByTheNextOne() throws Exception {
        Files.createDirectories(dir.resolve("backups"));
        Files.writeString(dir.resolve("backups/.relance-2026-11-22_18-00-00-auto.zip.part"), "half");
        backups.create(BackupKind.AUTOMATIC, BackupProgress.NONE);
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() throws IOException {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private List<Path> scratchFolders() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".relance-restore")).toList();
        }
    }

    /** A stream on a disk that fills up after {@code room} bytes, as the JDK reports it on Linux. */
    static OutputStream failingAfter(OutputStream out, long room) {
        return new FilterOutputStream(out) {
            long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > room) {
                    throw new IOException("No space left on device");
                }
                written += len;
                out.write(b, off, len);
            }
        };
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static String sha256(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in.readAllBytes());
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MutableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advanceHours(long hours) {
            now = now.plusSeconds(3600 * hours);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MutableClock(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
