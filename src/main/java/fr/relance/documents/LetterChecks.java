package fr.relance.documents;

import fr.relance.documents.Faces.FontPair;
import fr.relance.documents.LetterProblem.Code;
import fr.relance.documents.LetterProblem.Field;
import fr.relance.domain.Company;
import fr.relance.domain.LatePenaltyCalculator;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.letters.LetterBlock;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterInvoiceLine;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.PenaltyStatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What is wrong with a letter before it is printed (see {@link LetterProblem.Code}): the address against NF Z10-011
 * and the envelope window, the logo, characters the font cannot draw, and the arithmetic of the tables, so that a
 * letter never goes out with a table that does not add up.
 */
final class LetterChecks {

    /** Six lines in France, seven abroad (the country last), below the name. */
    static final int MAX_POSTAL_LINES = 7;

    private final FontPair fonts;
    private final EnvelopeLayout envelope;
    private final LogoImages logos;

    LetterChecks(FontPair fonts, EnvelopeLayout envelope, LogoImages logos) {
        this.fonts = fonts;
        this.envelope = envelope;
        this.logos = logos;
    }

    List<LetterProblem> check(LetterContent letter) {
        List<LetterProblem> problems = new ArrayList<>();
        Company sender = letter.sender() == null ? Company.empty() : letter.sender();
        if (blank(sender.legalName())) {
            problems.add(LetterProblem.of(Code.SENDER_NAME_MISSING, Field.SENDER));
        }
        checkLogo(sender, problems);
        if (letter.date() == null) {
            problems.add(LetterProblem.of(Code.DATE_MISSING, Field.DATE));
        }
        checkAddress(letter.recipient(), problems);
        checkCharacters(letter, sender, problems);
        checkTables(letter, problems);
        checkDeadline(letter, problems);
        if (blank(sender.iban()) && letter.kind() != LetterKind.AGENCY_HANDOVER) {
            problems.add(LetterProblem.of(Code.PAYMENT_DETAILS_MISSING, Field.PAYMENT));
        }
        if (blank(sender.signatoryName())) {
            problems.add(LetterProblem.of(Code.SIGNATORY_MISSING, Field.SIGNATURE));
        }
        return problems;
    }

    private void checkLogo(Company sender, List<LetterProblem> problems) {
        byte[] logo = sender.logo();
        if (logo != null && logo.length > 0) {
            if (logos.decode(logo) == null) {
                problems.add(LetterProblem.of(Code.LOGO_UNREADABLE, Field.LOGO));
            }
        } else if (!blank(sender.logoMimeType())) {
            problems.add(LetterProblem.of(Code.LOGO_MISSING, Field.LOGO));
        }
    }

    private void checkAddress(List<String> recipient, List<LetterProblem> problems) {
        if (recipient.isEmpty() || recipient.stream().allMatch(LetterChecks::blank)) {
            problems.add(LetterProblem.of(Code.ADDRESS_MISSING, Field.RECIPIENT));
            return;
        }
        int last = recipient.size() - 1;
        while (blank(recipient.get(last))) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            if (blank(recipient.get(i))) {
                problems.add(LetterProblem.of(Code.ADDRESS_BLANK_LINE, Field.RECIPIENT, i + 1));
            }
        }
        List<String> lines = recipient.subList(0, last + 1).stream().filter(line -> !blank(line)).toList();
        int postal = lines.size() - 1;
        if (postal < 2) {
            problems.add(LetterProblem.of(Code.ADDRESS_INCOMPLETE, Field.RECIPIENT, postal));
        }
        if (postal > MAX_POSTAL_LINES) {
            problems.add(LetterProblem.of(Code.ADDRESS_TOO_MANY_LINES, Field.RECIPIENT, postal, MAX_POSTAL_LINES));
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = TextLines.clean(lines.get(i)).strip();
            int length = line.codePointCount(0, line.length());
            if (length > PostalAddress.MAX_LINE_LENGTH) {
                problems.add(LetterProblem.of(Code.ADDRESS_LINE_TOO_LONG, Field.RECIPIENT, i + 1, length,
                        PostalAddress.MAX_LINE_LENGTH, line));
            }
        }
        List<AddressBlock.Line> printed = AddressBlock.lines(lines, fonts, envelope);
        long nameLines = printed.stream().filter(AddressBlock.Line::bold).count();
        String name = TextLines.clean(lines.get(0)).strip();
        if (nameLines > 1) {
            problems.add(LetterProblem.of(Code.ADDRESS_NAME_WRAPPED, Field.RECIPIENT,
                    name.codePointCount(0, name.length()), (int) nameLines));
        }
        int capacity = AddressBlock.capacity(envelope, fonts);
        if (printed.size() > capacity) {
            problems.add(LetterProblem.of(Code.ADDRESS_DOES_NOT_FIT, Field.RECIPIENT, printed.size(), capacity));
        }
    }

    private void checkCharacters(LetterContent letter, Company sender, List<LetterProblem> problems) {
        scan(problems, Field.SENDER, sender.legalName(), sender.legalForm(), sender.siren(), sender.siret(),
                sender.vatNumber(), sender.rcsCity(), sender.street(), sender.addressExtra(), sender.postcode(),
                sender.city(), sender.phone(), sender.email());
        scan(problems, Field.PAYMENT, sender.iban(), sender.bic());
        scan(problems, Field.SIGNATURE, sender.signatoryName(), sender.signatoryTitle());
        scan(problems, Field.RECIPIENT, letter.recipient().toArray(new String[0]));
        scan(problems, Field.PLACE, letter.place());
        scan(problems, Field.SUBJECT, letter.subject());
        scan(problems, Field.REFERENCE, letter.reference());
        scan(problems, Field.BODY, letter.body().stream()
                .filter(LetterBlock.Paragraph.class::isInstance)
                .map(block -> ((LetterBlock.Paragraph) block).text()).toArray(String[]::new));
        scan(problems, Field.INVOICES, letter.invoices().stream().map(LetterInvoiceLine::number)
                .toArray(String[]::new));
        if (letter.penalties() != null) {
            scan(problems, Field.PENALTIES, letter.penalties().lines().stream()
                    .map(PenaltyStatement.Line::invoiceNumber).toArray(String[]::new));
        }
        scan(problems, Field.LEGAL_MENTIONS, letter.legalMentions().toArray(new String[0]));
    }

    private void scan(List<LetterProblem> problems, Field field, String... texts) {
        Set<Integer> reported = new LinkedHashSet<>();
        for (String text : texts) {
            TextLines.clean(text).codePoints()
                    .filter(c -> c != '\n' && !fonts.canDisplay(c))
                    .forEach(reported::add);
        }
        for (int c : reported) {
            String shown = Character.isISOControl(c) ? "" : new String(Character.toChars(c));
            problems.add(LetterProblem.of(Code.UNPRINTABLE_CHARACTER, field, shown,
                    String.format(Locale.ROOT, "U+%04X", c)));
        }
    }

    private void checkTables(LetterContent letter, List<LetterProblem> problems) {
        boolean invoiceTable = letter.body().stream().anyMatch(LetterBlock.InvoiceTable.class::isInstance);
        boolean penaltyTable = letter.body().stream().anyMatch(LetterBlock.PenaltyTable.class::isInstance);
        boolean instalmentTable = letter.body().stream().anyMatch(LetterBlock.InstalmentTable.class::isInstance);
        if (invoiceTable && letter.invoices().isEmpty()) {
            problems.add(LetterProblem.of(Code.INVOICE_TABLE_EMPTY, Field.INVOICES));
        }
        for (int i = 0; i < letter.invoices().size(); i++) {
            LetterInvoiceLine line = letter.invoices().get(i);
            if (blank(line.number()) || line.amount() == null || line.balance() == null) {
                problems.add(LetterProblem.of(Code.INVOICE_LINE_INCOMPLETE, Field.INVOICES, i + 1));
            } else if (line.amount().subtract(orZero(line.paid())).compareTo(line.balance()) != 0) {
                problems.add(LetterProblem.of(Code.INVOICE_LINE_INCONSISTENT, Field.INVOICES, line.number(),
                        line.amount(), orZero(line.paid()), line.balance()));
            }
        }
        PenaltyStatement penalties = letter.penalties();
        if (penaltyTable && penalties == null) {
            problems.add(LetterProblem.of(Code.PENALTY_TABLE_WITHOUT_STATEMENT, Field.PENALTIES));
        }
        if (penalties != null) {
            BigDecimal sum = penalties.lines().stream().map(line -> line.slice().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(orZero(penalties.penalties())) != 0) {
                problems.add(LetterProblem.of(Code.PENALTY_TOTAL_MISMATCH, Field.PENALTIES, sum,
                        orZero(penalties.penalties())));
            }
            BigDecimal indemnities = LatePenaltyCalculator.RECOVERY_INDEMNITY
                    .multiply(BigDecimal.valueOf(penalties.indemnityCount()));
            if (indemnities.compareTo(orZero(penalties.indemnities())) != 0) {
                problems.add(LetterProblem.of(Code.INDEMNITY_MISMATCH, Field.PENALTIES, penalties.indemnityCount(),
                        indemnities, orZero(penalties.indemnities())));
            }
            BigDecimal claimed = orZero(penalties.principal()).add(orZero(penalties.penalties()))
                    .add(orZero(penalties.indemnities()));
            if (claimed.compareTo(orZero(penalties.totalClaimed())) != 0) {
                problems.add(LetterProblem.of(Code.CLAIMED_TOTAL_MISMATCH, Field.PENALTIES, claimed,
                        orZero(penalties.totalClaimed())));
            }
        }
        if (instalmentTable && letter.instalments().isEmpty()) {
            problems.add(LetterProblem.of(Code.INSTALMENT_TABLE_EMPTY, Field.INSTALMENTS));
        }
    }

    private static void checkDeadline(LetterContent letter, List<LetterProblem> problems) {
        if (letter.paymentDeadline() != null && letter.date() != null
                && letter.paymentDeadline().isBefore(letter.date())) {
            problems.add(LetterProblem.of(Code.DEADLINE_BEFORE_DATE, Field.DEADLINE, letter.paymentDeadline(),
                    letter.date()));
        }
        if (letter.kind() == LetterKind.FORMAL_NOTICE) {
            if (letter.paymentDeadline() == null) {
                problems.add(LetterProblem.of(Code.DEADLINE_MISSING, Field.DEADLINE));
            }
            if (!letter.registered()) {
                problems.add(LetterProblem.of(Code.NOT_REGISTERED, Field.REGISTERED));
            }
        }
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
