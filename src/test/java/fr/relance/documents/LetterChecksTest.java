package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.documents.LetterProblem.Code;
import fr.relance.domain.Company;
import fr.relance.domain.Money;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterInvoiceLine;
import fr.relance.domain.letters.PenaltyStatement;
import fr.relance.text.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input refused before anything is drawn, each with a sentence that says what to do. */
class LetterChecksTest {

    static final String NAME = "SARL Boulangerie Dupré & Fils";
    static final String LONG_NAME = "Société Coopérative Agricole et Viticole des Producteurs Réunis des Coteaux du "
            + "Lyonnais et du Beaujolais Sud SCA (Rhône)";

    final LetterPdfRenderer renderer = new LetterPdfRenderer();

    @Test
    void theSampleLettersHaveNothingToReport() {
        assertThat(renderer.check(SampleLetters.formalNotice())).isEmpty();
        assertThat(renderer.check(SampleLetters.reminder(200))).isEmpty();
        assertThat(renderer.check(SampleLetters.planAgreement())).isEmpty();
    }

    static Stream<Arguments> refused() {
        LetterContent notice = SampleLetters.formalNotice();
        Company company = SampleLetters.company();
        byte[] png = SampleLetters.pngLogo();
        return Stream.of(
                Arguments.of("no address at all", address(), Code.ADDRESS_MISSING),
                Arguments.of("the name only", address(NAME), Code.ADDRESS_INCOMPLETE),
                Arguments.of("no postcode and city line", address(NAME, "14 avenue Jean-Jaurès"),
                        Code.ADDRESS_INCOMPLETE),
                Arguments.of("a blank line", address(NAME, "", "14 avenue Jean-Jaurès", "69007 LYON"),
                        Code.ADDRESS_BLANK_LINE),
                Arguments.of("a line over 38 characters", address(NAME,
                        "Zone industrielle des Grandes Terres Nord-Est", "69007 LYON"), Code.ADDRESS_LINE_TOO_LONG),
                Arguments.of("eight postal lines", address(NAME, "a", "b", "c", "d", "e", "f", "g", "69007 LYON"),
                        Code.ADDRESS_TOO_MANY_LINES),
                Arguments.of("a long name over a full foreign address", address(LONG_NAME, "Service comptabilité",
                        "Bâtiment C", "Entrée 2", "Rue du Marché 14", "Case postale 42", "1204 GENEVE", "SUISSE"),
                        Code.ADDRESS_DOES_NOT_FIT),
                Arguments.of("a corrupt logo", sender(withLogo(company, Arrays.copyOf(png, 120), "image/png")),
                        Code.LOGO_UNREADABLE),
                Arguments.of("a logo that is not an image", sender(withLogo(company,
                        "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/png")),
                        Code.LOGO_UNREADABLE),
                Arguments.of("a logo declared but empty", sender(withLogo(company, new byte[0], "image/png")),
                        Code.LOGO_MISSING),
                Arguments.of("no company name", sender(withName(company, " ")), Code.SENDER_NAME_MISSING),
                Arguments.of("a character the font cannot draw", (UnaryOperator<LetterContent>)
                        letter -> SampleLetters.withSubject(letter, "Mise en demeure \u50B5\u52D9"),
                        Code.UNPRINTABLE_CHARACTER),
                Arguments.of("a control character", (UnaryOperator<LetterContent>)
                        letter -> SampleLetters.withSubject(letter, "Mise en demeure\u0007"),
                        Code.UNPRINTABLE_CHARACTER),
                Arguments.of("penalty lines that do not add up", penalties(notice.penalties(), Money.of("535.29"),
                        notice.penalties().indemnities(), Money.of("10575.29")), Code.PENALTY_TOTAL_MISMATCH),
                Arguments.of("indemnities that are not 40 EUR each", penalties(notice.penalties(),
                        notice.penalties().penalties(), Money.of("80.00"), Money.of("10615.28")),
                        Code.INDEMNITY_MISMATCH),
                Arguments.of("a total claimed that is not the sum", penalties(notice.penalties(),
                        notice.penalties().penalties(), notice.penalties().indemnities(), Money.of("10535.28")),
                        Code.CLAIMED_TOTAL_MISMATCH),
                Arguments.of("a penalty table without penalties", (UnaryOperator<LetterContent>)
                        letter -> SampleLetters.withPenalties(letter, null), Code.PENALTY_TABLE_WITHOUT_STATEMENT),
                Arguments.of("an invoice whose balance is wrong", invoices(new LetterInvoiceLine("FA-1",
                        null, null, Money.of("100.00"), Money.of("30.00"), Money.of("80.00"))),
                        Code.INVOICE_LINE_INCONSISTENT),
                Arguments.of("an invoice without amount", invoices(new LetterInvoiceLine("FA-1", null, null, null,
                        null, Money.of("80.00"))), Code.INVOICE_LINE_INCOMPLETE),
                Arguments.of("an invoice table without invoices", invoices(), Code.INVOICE_TABLE_EMPTY),
                Arguments.of("a deadline before the letter", (UnaryOperator<LetterContent>) letter ->
                        new LetterContent(letter.kind(), letter.language(), letter.sender(), letter.recipient(),
                                letter.place(), letter.date(), letter.subject(), letter.reference(),
                                letter.registered(), letter.body(), letter.invoices(), letter.penalties(),
                                letter.instalments(), letter.date().minusDays(1), letter.legalMentions()),
                        Code.DEADLINE_BEFORE_DATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithAClearSentenceAndNothingDrawn(String what, UnaryOperator<LetterContent> change, Code expected) {
        LetterContent letter = change.apply(SampleLetters.formalNotice());

        List<LetterProblem> problems = renderer.check(letter);
        assertThat(problems).filteredOn(LetterProblem::blocking).extracting(LetterProblem::code).contains(expected);
        assertThatThrownBy(() -> renderer.render(letter)).isInstanceOfSatisfying(LetterRefusedException.class,
                e -> assertThat(e.problems()).extracting(LetterProblem::code).contains(expected));
        for (Locale language : List.of(Locale.FRANCE, Locale.UK)) {
            Messages messages = new Messages(language);
            for (LetterProblem problem : problems) {
                String sentence = problem.describe(messages);
                assertThat(sentence).as(problem.toString()).doesNotContain("!letter.", "{", "}").hasSizeGreaterThan(30);
            }
        }
    }

    @Test
    void aLineOver38CharactersIsNamedWithItsLength() {
        LetterContent letter = address(NAME, "Zone industrielle des Grandes Terres Nord-Est", "69007 LYON")
                .apply(SampleLetters.formalNotice());
        LetterProblem problem = renderer.check(letter).stream()
                .filter(p -> p.code() == Code.ADDRESS_LINE_TOO_LONG).findFirst().orElseThrow();
        assertThat(problem.describe(new Messages(Locale.FRANCE))).isEqualTo("La ligne 2 de l’adresse compte 45 "
                + "caractères, 38 au plus pour La Poste : « Zone industrielle des Grandes Terres Nord-Est ». "
                + "Abrégez-la dans la fiche du débiteur (ex. BD pour boulevard).");
    }

    @Test
    void anUnprintableCharacterIsShownWithItsCodeAndPlace() {
        LetterContent letter = SampleLetters.withSubject(SampleLetters.formalNotice(), "Dette \u50B5");
        LetterProblem problem = renderer.check(letter).get(0);
        assertThat(problem.field()).isEqualTo(LetterProblem.Field.SUBJECT);
        assertThat(problem.describe(new Messages(Locale.FRANCE)))
                .isEqualTo("Le caractère « \u50B5 » (U+50B5) ne peut pas être imprimé (objet) : remplacez-le ou "
                        + "supprimez-le.");
    }

    @Test
    void warningsLetTheLetterPrint() {
        Company noBank = new Company("ACME Industrie", "SAS", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        LetterContent notice = SampleLetters.formalNotice();
        LetterContent letter = new LetterContent(notice.kind(), notice.language(), noBank, notice.recipient(),
                notice.place(), notice.date(), notice.subject(), notice.reference(), false, notice.body(),
                notice.invoices(), notice.penalties(), notice.instalments(), null, notice.legalMentions());

        assertThat(renderer.check(letter)).extracting(LetterProblem::code).containsExactlyInAnyOrder(
                Code.PAYMENT_DETAILS_MISSING, Code.SIGNATORY_MISSING, Code.DEADLINE_MISSING, Code.NOT_REGISTERED);
        assertThat(renderer.check(letter)).noneMatch(LetterProblem::blocking);
        String text = Pdfs.text(renderer.render(letter));
        assertThat(text).contains("ACME Industrie", "Total réclamé").doesNotContain("IBAN", "Lettre recommandée");
    }

    @Test
    void everyProblemAndFieldHasASentenceInBothLanguages() {
        for (Locale language : List.of(Locale.FRANCE, Locale.UK)) {
            Messages messages = new Messages(language);
            for (Code code : Code.values()) {
                assertThat(messages.has(code.messageKey())).as(code.messageKey()).isTrue();
            }
            for (LetterProblem.Field field : LetterProblem.Field.values()) {
                assertThat(messages.has(field.messageKey())).as(field.messageKey()).isTrue();
            }
            for (String key : List.of(LogoFile.MISSING, LogoFile.TOO_LARGE, LogoFile.UNREADABLE,
                    "letter.batch.empty", "envelope.left.range", "envelope.top.range", "envelope.width.range",
                    "envelope.height.range")) {
                assertThat(messages.has(key)).as(key).isTrue();
            }
        }
    }

    @Test
    void theErrorMessageNamesTheLetterAndWhatToDo() {
        LetterContent letter = address(NAME).apply(SampleLetters.formalNotice());
        LetterRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(LetterRefusedException.class,
                () -> renderer.render(letter));
        assertThat(new fr.relance.text.ErrorMessages(new Messages(Locale.FRANCE)).describe(refused)).isEqualTo(
                "Le courrier DOS-2025-0042 ne peut pas être imprimé, rien n’a été enregistré. L’adresse du "
                        + "destinataire est incomplète (0 ligne(s) sous le nom) : il faut au moins la rue et la "
                        + "ligne « code postal VILLE ». Complétez la fiche du débiteur.");
        LetterRefusedException batch = new LetterRefusedException("DOS-7", refused.problems(), 3);
        assertThat(new fr.relance.text.ErrorMessages(new Messages(Locale.UK)).describe(batch))
                .startsWith("3 letters cannot be printed; nothing was saved. The first, DOS-7: The recipient’s");
    }

    private static UnaryOperator<LetterContent> address(String... lines) {
        return letter -> SampleLetters.withRecipient(letter, List.of(lines));
    }

    private static UnaryOperator<LetterContent> sender(Company company) {
        return letter -> SampleLetters.withSender(letter, company);
    }

    private static UnaryOperator<LetterContent> penalties(PenaltyStatement base, java.math.BigDecimal penalties,
                                                          java.math.BigDecimal indemnities,
                                                          java.math.BigDecimal total) {
        return letter -> SampleLetters.withPenalties(letter, new PenaltyStatement(base.lines(), penalties,
                base.indemnityCount(), indemnities, base.principal(), total));
    }

    private static UnaryOperator<LetterContent> invoices(LetterInvoiceLine... lines) {
        return letter -> new LetterContent(letter.kind(), letter.language(), letter.sender(), letter.recipient(),
                letter.place(), letter.date(), letter.subject(), letter.reference(), letter.registered(),
                letter.body(), List.of(lines), letter.penalties(), letter.instalments(), letter.paymentDeadline(),
                letter.legalMentions());
    }

    private static Company withLogo(Company c, byte[] logo, String mime) {
        return new Company(c.legalName(), c.legalForm(), c.shareCapital(), c.siren(), c.siret(), c.vatNumber(),
                c.rcsCity(), c.street(), c.addressExtra(), c.postcode(), c.city(), c.phone(), c.email(), c.iban(),
                c.bic(), c.signatoryName(), c.signatoryTitle(), logo, mime);
    }

    private static Company withName(Company c, String name) {
        return new Company(name, c.legalForm(), c.shareCapital(), c.siren(), c.siret(), c.vatNumber(),
                c.rcsCity(), c.street(), c.addressExtra(), c.postcode(), c.city(), c.phone(), c.email(), c.iban(),
                c.bic(), c.signatoryName(), c.signatoryTitle(), c.logo(), c.logoMimeType());
    }
}
