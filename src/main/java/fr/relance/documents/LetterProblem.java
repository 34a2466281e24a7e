package fr.relance.documents;

import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Something wrong with a letter, found before it is printed: the composer shows the list, and the renderer refuses
 * to draw a letter with a {@link Severity#BLOCKING} one. The sentence is the message key with the arguments.
 */
public record LetterProblem(Code code, Field field, List<Object> args) {

    public LetterProblem {
        args = List.copyOf(args);
    }

    public static LetterProblem of(Code code, Field field, Object... args) {
        return new LetterProblem(code, field, Arrays.asList(args));
    }

    /** The sentence in the user's language: what is wrong and what to do. */
    public String describe(Messages messages) {
        Formats formats = new Formats(messages.locale());
        List<Object> values = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof BigDecimal amount) {
                values.add(formats.money(amount));
            } else if (arg instanceof LocalDate date) {
                values.add(formats.date(date));
            } else {
                values.add(arg);
            }
        }
        if (code == Code.UNPRINTABLE_CHARACTER) {
            values.add(messages.get(field.messageKey()));
        }
        return messages.get(code.messageKey(), values.toArray());
    }

    public Severity severity() {
        return code.severity;
    }

    public boolean blocking() {
        return code.severity == Severity.BLOCKING;
    }

    public String messageKey() {
        return code.messageKey();
    }

    /** The part of the letter the problem is in, so the composer can point at it. */
    public enum Field {
        SENDER, LOGO, RECIPIENT, PLACE, DATE, SUBJECT, REFERENCE, BODY, INVOICES, PENALTIES, INSTALMENTS, DEADLINE,
        PAYMENT, SIGNATURE, LEGAL_MENTIONS, REGISTERED;

        public String messageKey() {
            return "letter.field." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }

    /** Whether the letter can still be printed. */
    public enum Severity {
        /** The letter cannot be printed until this is fixed. */
        BLOCKING,
        /** Printable, but the controller should look. */
        WARNING
    }

    /** What is wrong; the message key is {@code letter.problem.} and the camel-cased name. */
    public enum Code {
        /** The creditor has no legal name: the letter would not say who writes. */
        SENDER_NAME_MISSING(Severity.BLOCKING),
        /** No address block at all. */
        ADDRESS_MISSING(Severity.BLOCKING),
        /** A name and fewer than two postal lines: no street or no postcode and city. Arg: lines found. */
        ADDRESS_INCOMPLETE(Severity.BLOCKING),
        /** NF Z10-011 forbids blank lines. Arg: line number. */
        ADDRESS_BLANK_LINE(Severity.BLOCKING),
        /** A postal line over 38 characters. Args: line number, length, maximum, the line. */
        ADDRESS_LINE_TOO_LONG(Severity.BLOCKING),
        /** More than 7 postal lines (6 in France, 7 abroad). Args: lines, maximum. */
        ADDRESS_TOO_MANY_LINES(Severity.BLOCKING),
        /** The debtor's name is printed on several lines of the window. Args: characters, lines. */
        ADDRESS_NAME_WRAPPED(Severity.WARNING),
        /** The wrapped block is taller than the envelope window. Args: lines needed, lines the window holds. */
        ADDRESS_DOES_NOT_FIT(Severity.BLOCKING),
        /** A logo is declared (its type is known) but has no content. */
        LOGO_MISSING(Severity.BLOCKING),
        /** The logo's bytes are not a PNG, JPEG, GIF or BMP image that can be read. */
        LOGO_UNREADABLE(Severity.BLOCKING),
        /** The letter has no date. */
        DATE_MISSING(Severity.BLOCKING),
        /** A character the embedded font cannot draw. Args: the character, its code (U+XXXX); the field says where. */
        UNPRINTABLE_CHARACTER(Severity.BLOCKING),
        /** The body places the invoice table but the letter lists no invoice. */
        INVOICE_TABLE_EMPTY(Severity.BLOCKING),
        /** An invoice line without number, amount or balance. Arg: line number. */
        INVOICE_LINE_INCOMPLETE(Severity.BLOCKING),
        /** Amount - paid differs from the balance. Args: invoice number, amount, paid, balance. */
        INVOICE_LINE_INCONSISTENT(Severity.BLOCKING),
        /** The body places the penalty table but the letter claims no penalty. */
        PENALTY_TABLE_WITHOUT_STATEMENT(Severity.BLOCKING),
        /** The penalty total is not the sum of the printed lines. Args: sum of the lines, total. */
        PENALTY_TOTAL_MISMATCH(Severity.BLOCKING),
        /** The indemnities are not 40 EUR per invoice bearing one. Args: count, expected, printed. */
        INDEMNITY_MISMATCH(Severity.BLOCKING),
        /** Total claimed differs from principal + penalties + indemnities. Args: expected, printed. */
        CLAIMED_TOTAL_MISMATCH(Severity.BLOCKING),
        /** The body places the instalment table but the plan has no instalment. */
        INSTALMENT_TABLE_EMPTY(Severity.BLOCKING),
        /** The payment deadline falls before the letter's date. Args: deadline, date. */
        DEADLINE_BEFORE_DATE(Severity.BLOCKING),
        /** A formal notice sets no deadline to pay. */
        DEADLINE_MISSING(Severity.WARNING),
        /** A formal notice not marked as a registered letter. */
        NOT_REGISTERED(Severity.WARNING),
        /** No IBAN: the letter asks for money without saying where to send it. */
        PAYMENT_DETAILS_MISSING(Severity.WARNING),
        /** Nobody signs. */
        SIGNATORY_MISSING(Severity.WARNING);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }

        public String messageKey() {
            StringBuilder key = new StringBuilder("letter.problem.");
            boolean upper = false;
            for (char c : name().toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    key.append(upper ? c : Character.toLowerCase(c));
                    upper = false;
                }
            }
            return key.toString();
        }
    }
}
