package fr.relance.domain.letters;

import java.util.Arrays;
import java.util.List;

/**
 * Something about the case a controller must know before a letter goes out, beyond how the page looks (the PDF
 * renderer checks the page). The sentence is the message key with the arguments, in the user's language.
 */
public record LetterWarning(Code code, List<Object> args) {

    public LetterWarning {
        args = List.copyOf(args);
    }

    public static LetterWarning of(Code code, Object... args) {
        return new LetterWarning(code, Arrays.asList(args));
    }

    public boolean blocking() {
        return code.blocking;
    }

    public String messageKey() {
        return code.messageKey;
    }

    /** What is in the way; blocking codes keep the letter from being printed or saved. */
    public enum Code {
        /**
         * Insolvency proceedings are open: dunning is forbidden (Code de commerce L622-21); the creditor declares
         * the claim to the court's representative instead. Arg: opening date.
         */
        INSOLVENCY(true, "letters.warning.insolvency"),
        /** A dunning letter to a debtor on hold. Args: last day of the hold, reason. */
        DEBTOR_ON_HOLD(true, "letters.warning.debtorOnHold"),
        /** A statement or a plan sent while the debtor is on hold: allowed, but the controller should know. */
        DEBTOR_ON_HOLD_INFO(false, "letters.warning.debtorOnHoldInfo"),
        /**
         * A consumer letter that claims the 40 EUR indemnity or collection costs: an offence (CPCE L111-8,
         * Code de commerce D441-5 applies between businesses only).
         */
        CONSUMER_FEES(true, "letters.warning.consumerFees"),
        /** A business debtor written to with the consumer variant: no penalty nor indemnity is claimed. */
        CONSUMER_VARIANT_FOR_BUSINESS(false, "letters.warning.consumerVariant"),
        /** Open invoices in dispute are left out of the letter. Arg: their numbers. */
        DISPUTED_LEFT_OUT(false, "letters.warning.disputed"),
        /** Open invoices on hold are left out of the letter. Arg: their numbers. */
        HELD_LEFT_OUT(false, "letters.warning.held");

        private final boolean blocking;
        private final String messageKey;

        Code(boolean blocking, String messageKey) {
            this.blocking = blocking;
            this.messageKey = messageKey;
        }

        public boolean blocking() {
            return blocking;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
