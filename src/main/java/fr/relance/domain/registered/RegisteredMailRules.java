package fr.relance.domain.registered;

import fr.relance.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What may be recorded of a registered letter, checked before anything is written. Each method lists every
 * problem at once, as message keys under their field.
 */
public final class RegisteredMailRules {

    public static final String DATE_REQUIRED = "registered.date.required";
    public static final String DATE_FUTURE = "registered.date.future";
    public static final String POSTED_BEFORE_LETTER = "registered.posted.beforeLetter";
    public static final String ALREADY_POSTED = "registered.posted.already";
    public static final String NOT_POSTED = "registered.notPosted";
    public static final String ALREADY_ENDED = "registered.alreadyEnded";
    public static final String BEFORE_POSTING = "registered.date.beforePosting";
    public static final String PRESENTED_AFTER = "registered.presented.afterEnd";
    public static final String PRESENTED_REQUIRED = "registered.presented.required";
    public static final String PRESENTED_NOT_APPLICABLE = "registered.presented.notApplicable";
    public static final String REASON_REQUIRED = "registered.return.reasonRequired";
    public static final String RECEIPT_ALREADY = "registered.receipt.already";
    public static final String RECEIPT_NOT_YET = "registered.receipt.notYet";

    private RegisteredMailRules() {
    }

    /** The posting: a valid tracking number, posted on or after the letter's date and not after today, once. */
    public static List<FieldProblem> posting(RegisteredLetter letter, String typedNumber, LocalDate postedOn,
                                             LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>(TrackingNumber.problems(typedNumber));
        if (letter.posting() != null) {
            problems.add(new FieldProblem("letter", ALREADY_POSTED));
        }
        if (postedOn == null) {
            problems.add(new FieldProblem("postedOn", DATE_REQUIRED));
        } else if (postedOn.isAfter(asOf)) {
            problems.add(new FieldProblem("postedOn", DATE_FUTURE));
        } else if (postedOn.isBefore(letter.letterDate())) {
            problems.add(new FieldProblem("postedOn", POSTED_BEFORE_LETTER));
        }
        return problems;
    }

    /**
     * The delivery: after the posting, not after today, the first presentation (optional) between the two; a
     * letter is delivered or returned once.
     */
    public static List<FieldProblem> delivery(RegisteredLetter letter, LocalDate deliveredOn,
                                              LocalDate firstPresentedOn, LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!journeyOpen(letter, problems)) {
            return problems;
        }
        LocalDate postedOn = letter.posting().postedOn();
        checkEndDate(problems, "deliveredOn", deliveredOn, postedOn, asOf);
        if (firstPresentedOn != null) {
            checkPresented(problems, firstPresentedOn, postedOn, deliveredOn);
        }
        return problems;
    }

    /**
     * The return: after the posting, not after today, with its reason; a letter presented (not collected,
     * refused) needs its first presentation date, one never presented (address unknown) has none.
     */
    public static List<FieldProblem> returned(RegisteredLetter letter, LocalDate returnedOn, ReturnReason reason,
                                              LocalDate firstPresentedOn, LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!journeyOpen(letter, problems)) {
            return problems;
        }
        LocalDate postedOn = letter.posting().postedOn();
        checkEndDate(problems, "returnedOn", returnedOn, postedOn, asOf);
        if (reason == null) {
            problems.add(new FieldProblem("reason", REASON_REQUIRED));
        } else if (reason.presented() && firstPresentedOn == null) {
            problems.add(new FieldProblem("firstPresentedOn", PRESENTED_REQUIRED));
        } else if (!reason.presented() && firstPresentedOn != null) {
            problems.add(new FieldProblem("firstPresentedOn", PRESENTED_NOT_APPLICABLE));
        }
        if (firstPresentedOn != null && (reason == null || reason.presented())) {
            checkPresented(problems, firstPresentedOn, postedOn, returnedOn);
        }
        return problems;
    }

    /** The receipt (or the returned envelope): once the letter is delivered or returned, one at a time. */
    public static List<FieldProblem> receipt(RegisteredLetter letter) {
        if (letter.receipt() != null) {
            return List.of(new FieldProblem("letter", RECEIPT_ALREADY));
        }
        RegisteredLetter.Status status = letter.status();
        if (status != RegisteredLetter.Status.DELIVERED && status != RegisteredLetter.Status.RETURNED) {
            return List.of(new FieldProblem("letter", RECEIPT_NOT_YET));
        }
        return List.of();
    }

    private static boolean journeyOpen(RegisteredLetter letter, List<FieldProblem> problems) {
        if (letter.posting() == null) {
            problems.add(new FieldProblem("letter", NOT_POSTED));
            return false;
        }
        if (letter.delivery() != null || letter.returned() != null) {
            problems.add(new FieldProblem("letter", ALREADY_ENDED));
            return false;
        }
        return true;
    }

    private static void checkEndDate(List<FieldProblem> problems, String field, LocalDate date, LocalDate postedOn,
                                     LocalDate asOf) {
        if (date == null) {
            problems.add(new FieldProblem(field, DATE_REQUIRED));
        } else if (date.isAfter(asOf)) {
            problems.add(new FieldProblem(field, DATE_FUTURE));
        } else if (date.isBefore(postedOn)) {
            problems.add(new FieldProblem(field, BEFORE_POSTING));
        }
    }

    private static void checkPresented(List<FieldProblem> problems, LocalDate presented, LocalDate postedOn,
                                       LocalDate end) {
        if (presented.isBefore(postedOn)) {
            problems.add(new FieldProblem("firstPresentedOn", BEFORE_POSTING));
        } else if (end != null && presented.isAfter(end)) {
            problems.add(new FieldProblem("firstPresentedOn", PRESENTED_AFTER));
        }
    }
}
