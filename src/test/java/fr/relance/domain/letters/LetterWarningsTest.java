package fr.relance.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.Company;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Money;
import fr.relance.domain.letters.LetterWarning.Code;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The case warnings of a letter about to go out, and the controller's edits of its text. */
class LetterWarningsTest {

    static final LocalDate DATE = LocalDate.of(2025, 8, 14);

    static LetterContent letter(LetterKind kind, PenaltyStatement penalties, String... paragraphs) {
        List<LetterBlock> body = new java.util.ArrayList<>();
        for (String text : paragraphs) {
            body.add(new LetterBlock.Paragraph(text));
        }
        body.add(1, new LetterBlock.InvoiceTable());
        return new LetterContent(kind, Locale.FRANCE, Company.empty(), List.of("Jeanne Petit", "8 allée des Pins",
                "33000 BORDEAUX"), "Lyon", DATE, "Relance – réf. C0002", "C0002", kind == LetterKind.FORMAL_NOTICE,
                body, List.of(), penalties, List.of(), DATE.plusDays(15), List.of());
    }

    static PenaltyStatement indemnities(int count) {
        return new PenaltyStatement(List.of(), Money.of("0.00"), count, Money.of(String.valueOf(40 * count)),
                Money.of("1000.00"), Money.of(String.valueOf(1000 + 40 * count)));
    }

    static final LetterContent PLAIN = letter(LetterKind.FORMAL_NOTICE, null, "Madame,",
            "Aucune pénalité ni indemnité forfaitaire ne vous est réclamée, et les frais de recouvrement restent à "
                    + "notre charge (article L111-8 du CPCE).");

    static Stream<Arguments> cases() {
        LetterSituation consumer = LetterSituation.clear(DebtorKind.CONSUMER);
        LetterSituation business = LetterSituation.clear(DebtorKind.B2B);
        return Stream.of(
                Arguments.of("nothing in the way", consumer, DebtorKind.CONSUMER, PLAIN, List.of()),
                Arguments.of("insolvency stops every letter", new LetterSituation(DebtorKind.B2B, DATE.minusDays(20),
                        null, null, List.of(), List.of()), DebtorKind.B2B, PLAIN, List.of(Code.INSOLVENCY)),
                Arguments.of("a hold stops a reminder", new LetterSituation(DebtorKind.B2B, null, DATE.plusDays(10),
                        "négociation", List.of(), List.of()), DebtorKind.B2B, PLAIN, List.of(Code.DEBTOR_ON_HOLD)),
                Arguments.of("a hold only warns on a statement", new LetterSituation(DebtorKind.B2B, null,
                        DATE.plusDays(10), "négociation", List.of(), List.of()), DebtorKind.B2B,
                        letter(LetterKind.STATEMENT, null, "Relevé", "Cordialement"),
                        List.of(Code.DEBTOR_ON_HOLD_INFO)),
                Arguments.of("a consumer given the business template", consumer, DebtorKind.B2B, PLAIN,
                        List.of(Code.CONSUMER_FEES)),
                Arguments.of("a consumer charged indemnities", consumer, DebtorKind.CONSUMER,
                        letter(LetterKind.FORMAL_NOTICE, indemnities(1), "Madame,", "Payez."),
                        List.of(Code.CONSUMER_FEES)),
                Arguments.of("a consumer letter citing D441-5", consumer, DebtorKind.CONSUMER,
                        letter(LetterKind.SECOND_REMINDER, null, "Madame,",
                                "Une indemnité est due (article D441-5 du Code de commerce)."),
                        List.of(Code.CONSUMER_FEES)),
                Arguments.of("a consumer letter claiming 40 € typed by hand", consumer, DebtorKind.CONSUMER,
                        letter(LetterKind.FIRST_REMINDER, null, "Madame,",
                                "S’y ajoute une indemnité de recouvrement de 40 € par facture."),
                        List.of(Code.CONSUMER_FEES)),
                Arguments.of("a business may be charged", business, DebtorKind.B2B,
                        letter(LetterKind.FORMAL_NOTICE, indemnities(2), "Madame,", "article D441-5"), List.of()),
                Arguments.of("a business given the consumer template", business, DebtorKind.CONSUMER, PLAIN,
                        List.of(Code.CONSUMER_VARIANT_FOR_BUSINESS)),
                Arguments.of("disputed and held invoices left out", new LetterSituation(DebtorKind.B2B, null, null,
                        null, List.of("F-1", "F-2"), List.of("F-3")), DebtorKind.B2B, PLAIN,
                        List.of(Code.DISPUTED_LEFT_OUT, Code.HELD_LEFT_OUT)),
                Arguments.of("a statement lists disputed invoices anyway", new LetterSituation(DebtorKind.B2B, null,
                        null, null, List.of("F-1"), List.of()), DebtorKind.B2B,
                        letter(LetterKind.STATEMENT, null, "Relevé", "Cordialement"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void warns(String name, LetterSituation situation, DebtorKind variant, LetterContent letter, List<Code> expected) {
        assertThat(LetterWarnings.of(situation, variant, letter)).extracting(LetterWarning::code)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void insolvencyHoldsAndConsumerFeesBlockTheOthersOnlyWarn() {
        assertThat(Stream.of(Code.values()).filter(Code::blocking))
                .containsExactly(Code.INSOLVENCY, Code.DEBTOR_ON_HOLD, Code.CONSUMER_FEES);
        LetterWarning insolvency = LetterWarnings.of(new LetterSituation(DebtorKind.B2B, DATE, null, null, List.of(),
                List.of()), DebtorKind.B2B, PLAIN).get(0);
        assertThat(insolvency.args()).containsExactly(DATE);
        assertThat(insolvency.messageKey()).isEqualTo("letters.warning.insolvency");
    }

    @Test
    void editsReplaceTheParagraphsAndKeepTheTablesWhereTheyAre() {
        LetterContent edited = LetterEdits.apply(PLAIN, " Objet modifié ", "REF-9", List.of("Chère Madame,", "  "));

        assertThat(edited.subject()).isEqualTo("Objet modifié");
        assertThat(edited.reference()).isEqualTo("REF-9");
        assertThat(edited.body()).containsExactly(new LetterBlock.Paragraph("Chère Madame,"),
                new LetterBlock.InvoiceTable());
        assertThat(LetterEdits.paragraphs(PLAIN)).hasSize(2);
        assertThat(edited.recipient()).isEqualTo(PLAIN.recipient());
        assertThatThrownBy(() -> LetterEdits.apply(PLAIN, "s", "r", List.of("one")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
