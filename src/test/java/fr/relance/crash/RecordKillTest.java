package fr.relance.crash;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.app.AppContext;
import fr.relance.domain.letters.SentLetter;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.mail.SmtpSecurity;
import fr.relance.domain.mail.SmtpSettings;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import fr.relance.domain.agency.AgencyHandover;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.registered.RegisteredLetter;
import fr.relance.dunning.LetterRun;
import fr.relance.store.AgencyCaseRepository;
import fr.relance.store.AgencyRepository;
import fr.relance.store.DocumentRepository;
import fr.relance.store.RegisteredMailRepository;
import fr.relance.store.LetterRepository;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.jooq.impl.DSL;

/**
 * Kill tests of the record steps: the user actions that write several rows (and sometimes a file) for one thing
 * done. A child JVM is killed between two of them or inside one's transaction; the reopened data must hold each
 * record whole or not at all, and doing the action again must add exactly what is missing, never a duplicate.
 */
class RecordKillTest {

    @TempDir
    static Path shared;
    /** Six debtors due a letter on {@link CrashData#LETTERS_DAY}. */
    static Path lettersTemplate;
    /** The template's records. */
    static Map<String, Long> lettersBefore;
    /** The records once the whole batch is marked as sent in one go, without a kill. */
    static Map<String, Long> lettersAllSent;
    /** The batch reviewed on the template, as the letter batch screen holds it. */
    static List<LetterRun.Line> batch;
    /** The batch marked as sent, the formal notice posted and delivered, an agency on file. */
    static Path sentTemplate;
    static Map<String, Long> sentBefore;
    static long noticeLetter;
    static long agency;

    @TempDir
    Path dir;
    Path data;
    Path work;

    @BeforeAll
    static void prepare() throws IOException {
        lettersTemplate = CrashData.lettersTemplate(shared.resolve("letters"));
        Path reference = shared.resolve("letters-all-sent");
        CrashData.copy(lettersTemplate, reference);
        try (AppContext context = CrashData.open(reference)) {
            lettersBefore = CrashData.records(context);
            LetterRun run = context.letterRun();
            batch = run.review(run.letterLines(CrashData.LETTERS_DAY), CrashData.LETTERS_DAY,
                    LetterRun.Progress.NONE).stream().filter(LetterRun.Line::printable).toList();
            LetterRun.Recorded recorded = run.markSent(batch, CrashData.LETTERS_DAY, "claire",
                    LetterRun.Progress.NONE);
            assertThat(recorded.failure()).isNull();
            lettersAllSent = CrashData.records(context);
        }
        assertThat(batch).hasSize(CrashData.LETTER_DEBTORS);
        sentTemplate = shared.resolve("sent");
        CrashData.copy(reference, sentTemplate);
        try (AppContext context = CrashData.open(sentTemplate)) {
            RegisteredMailRepository registered = new RegisteredMailRepository(context.database());
            noticeLetter = registered.ofDebtor(CrashData.NOTICE_DEBTOR).get(0).letterId();
            registered.recordPosting(noticeLetter, "1A 123 456 7890 1", CrashData.LETTERS_DAY,
                    CrashData.LETTERS_DAY, "claire");
            registered.recordDelivery(noticeLetter, CrashData.LETTERS_DAY.plusDays(2), null,
                    CrashData.LETTERS_DAY.plusDays(3), "claire");
            agency = new AgencyRepository(context.database()).save(new CollectionAgency(null, "Recouvra Lyon", null,
                    null, null, null, null, null, null, null, new BigDecimal("12"), new BigDecimal("150"),
                    new BigDecimal("100"), null, null, null, null, false), CrashOperations.TODAY).id();
            sentBefore = CrashData.records(context);
        }
    }

    @BeforeEach
    void folders() throws IOException {
        data = dir.resolve("data");
        work = Files.createDirectories(dir.resolve("work"));
    }

    /**
     * Killed once three letters are committed, or inside the fourth letter's transaction (its document and letter
     * rows written, half a transaction put on disk): the three are whole, the fourth left nothing, the last two are
     * untouched, and marking the same batch again records exactly the three missing ones.
     */
    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({"0.5, 3/6, false", "@letter-4, letter-4, true"})
    void aBatchMarkedAsSentKilledKeepsTheLettersBeforeWholeAndARunAgainRecordsOnlyTheMissingOnes(
            String at, String where, boolean flush) throws Exception {
        CrashData.copy(lettersTemplate, data);

        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.MarkLettersSent.class, data, work, at,
                flush);

        assertThat(killed.where()).isEqualTo(where);
        try (AppContext context = KillHarness.reopen(data, killed)) {
            assertThat(CrashData.halfRecords(context)).isEmpty();
            Map<String, Long> records = CrashData.records(context);
            assertThat(records.get("letter")).isEqualTo(lettersBefore.get("letter") + 3);
            assertThat(records.get("document")).isEqualTo(lettersBefore.get("document") + 3);
            LetterRepository letters = new LetterRepository(context.database());
            for (int i = 0; i < batch.size(); i++) {
                long debtor = batch.get(i).item().debtorId();
                List<SentLetter> sent = letters.ofDebtor(debtor);
                if (i < 3) {
                    assertThat(sent).as("letter %d, committed before the kill", i + 1).hasSize(1);
                    assertWhole(context, letters, sent.get(0));
                    assertThat(executedLines(context, debtor)).as("its worklist line").isOne();
                } else {
                    assertThat(sent).as("letter %d", i + 1).isEmpty();
                    assertThat(executedLines(context, debtor)).as("letter %d's worklist line", i + 1).isZero();
                }
            }

            LetterRun.Recorded again = context.letterRun().markSent(batch, CrashData.LETTERS_DAY, "claire",
                    LetterRun.Progress.NONE);

            assertThat(again.failure()).isNull();
            assertThat(again.sent()).hasSize(batch.size());
            assertThat(CrashData.records(context)).isEqualTo(lettersAllSent);
            assertThat(CrashData.halfRecords(context)).isEmpty();
            for (LetterRun.Line line : batch) {
                List<SentLetter> sent = letters.ofDebtor(line.item().debtorId());
                assertThat(sent).hasSize(1);
                assertWhole(context, letters, sent.get(0));
                assertThat(executedLines(context, line.item().debtorId())).isOne();
            }
            assertThat(context.letterRun().letterLines(CrashData.LETTERS_DAY)).isEmpty();
        }
        assertThat(CrashData.leftovers(data)).isEmpty();
    }

    /**
     * The scanned receipt of a registered letter killed while it streams into the data file, right after its fact
     * is written (both inside the transaction, half of it put on disk), or right after the commit: the receipt is
     * all there (document, fact, event, the bytes hashing as recorded) or not at all, and then it can be attached
     * again (not refused as a duplicate of half a copy).
     */
    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({"0.5, true, false", "@fact-1, true, false", "done, false, true"})
    void aReceiptKilledWhileStoredIsAllThereOrNotAtAll(String at, boolean flush, boolean stored)
            throws Exception {
        CrashData.copy(sentTemplate, data);
        Files.writeString(work.resolve(CrashOperations.RECEIPT_LETTER), Long.toString(noticeLetter));
        Path scan = scan(work.resolve(CrashOperations.RECEIPT_FILE), 4_000_000);

        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.AttachReceipt.class, data, work, at,
                flush);

        try (AppContext context = KillHarness.reopen(data, killed)) {
            assertThat(CrashData.halfRecords(context)).isEmpty();
            RegisteredMailRepository registered = new RegisteredMailRepository(context.database());
            Map<String, Long> records = CrashData.records(context);
            if (stored) {
                assertThat(records).isEqualTo(plus(sentBefore, "document", "case_event", "registered_mail_fact"));
            } else {
                assertThat(records).isEqualTo(sentBefore);
                assertThat(registered.find(noticeLetter).orElseThrow().receipt()).isNull();
                registered.attachReceipt(noticeLetter, new DocumentRepository.Content(CrashOperations.RECEIPT_FILE,
                                "application/pdf", Files.size(scan), () -> Files.newInputStream(scan)),
                        CrashOperations.RECEIPT_DAY, null, CrashOperations.RECEIPT_DAY, "claire", (d, t) -> { },
                        () -> false);
                assertThat(CrashData.records(context))
                        .isEqualTo(plus(sentBefore, "document", "case_event", "registered_mail_fact"));
            }
            RegisteredLetter.Receipt receipt = registered.find(noticeLetter).orElseThrow().receipt();
            assertThat(receipt).isNotNull();
            String storedSha = new DocumentRepository(context.database()).<String>read(receipt.documentId(),
                    in -> sha256(in.readAllBytes()));
            assertThat(storedSha).isEqualTo(CrashData.sha256(scan));
        }
        assertThat(CrashData.leftovers(data)).isEmpty();
    }

    /**
     * An agency handover killed once its dossier file is written but nothing recorded, or inside its transaction:
     * the next start deletes the dossier nobody recorded and the case is as it was; handing over again works. Killed
     * right after the commit, the dossier stays, with the SHA-256 its event records.
     */
    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({"@exported, false, false", "@handover-1, true, false", "done, false, true"})
    void aHandoverKilledBeforeItsCommitLeavesNoDossierOutThereAndCanBeDoneAgain(String at, boolean flush,
                                                                                  boolean recorded) throws Exception {
        CrashData.copy(sentTemplate, data);
        Files.writeString(work.resolve(CrashOperations.AGENCY), Long.toString(agency));
        Path folder = Files.createDirectories(work.resolve(CrashOperations.DOSSIER_FOLDER));
        Path dossier = folder.resolve(CrashOperations.HANDOVER_FILE);

        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.HandOver.class, data, work, at,
                flush);

        assertThat(dossier).as("written before the kill").isRegularFile();
        try (AppContext context = KillHarness.reopen(data, killed)) {
            assertThat(CrashData.halfRecords(context)).isEmpty();
            if (recorded) {
                assertThat(dossier).isRegularFile();
            } else {
                assertThat(dossier).as("swept at start-up: no handover records it").doesNotExist();
                assertThat(CrashData.records(context)).isEqualTo(sentBefore);
                assertThat(new AgencyCaseRepository(context.database()).current(1)).isEmpty();
                context.agencyFlowService(CrashOperations.dossierExport(context)).handOver(1, agency,
                        CrashOperations.HANDOVER_REASON, dossier, CrashOperations.TODAY);
            }
            AgencyHandover handover = new AgencyCaseRepository(context.database()).current(1).orElseThrow();
            assertThat(handover.dossierSha256()).isEqualTo(CrashData.sha256(dossier));
            assertThat(context.database().dsl().fetchCount(DSL.table("case_event"),
                    DSL.field("kind").eq(CaseEvent.AGENCY_HANDOVER))).isOne();
            assertThat(context.database().dsl().fetchCount(DSL.table("agency_handover"))).isOne();
        }
        assertThat(CrashData.leftovers(data)).isEmpty();
        assertThat(CrashData.leftovers(folder)).isEmpty();
    }

    /**
     * A reminder e-mail killed after the server accepted it, inside its recording's transaction, or right after the
     * commit: the mail has left, so after the next start it is recorded exactly once (letter, PDF, EMAIL_SENT event)
     * with the SHA-256 of the very PDF the debtor received.
     */
    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({"@letter-1, true", "done, false"})
    void aReminderKilledAfterTheServerAcceptedItIsRecordedOnceAtTheNextStart(String at, boolean flush)
            throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            CrashData.copy(sentTemplate, data);
            try (AppContext context = CrashData.open(data)) {
                context.database().dsl().insertInto(DSL.table("contact"), DSL.field("debtor_id"), DSL.field("name"),
                        DSL.field("email"), DSL.field("is_primary")).values(1L, "Paul Client", "paul@client1.fr", true)
                        .execute();
                context.mailSettings().save(new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(),
                        SmtpSecurity.NONE, null, "relance@morel.fr", "Ateliers Morel", "compta@morel.fr"), null);
            }

            KillHarness.Killed killed = KillHarness.killAt(CrashOperations.SendReminder.class, data, work, at,
                    flush);

            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).as("accepted by the server before the kill").hasSize(1);
            byte[] attached = pdfOf(received[0]);
            Map<String, Long> expected = plus(sentBefore, "document", "letter", "case_event");
            try (AppContext context = KillHarness.reopen(data, killed)) {
                assertThat(CrashData.records(context)).isEqualTo(expected);
                assertThat(CrashData.halfRecords(context)).isEmpty();
                LetterRepository letters = new LetterRepository(context.database());
                List<SentLetter> emailed = letters.ofDebtor(1).stream()
                        .filter(l -> l.channel() == LetterChannel.EMAIL).toList();
                assertThat(emailed).hasSize(1);
                assertWhole(context, letters, emailed.get(0));
                assertThat(emailed.get(0).sha256()).isEqualTo(sha256(attached));
            }
            assertThat(CrashData.leftovers(data)).isEmpty();
            try (AppContext again = CrashData.open(data)) {
                assertThat(CrashData.records(again)).as("recorded once").isEqualTo(expected);
            }
        } finally {
            smtp.stop();
        }
    }

    static byte[] pdfOf(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("application/pdf")) {
                try (java.io.InputStream in = parts.getBodyPart(i).getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("No PDF attached");
    }

    static Map<String, Long> plus(Map<String, Long> counts, String... tables) {
        Map<String, Long> more = new java.util.LinkedHashMap<>(counts);
        for (String table : tables) {
            more.merge(table, 1L, Long::sum);
        }
        return more;
    }

    /** A scanned receipt: a PDF header and enough bytes for the kill to land while they stream in. */
    static Path scan(Path file, int bytes) throws IOException {
        byte[] content = new byte[bytes];
        new java.util.Random(11).nextBytes(content);
        byte[] header = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return Files.write(file, content);
    }

    /** The letter's PDF is stored, hashes to the SHA-256 recorded for it and named in its LETTER_PRINTED event. */
    static void assertWhole(AppContext context, LetterRepository letters, SentLetter letter) {
        assertThat(letter.eventId()).as("its sent event").isNotZero();
        String sha = sha256(letters.pdf(letter.id()));
        assertThat(sha).isEqualTo(letter.sha256());
        assertThat(context.database().dsl().fetchOne("SELECT kind, details FROM case_event WHERE id = ?",
                letter.eventId()).intoArray()).containsExactly(
                letter.channel().eventKind(), "SHA-256 " + sha);
    }

    static int executedLines(AppContext context, long debtor) {
        return context.database().dsl().fetchOne("SELECT COUNT(*) FROM worklist_decision WHERE debtor_id = ?"
                + " AND as_of = ? AND decision = 'EXECUTED'", debtor, CrashData.LETTERS_DAY).get(0, Integer.class);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
