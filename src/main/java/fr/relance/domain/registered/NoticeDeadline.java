package fr.relance.domain.registered;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a formal notice sent by registered letter takes effect (domain reference, section 5).
 * <ul>
 *   <li>Delivered: the deadline to pay runs from the delivery day (the date on the signed receipt).</li>
 *   <li>Returned "avisé non réclamé" or refused: the notice still counts, from its first presentation (the date
 *       of the notice of arrival or of the refusal): the deadline runs from there.</li>
 *   <li>Returned "destinataire inconnu": it never reached the debtor; no deadline runs and the notice has to be
 *       sent again.</li>
 *   <li>For a consumer, legal interest runs from the day after the first presentation (section 1): of a delivered
 *       letter, the earlier notice of arrival when there was one, else the delivery day.</li>
 * </ul>
 * Day counting as everywhere in the product: the start day is not counted, so a deadline of 8 days from a
 * delivery on the 10th ends on the 18th.
 */
public final class NoticeDeadline {

    private NoticeDeadline() {
    }

    /** The first time the letter was presented to the debtor, if it was. */
    public static Optional<LocalDate> firstPresentation(RegisteredLetter letter) {
        if (letter.delivery() != null) {
            RegisteredLetter.Delivery delivery = letter.delivery();
            return Optional.of(delivery.firstPresentedOn() != null ? delivery.firstPresentedOn()
                    : delivery.deliveredOn());
        }
        if (letter.returned() != null && letter.returned().reason().presented()) {
            return Optional.ofNullable(letter.returned().firstPresentedOn());
        }
        return Optional.empty();
    }

    /** The day the deadline starts from: delivery, or first presentation of a letter not collected or refused. */
    public static Optional<LocalDate> startsFrom(RegisteredLetter letter) {
        if (letter.delivery() != null) {
            return Optional.of(letter.delivery().deliveredOn());
        }
        return firstPresentation(letter);
    }

    /** The last day to pay; empty while not delivered, when never presented, or for a letter with no deadline. */
    public static Optional<LocalDate> deadline(RegisteredLetter letter) {
        if (letter.deadlineDays() <= 0) {
            return Optional.empty();
        }
        return startsFrom(letter).map(start -> start.plusDays(letter.deadlineDays()));
    }

    /** First day of legal interest for a consumer: the day after the first presentation. */
    public static Optional<LocalDate> consumerInterestFrom(RegisteredLetter letter) {
        return firstPresentation(letter).map(day -> day.plusDays(1));
    }
}
