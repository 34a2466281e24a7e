package fr.relance.domain.registered;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A letter sent by registered mail with acknowledgement of receipt (LRAR) and what is known of its journey: the
 * facts recorded that still count (a fact whose timeline event was reversed is left out by the store).
 *
 * @param deadlineDays days the letter gives the debtor to pay, counted from delivery (0: no deadline)
 * @param posting      null until the posting is recorded
 * @param delivery     null unless delivered
 * @param returned     null unless sent back
 * @param receipt      null until the scanned receipt is attached
 */
public record RegisteredLetter(long letterId, long debtorId, String letterKind, LocalDate letterDate, String subject,
                               int deadlineDays, Posting posting, Delivery delivery, Return returned,
                               Receipt receipt) {

    /**
     * La Poste presents a letter within a few days, then keeps it 15 days at the post office before sending it
     * back: with no news three weeks after posting, the controller should look up the tracking number.
     */
    public static final int OVERDUE_AFTER_DAYS = 21;

    public record Posting(long eventId, TrackingNumber trackingNumber, LocalDate postedOn) {
    }

    /** @param firstPresentedOn the first presentation (the notice left when nobody was in); the delivery day if none */
    public record Delivery(long eventId, LocalDate deliveredOn, LocalDate firstPresentedOn) {
    }

    /** @param firstPresentedOn null when the letter was never presented (address unknown) */
    public record Return(long eventId, LocalDate returnedOn, ReturnReason reason, LocalDate firstPresentedOn) {
    }

    public record Receipt(long eventId, long documentId, String fileName) {
    }

    public enum Status { NOT_POSTED, IN_TRANSIT, DELIVERED, RETURNED }

    public Status status() {
        if (posting == null) {
            return Status.NOT_POSTED;
        }
        if (delivery != null) {
            return Status.DELIVERED;
        }
        return returned != null ? Status.RETURNED : Status.IN_TRANSIT;
    }

    /** Posted long enough ago that delivery or return should be known: look it up. */
    public boolean overdue(LocalDate asOf) {
        return status() == Status.IN_TRANSIT && asOf.isAfter(posting.postedOn().plusDays(OVERDUE_AFTER_DAYS));
    }

    /** Delivered or returned, and the signed receipt (or the returned envelope) not attached yet. */
    public boolean awaitingReceipt() {
        Status status = status();
        return (status == Status.DELIVERED || status == Status.RETURNED) && receipt == null;
    }

    /** Something is left to record: posting, delivery or return, or the receipt. */
    public boolean awaitingSomething() {
        return status() != Status.DELIVERED && status() != Status.RETURNED || awaitingReceipt();
    }

    /** The day the notice reached the debtor in law: see {@link NoticeDeadline}. */
    public Optional<LocalDate> firstPresentedOn() {
        return NoticeDeadline.firstPresentation(this);
    }

    /** The last day to pay the notice gives, once it reached the debtor. */
    public Optional<LocalDate> paymentDeadline() {
        return NoticeDeadline.deadline(this);
    }
}
