package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.DOCUMENT;
import static fr.relance.store.jooq.Tables.LETTER;
import static fr.relance.store.jooq.Tables.REGISTERED_MAIL_FACT;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.registered.RegisteredLetter;
import fr.relance.domain.registered.RegisteredMailRules;
import fr.relance.domain.registered.ReturnReason;
import fr.relance.domain.registered.TrackingNumber;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The journey of registered letters (lettres recommandées avec AR): posting with its tracking number, delivery or
 * return, the scanned receipt. Letters are evidence and never updated: each fact is a {@code registered_mail_fact}
 * row appended with its timeline event (which carries the letter's id), in one transaction, after the domain's
 * rules have been checked against the letter as it stands in that transaction. A fact counts while its event is not
 * reversed; a mistake is corrected by reversing the event on the timeline and recording the fact again.
 */
public final class RegisteredMailRepository {

    /** The channel of letters sent by registered mail (letter.channel). */
    public static final String REGISTERED = "REGISTERED";

    private static final fr.relance.store.jooq.tables.CaseEvent REVERSAL = CASE_EVENT.as("reversal");

    private final DSLContext dsl;

    public RegisteredMailRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** The debtor's registered letters, newest first, with what is known of each. */
    public List<RegisteredLetter> ofDebtor(long debtorId) {
        return letters(dsl, LETTER.DEBTOR_ID.eq(debtorId));
    }

    /** Every registered letter still waiting for its posting, delivery, return or receipt, oldest first. */
    public List<RegisteredLetter> awaiting() {
        List<RegisteredLetter> all = new ArrayList<>(letters(dsl, org.jooq.impl.DSL.trueCondition()));
        all.removeIf(letter -> !letter.awaitingSomething());
        all.sort(java.util.Comparator.comparing(RegisteredLetter::letterDate)
                .thenComparing(RegisteredLetter::letterId));
        return all;
    }

    public Optional<RegisteredLetter> find(long letterId) {
        return find(dsl, letterId);
    }

    /**
     * Records the posting of the letter with its tracking number.
     *
     * @throws InvalidInputException with every problem; nothing is written then
     */
    public RegisteredLetter recordPosting(long letterId, String typedNumber, LocalDate postedOn, LocalDate asOf,
                                          String author) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            RegisteredLetter letter = require(tx, letterId);
            InvalidInputException.refuseIfAny(RegisteredMailRules.posting(letter, typedNumber, postedOn, asOf));
            insertPosting(tx, letterId, TrackingNumber.parse(typedNumber), postedOn, author);
        });
        return find(letterId).orElseThrow();
    }

    /**
     * The posting recorded inside the caller's transaction (a letter marked as sent with the number of its label).
     * A letter already posted with the same number is left as it is.
     *
     * @throws InvalidInputException when the posting breaks a rule
     */
    static void postInside(DSLContext tx, long letterId, TrackingNumber number, LocalDate postedOn, LocalDate asOf,
                           String author) {
        RegisteredLetter letter = require(tx, letterId);
        if (letter.posting() != null && letter.posting().trackingNumber().equals(number)) {
            return;
        }
        InvalidInputException.refuseIfAny(RegisteredMailRules.posting(letter, number.value(), postedOn, asOf));
        insertPosting(tx, letterId, number, postedOn, author);
    }

    private static void insertPosting(DSLContext tx, long letterId, TrackingNumber number, LocalDate postedOn,
                                      String author) {
        long eventId = appendEvent(tx, letterId, postedOn, CaseEvent.REGISTERED_LETTER_POSTED, author,
                number.display(), null);
        tx.insertInto(REGISTERED_MAIL_FACT, REGISTERED_MAIL_FACT.LETTER_ID, REGISTERED_MAIL_FACT.EVENT_ID,
                        REGISTERED_MAIL_FACT.KIND, REGISTERED_MAIL_FACT.FACT_DATE,
                        REGISTERED_MAIL_FACT.TRACKING_NUMBER, REGISTERED_MAIL_FACT.RECORDED_BY)
                .values(letterId, eventId, Fact.POSTED.name(), postedOn, number.value(), author).execute();
    }

    /**
     * Records the delivery (the date on the signed receipt) and, when there was a notice of arrival first, the
     * first presentation.
     *
     * @throws InvalidInputException with every problem; nothing is written then
     */
    public RegisteredLetter recordDelivery(long letterId, LocalDate deliveredOn, LocalDate firstPresentedOn,
                                           LocalDate asOf, String author) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            RegisteredLetter letter = require(tx, letterId);
            InvalidInputException.refuseIfAny(RegisteredMailRules.delivery(letter, deliveredOn, firstPresentedOn,
                    asOf));
            String summary = letter.posting().trackingNumber().display()
                    + (firstPresentedOn != null && !firstPresentedOn.equals(deliveredOn)
                    ? " · " + firstPresentedOn : "");
            long eventId = appendEvent(tx, letterId, deliveredOn, CaseEvent.REGISTERED_LETTER_DELIVERED, author,
                    summary, null);
            tx.insertInto(REGISTERED_MAIL_FACT, REGISTERED_MAIL_FACT.LETTER_ID, REGISTERED_MAIL_FACT.EVENT_ID,
                            REGISTERED_MAIL_FACT.KIND, REGISTERED_MAIL_FACT.FACT_DATE,
                            REGISTERED_MAIL_FACT.FIRST_PRESENTED_ON, REGISTERED_MAIL_FACT.RECORDED_BY)
                    .values(letterId, eventId, Fact.DELIVERED.name(), deliveredOn, firstPresentedOn, author)
                    .execute();
        });
        return find(letterId).orElseThrow();
    }

    /**
     * Records the letter's return with its reason and, for a letter presented (not collected, refused), the first
     * presentation from which the notice counts.
     *
     * @throws InvalidInputException with every problem; nothing is written then
     */
    public RegisteredLetter recordReturn(long letterId, LocalDate returnedOn, ReturnReason reason,
                                         LocalDate firstPresentedOn, LocalDate asOf, String author) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            RegisteredLetter letter = require(tx, letterId);
            InvalidInputException.refuseIfAny(RegisteredMailRules.returned(letter, returnedOn, reason,
                    firstPresentedOn, asOf));
            String summary = letter.posting().trackingNumber().display() + " · " + reason.name()
                    + (firstPresentedOn != null ? " · " + firstPresentedOn : "");
            long eventId = appendEvent(tx, letterId, returnedOn, CaseEvent.REGISTERED_LETTER_RETURNED, author,
                    summary, null);
            tx.insertInto(REGISTERED_MAIL_FACT, REGISTERED_MAIL_FACT.LETTER_ID, REGISTERED_MAIL_FACT.EVENT_ID,
                            REGISTERED_MAIL_FACT.KIND, REGISTERED_MAIL_FACT.FACT_DATE,
                            REGISTERED_MAIL_FACT.FIRST_PRESENTED_ON, REGISTERED_MAIL_FACT.RETURN_REASON,
                            REGISTERED_MAIL_FACT.RECORDED_BY)
                    .values(letterId, eventId, Fact.RETURNED.name(), returnedOn, firstPresentedOn, reason.name(),
                            author)
                    .execute();
        });
        return find(letterId).orElseThrow();
    }

    /**
     * Stores the scanned receipt (or the returned envelope) as a {@link DocumentKind#REGISTERED_RECEIPT} document
     * of the debtor, linked to the letter, with its "document added" event, in one transaction. Withdrawing the
     * document (reversing that event) unlinks it.
     *
     * @throws InvalidInputException when the letter is not delivered or returned yet, already has its receipt, or
     *                               the date is wrong; nothing is written then
     * @throws DuplicateDocumentException when the debtor already has these bytes
     */
    public RegisteredLetter attachReceipt(long letterId, DocumentRepository.Content content, LocalDate receiptDate,
                                          String note, LocalDate asOf, String author,
                                          DocumentRepository.Progress progress, BooleanSupplier cancelled) {
        AttachmentDetails details = new AttachmentDetails(DocumentKind.REGISTERED_RECEIPT, receiptDate, note);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            RegisteredLetter letter = require(tx, letterId);
            List<fr.relance.domain.FieldProblem> problems = new ArrayList<>(RegisteredMailRules.receipt(letter));
            problems.addAll(details.validate(asOf));
            InvalidInputException.refuseIfAny(problems);
            DocumentRepository.Attached attached = DocumentRepository.attachInside(tx, letter.debtorId(), details,
                    content, asOf, author, progress, cancelled, letterId);
            tx.insertInto(REGISTERED_MAIL_FACT, REGISTERED_MAIL_FACT.LETTER_ID, REGISTERED_MAIL_FACT.EVENT_ID,
                            REGISTERED_MAIL_FACT.KIND, REGISTERED_MAIL_FACT.FACT_DATE,
                            REGISTERED_MAIL_FACT.DOCUMENT_ID, REGISTERED_MAIL_FACT.RECORDED_BY)
                    .values(letterId, attached.eventId(), Fact.RECEIPT.name(),
                            receiptDate != null ? receiptDate : asOf, attached.documentId(), author)
                    .execute();
        });
        return find(letterId).orElseThrow();
    }

    private enum Fact { POSTED, DELIVERED, RETURNED, RECEIPT }

    private static RegisteredLetter require(DSLContext tx, long letterId) {
        return find(tx, letterId).orElseThrow(() -> new IllegalArgumentException(
                "No registered letter " + letterId));
    }

    private static Optional<RegisteredLetter> find(DSLContext tx, long letterId) {
        return letters(tx, LETTER.ID.eq(letterId)).stream().findFirst();
    }

    private static long appendEvent(DSLContext tx, long letterId, LocalDate on, String kind, String author,
                                    String summary, Long documentId) {
        Record letter = tx.select(LETTER.DEBTOR_ID, LETTER.CASE_ID).from(LETTER).where(LETTER.ID.eq(letterId))
                .fetchSingle();
        return tx.insertInto(CASE_EVENT, CASE_EVENT.DEBTOR_ID, CASE_EVENT.CASE_ID, CASE_EVENT.OCCURRED_ON,
                        CASE_EVENT.KIND, CASE_EVENT.AUTHOR, CASE_EVENT.LETTER_ID, CASE_EVENT.DOCUMENT_ID,
                        CASE_EVENT.SUMMARY)
                .values(letter.get(LETTER.DEBTOR_ID), letter.get(LETTER.CASE_ID), on, kind, author, letterId,
                        documentId, summary)
                .returningResult(CASE_EVENT.ID).fetchOne(CASE_EVENT.ID);
    }

    private static List<RegisteredLetter> letters(DSLContext tx, org.jooq.Condition which) {
        List<Record> rows = tx.select(LETTER.ID, LETTER.DEBTOR_ID, LETTER.KIND, LETTER.LETTER_DATE, LETTER.SUBJECT,
                        LETTER.PAYMENT_DEADLINE)
                .from(LETTER).where(which.and(LETTER.CHANNEL.eq(REGISTERED)))
                .orderBy(LETTER.LETTER_DATE.desc(), LETTER.ID.desc()).fetch().stream().map(r -> (Record) r).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Facts> facts = facts(tx, rows.stream().map(r -> r.get(LETTER.ID)).toList());
        List<RegisteredLetter> letters = new ArrayList<>();
        for (Record r : rows) {
            long id = r.get(LETTER.ID);
            LocalDate date = r.get(LETTER.LETTER_DATE);
            LocalDate deadline = r.get(LETTER.PAYMENT_DEADLINE);
            int days = deadline == null ? 0 : (int) ChronoUnit.DAYS.between(date, deadline);
            Facts f = facts.getOrDefault(id, new Facts());
            letters.add(new RegisteredLetter(id, r.get(LETTER.DEBTOR_ID), r.get(LETTER.KIND), date,
                    r.get(LETTER.SUBJECT), Math.max(days, 0), f.posting, f.delivery, f.returned, f.receipt));
        }
        return letters;
    }

    /** The facts still counting (event not reversed), the latest of each kind. */
    private static Map<Long, Facts> facts(DSLContext tx, Collection<Long> letterIds) {
        Map<Long, Facts> byLetter = new HashMap<>();
        tx.select(REGISTERED_MAIL_FACT.LETTER_ID, REGISTERED_MAIL_FACT.EVENT_ID, REGISTERED_MAIL_FACT.KIND,
                        REGISTERED_MAIL_FACT.FACT_DATE, REGISTERED_MAIL_FACT.TRACKING_NUMBER,
                        REGISTERED_MAIL_FACT.FIRST_PRESENTED_ON, REGISTERED_MAIL_FACT.RETURN_REASON,
                        REGISTERED_MAIL_FACT.DOCUMENT_ID, DOCUMENT.FILE_NAME)
                .from(REGISTERED_MAIL_FACT)
                .leftJoin(REVERSAL).on(REVERSAL.REVERSES_EVENT_ID.eq(REGISTERED_MAIL_FACT.EVENT_ID))
                .leftJoin(DOCUMENT).on(DOCUMENT.ID.eq(REGISTERED_MAIL_FACT.DOCUMENT_ID))
                .where(REGISTERED_MAIL_FACT.LETTER_ID.in(letterIds).and(REVERSAL.ID.isNull()))
                .orderBy(REGISTERED_MAIL_FACT.ID)
                .forEach(r -> {
                    Facts f = byLetter.computeIfAbsent(r.value1(), id -> new Facts());
                    long eventId = r.value2();
                    LocalDate date = r.value4();
                    switch (Fact.valueOf(r.value3())) {
                        case POSTED -> f.posting = new RegisteredLetter.Posting(eventId,
                                TrackingNumber.parse(r.value5()), date);
                        case DELIVERED -> f.delivery = new RegisteredLetter.Delivery(eventId, date, r.value6());
                        case RETURNED -> f.returned = new RegisteredLetter.Return(eventId, date,
                                ReturnReason.valueOf(r.value7()), r.value6());
                        case RECEIPT -> f.receipt = new RegisteredLetter.Receipt(eventId, r.value8(), r.value9());
                    }
                });
        return byLetter;
    }

    private static final class Facts {
        RegisteredLetter.Posting posting;
        RegisteredLetter.Delivery delivery;
        RegisteredLetter.Return returned;
        RegisteredLetter.Receipt receipt;
    }
}
