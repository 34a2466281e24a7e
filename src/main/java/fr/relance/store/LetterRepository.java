package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DOCUMENT;
import static fr.relance.store.jooq.Tables.LETTER;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.letters.LetterBodyText;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.LetterTemplate;
import fr.relance.domain.letters.SentLetter;
import fr.relance.text.Messages;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/**
 * Letters kept as evidence: each printed or e-mailed letter is one {@code letter} row (the text and amounts as
 * sent), its exact PDF stored as a document of kind LETTER with its SHA-256, and a timeline event (LETTER_PRINTED,
 * or EMAIL_SENT) naming both, written in one transaction. Rows are never updated: registered-mail tracking lives in
 * its own table. Reading a letter's PDF back checks its SHA-256 first.
 */
public final class LetterRepository {

    static final int FILE_NAME_MAX = 200;

    private final DSLContext dsl;
    private final DocumentRepository documents;

    public LetterRepository(Database database) {
        this.dsl = database.dsl();
        this.documents = new DocumentRepository(database);
    }

    /**
     * Records a letter sent to the debtor, in one transaction: opens the debtor's case when none is open, stores the
     * PDF (document of kind LETTER), the letter row and its timeline event with the SHA-256 in its details. The same
     * bytes already recorded for this debtor return that letter and write nothing (a double click, a batch run
     * twice).
     *
     * @param template the template version the letter was made from; null, or one not stored (id 0), for none
     * @param on       the day it was printed or sent: the event's date
     */
    public SentLetter record(long debtorId, LetterContent content, LetterTemplate template, byte[] pdf,
                             LetterChannel channel, LocalDate on, String author) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(on, "on");
        if (pdf.length == 0) {
            throw new IllegalArgumentException("An empty PDF is no letter");
        }
        long id = dsl.transactionResult(cfg -> record(cfg.dsl(), debtorId, content, template, pdf, channel, on,
                author));
        return find(id).orElseThrow();
    }

    /**
     * Records the letter and the worklist line it answers in one transaction: the line's execution first (it opens
     * or raises the case as the worklist does; a repeated execution records nothing), then the letter in that case.
     * A failure of either writes neither.
     */
    public SentLetter record(long debtorId, LetterContent content, LetterTemplate template, byte[] pdf,
                             LetterChannel channel, LocalDate on, String author, DunningJournal.Execution line) {
        Objects.requireNonNull(line, "line");
        if (line.debtorId() != debtorId) {
            throw new IllegalArgumentException("The worklist line is another debtor's");
        }
        if (pdf.length == 0) {
            throw new IllegalArgumentException("An empty PDF is no letter");
        }
        long id = dsl.transactionResult(cfg -> {
            DunningJournal.execute(cfg.dsl(), line);
            return record(cfg.dsl(), debtorId, content, template, pdf, channel, on, author);
        });
        return find(id).orElseThrow();
    }

    /**
     * {@link #record(long, LetterContent, LetterTemplate, byte[], LetterChannel, LocalDate, String,
     * DunningJournal.Execution)} for a registered letter posted on {@code on} with the tracking number given: the
     * line, the letter and its posting in one transaction. A letter already recorded and posted with that number
     * writes nothing more.
     *
     * @throws fr.relance.domain.InvalidInputException when the posting breaks a rule; nothing is written then
     */
    public SentLetter record(long debtorId, LetterContent content, LetterTemplate template, byte[] pdf,
                             LetterChannel channel, LocalDate on, String author, DunningJournal.Execution line,
                             fr.relance.domain.registered.TrackingNumber posted) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(posted, "posted");
        if (line.debtorId() != debtorId) {
            throw new IllegalArgumentException("The worklist line is another debtor's");
        }
        if (channel != LetterChannel.REGISTERED) {
            throw new IllegalArgumentException("Only a registered letter is posted with a tracking number");
        }
        if (pdf.length == 0) {
            throw new IllegalArgumentException("An empty PDF is no letter");
        }
        long id = dsl.transactionResult(cfg -> {
            DunningJournal.execute(cfg.dsl(), line);
            long letterId = record(cfg.dsl(), debtorId, content, template, pdf, channel, on, author);
            RegisteredMailRepository.postInside(cfg.dsl(), letterId, posted, on, on, author);
            return letterId;
        });
        return find(id).orElseThrow();
    }

    /**
     * {@link #record} inside the caller's transaction (a letter marked as sent together with its worklist line).
     *
     * @return the letter's id (the existing one when these bytes are already recorded for the debtor)
     */
    static long record(DSLContext tx, long debtorId, LetterContent content, LetterTemplate template, byte[] pdf,
                       LetterChannel channel, LocalDate on, String author) {
        String sha256 = sha256(pdf);
        Optional<Long> existing = tx.select(LETTER.ID).from(LETTER)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(LETTER.PDF_DOCUMENT_ID))
                .where(LETTER.DEBTOR_ID.eq(debtorId).and(DOCUMENT.SHA256.eq(sha256)))
                .orderBy(LETTER.ID).limit(1).fetchOptional(LETTER.ID);
        if (existing.isPresent()) {
            return existing.get();
        }
        long caseId = openCase(tx, debtorId, on, author);
        LocalDate letterDate = content.date() != null ? content.date() : on;
        String fileName = fileName(letterDate, content);
        long documentId = DocumentRepository.insertGenerated(tx, debtorId, caseId, DocumentKind.LETTER, letterDate,
                new DocumentRepository.Content(fileName, "application/pdf", pdf.length,
                        () -> new ByteArrayInputStream(pdf)), author);
        LetterKind kind = content.kind() != null ? content.kind() : Objects.requireNonNull(template, "kind").kind();
        Long templateId = template == null || template.id() == 0 ? null : template.id();
        long letterId = tx.insertInto(LETTER, LETTER.CASE_ID, LETTER.DEBTOR_ID, LETTER.TEMPLATE_ID, LETTER.KIND,
                        LETTER.CHANNEL, LETTER.LETTER_DATE, LETTER.SUBJECT, LETTER.BODY, LETTER.PRINCIPAL,
                        LETTER.PENALTIES, LETTER.INDEMNITIES, LETTER.PAYMENT_DEADLINE, LETTER.PDF_DOCUMENT_ID,
                        LETTER.CREATED_BY)
                .values(caseId, debtorId, templateId, kind.name(), channel.name(), letterDate,
                        subject(content), LetterBodyText.of(content), LetterBodyText.principal(content),
                        LetterBodyText.penalties(content), LetterBodyText.indemnities(content),
                        content.paymentDeadline(), documentId, author)
                .returningResult(LETTER.ID).fetchOne(LETTER.ID);
        tx.insertInto(CASE_EVENT, CASE_EVENT.DEBTOR_ID, CASE_EVENT.CASE_ID, CASE_EVENT.OCCURRED_ON, CASE_EVENT.KIND,
                        CASE_EVENT.AUTHOR, CASE_EVENT.AMOUNT, CASE_EVENT.LETTER_ID, CASE_EVENT.DOCUMENT_ID,
                        CASE_EVENT.SUMMARY, CASE_EVENT.DETAILS)
                .values(debtorId, caseId, on, channel.eventKind(), author,
                        LetterBodyText.principal(content).add(LetterBodyText.penalties(content))
                                .add(LetterBodyText.indemnities(content)),
                        letterId, documentId, summary(kind, channel, fileName), "SHA-256 " + sha256)
                .execute();
        return letterId;
    }

    /** The debtor's letters, newest first. */
    public List<SentLetter> ofDebtor(long debtorId) {
        return select(dsl).where(LETTER.DEBTOR_ID.eq(debtorId))
                .orderBy(LETTER.LETTER_DATE.desc(), LETTER.ID.desc())
                .fetch(LetterRepository::toLetter);
    }

    public Optional<SentLetter> find(long letterId) {
        return select(dsl).where(LETTER.ID.eq(letterId)).fetchOptional(LetterRepository::toLetter);
    }

    /**
     * The letter's PDF exactly as it was sent: a reprint gives the identical file.
     *
     * @throws IllegalArgumentException   when there is no such letter
     * @throws LetterIntegrityException when the stored bytes no longer hash to the recorded SHA-256
     */
    public byte[] pdf(long letterId) {
        SentLetter letter = find(letterId).orElseThrow(() -> new IllegalArgumentException("No letter " + letterId));
        byte[] bytes;
        try {
            bytes = documents.read(letter.documentId(), in -> in.readAllBytes());
        } catch (DocumentTamperedException e) {
            throw new LetterIntegrityException(letterId, letter.sha256(), e.actual());
        }
        String actual = sha256(bytes);
        if (!actual.equals(letter.sha256())) {
            throw new LetterIntegrityException(letterId, letter.sha256(), actual);
        }
        return bytes;
    }

    /** The name the letter's PDF was stored under ("2026-11-23 Mise en demeure - DUPONT SARL.pdf"). */
    public String fileName(SentLetter letter) {
        return documents.find(letter.documentId()).map(d -> d.fileName()).orElse("letter-" + letter.id() + ".pdf");
    }

    /** The debtor's open case, opened amicable today (with its stage event) when there is none. */
    private static long openCase(DSLContext tx, long debtorId, LocalDate on, String author) {
        Long open = DunningJournal.openCaseId(tx, debtorId);
        if (open != null) {
            return open;
        }
        long caseId = tx.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                        COLLECTION_CASE.OPENED_ON).values(debtorId, CaseStage.AMICABLE.name(), on)
                .returningResult(COLLECTION_CASE.ID).fetchOne(COLLECTION_CASE.ID);
        TimelineRepository.append(tx, CaseEvent.of(debtorId, caseId, on, CaseEvent.STAGE_CHANGED, author, null, null,
                "→ " + CaseStage.AMICABLE.name()));
        return caseId;
    }

    /** "2026-11-23 Mise en demeure - DUPONT SARL.pdf", in the letter's language, safe on every file system. */
    static String fileName(LocalDate date, LetterContent content) {
        Locale locale = content.language() != null ? content.language() : Locale.FRANCE;
        String kind = content.kind() == null ? "" : new Messages(locale).get("letter.kind." + content.kind().name());
        String debtor = content.recipient().isEmpty() ? "" : content.recipient().get(0);
        String name = (date + " " + kind + " - " + debtor.toUpperCase(locale))
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > FILE_NAME_MAX) {
            name = name.substring(0, FILE_NAME_MAX).strip();
        }
        return name + ".pdf";
    }

    private static String subject(LetterContent content) {
        String subject = content.subject() == null ? "" : content.subject().strip();
        return subject.length() <= 300 ? subject : subject.substring(0, 300);
    }

    /** "FORMAL_NOTICE · REGISTERED · file name": codes stay codes, the timeline words them. */
    private static String summary(LetterKind kind, LetterChannel channel, String fileName) {
        return kind.name() + " · " + channel.name() + " · " + fileName;
    }

    private static SelectOnConditionStep<? extends Record> select(DSLContext tx) {
        Condition sentEvent = CASE_EVENT.LETTER_ID.eq(LETTER.ID)
                .and(CASE_EVENT.KIND.in(CaseEvent.LETTER_PRINTED, CaseEvent.EMAIL_SENT))
                .and(CASE_EVENT.REVERSES_EVENT_ID.isNull());
        return tx.select(LETTER.ID, LETTER.CASE_ID, LETTER.DEBTOR_ID, LETTER.TEMPLATE_ID, LETTER.KIND, LETTER.CHANNEL,
                        LETTER.LETTER_DATE, LETTER.SUBJECT, LETTER.PRINCIPAL, LETTER.PENALTIES, LETTER.INDEMNITIES,
                        LETTER.PAYMENT_DEADLINE, LETTER.PDF_DOCUMENT_ID, DOCUMENT.SHA256, LETTER.CREATED_BY,
                        DSL.field(DSL.select(DSL.min(CASE_EVENT.ID)).from(CASE_EVENT).where(sentEvent))
                                .as("event_id"))
                .from(LETTER)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(LETTER.PDF_DOCUMENT_ID));
    }

    private static SentLetter toLetter(Record r) {
        Long eventId = r.get("event_id", Long.class);
        return new SentLetter(r.get(LETTER.ID), r.get(LETTER.CASE_ID), r.get(LETTER.DEBTOR_ID),
                r.get(LETTER.TEMPLATE_ID), LetterKind.valueOf(r.get(LETTER.KIND)),
                LetterChannel.valueOf(r.get(LETTER.CHANNEL)), r.get(LETTER.LETTER_DATE), r.get(LETTER.SUBJECT),
                r.get(LETTER.PRINCIPAL), r.get(LETTER.PENALTIES), r.get(LETTER.INDEMNITIES),
                r.get(LETTER.PAYMENT_DEADLINE), r.get(LETTER.PDF_DOCUMENT_ID), r.get(DOCUMENT.SHA256),
                eventId == null ? 0 : eventId, r.get(LETTER.CREATED_BY));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
