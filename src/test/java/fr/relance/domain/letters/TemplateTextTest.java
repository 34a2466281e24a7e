package fr.relance.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void anUnknownPlaceholderIsReportedWithItsLineColumnAndASuggestion() {
        String body = "Madame, Monsieur,\n\nNous attendons le règlement de {{debiteur.nmo}} depuis le {{date_courrier}}.";

        TemplateText text = TemplateText.read(TemplateText.BODY, body, LetterKind.FIRST_REMINDER);

        assertThat(text.problems()).hasSize(1);
        TemplateProblem problem = text.problems().get(0);
        assertThat(problem.messageKey()).isEqualTo(TemplateProblem.UNKNOWN);
        assertThat(problem.typed()).isEqualTo("{{debiteur.nmo}}");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(32);
        assertThat(body.substring(problem.start(), problem.end())).isEqualTo("{{debiteur.nmo}}");
        assertThat(problem.suggestion()).isEqualTo(Placeholder.DEBITEUR_NOM);
        assertThat(text.spans()).extracting(TemplateText.Span::problem).containsExactly(true, false);
    }

    @Test
    void everyProblemIsListedAtOnceInTextOrder() {
        String body = "{{inconnu}} et {{montant_du}}\n{{tableau_factures}} en ligne\n{{date_limite";

        TemplateText text = TemplateText.read(TemplateText.BODY, body, LetterKind.FIRST_REMINDER);

        assertThat(text.problems()).extracting(TemplateProblem::messageKey, TemplateProblem::line,
                        TemplateProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TemplateProblem.UNKNOWN, 1, 1),
                        org.assertj.core.groups.Tuple.tuple(TemplateProblem.UNKNOWN, 1, 16),
                        org.assertj.core.groups.Tuple.tuple(TemplateProblem.TABLE_NOT_ALONE, 2, 1),
                        org.assertj.core.groups.Tuple.tuple(TemplateProblem.UNCLOSED, 3, 1));
        assertThat(text.isValid()).isFalse();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "debiteur.nom|debiteur.nom",
            " Débiteur.Nom |debiteur.nom",
            "DEBITEUR . NOM|debiteur.nom",
            "date limite|date_limite",
            "Société.Téléphone|societe.telephone",
            "échéance_plus_ancienne|echeance_plus_ancienne"})
    void namesAreReadWithoutCaseAccentsOrSpaces(String typed, String key) {
        assertThat(PlaceholderCatalogue.find(typed)).map(Placeholder::key).contains(key);
    }

    @ParameterizedTest(name = "{1} in a {0}")
    @CsvSource(delimiter = '|', value = {
            "FIRST_REMINDER|{{tableau_penalites}}|template.problem.notForKind",
            "STATEMENT|{{date_limite}}|template.problem.notForKind",
            "FORMAL_NOTICE|{{echeancier.montant}}|template.problem.notForKind",
            "FIRST_REMINDER|{{agence.nom}}|template.problem.notForKind",
            "FIRST_REMINDER|{{}}|template.problem.empty",
            "FORMAL_NOTICE|{{tableau_penalites}}|",
            "PAYMENT_PLAN_AGREEMENT|{{tableau_echeances}}|",
            "AGENCY_HANDOVER|{{agence.nom}}|"})
    void somePlaceholdersBelongToSomeLettersOnly(LetterKind kind, String line, String expected) {
        TemplateText text = TemplateText.read(TemplateText.BODY, line, kind);

        if (expected == null) {
            assertThat(text.problems()).isEmpty();
        } else {
            assertThat(text.problems()).extracting(TemplateProblem::messageKey).containsExactly(expected);
        }
    }

    @Test
    void aTableCannotGoInTheSubjectAndABlankTextIsRefused() {
        assertThat(TemplateText.read(TemplateText.SUBJECT, "Relance {{tableau_factures}}", LetterKind.FIRST_REMINDER)
                .problems()).extracting(TemplateProblem::messageKey).contains(TemplateProblem.TABLE_IN_SUBJECT);
        assertThat(TemplateText.read(TemplateText.BODY, "  \n ", LetterKind.FIRST_REMINDER).problems())
                .extracting(TemplateProblem::messageKey).containsExactly(TemplateProblem.BLANK);
        assertThat(TemplateText.read(TemplateText.SUBJECT, "x".repeat(301), LetterKind.FIRST_REMINDER).problems())
                .extracting(TemplateProblem::messageKey).containsExactly(TemplateProblem.SUBJECT_TOO_LONG);
    }

    @Test
    void mergingMakesAParagraphPerBlockAndATableBlockWhereATableStandsAlone() {
        String body = """
                Madame, Monsieur,

                Les factures de {{debiteur.nom}} :
                  {{tableau_factures}}
                restent dues.
                SIREN : {{debiteur.siren}}


                {{tableau_penalites}}
                {{signataire.nom}}
                {{signataire.fonction}}""";
        TemplateText text = TemplateText.read(TemplateText.BODY, body, LetterKind.FORMAL_NOTICE);
        assertThat(text.problems()).isEmpty();

        var blocks = TemplateMerger.blocks(text, Map.of(Placeholder.DEBITEUR_NOM, "Dupont SARL",
                Placeholder.DEBITEUR_SIREN, "", Placeholder.SIGNATAIRE_NOM, "Claire Martin",
                Placeholder.SIGNATAIRE_FONCTION, "Responsable comptable"));

        assertThat(blocks).containsExactly(
                new LetterBlock.Paragraph("Madame, Monsieur,"),
                new LetterBlock.Paragraph("Les factures de Dupont SARL :"),
                new LetterBlock.InvoiceTable(),
                new LetterBlock.Paragraph("restent dues."),
                new LetterBlock.PenaltyTable(),
                new LetterBlock.Paragraph("Claire Martin\nResponsable comptable"));
    }

    @Test
    void theSubjectIsOneLine() {
        TemplateText subject = TemplateText.read(TemplateText.SUBJECT, "Mise en demeure – réf. {{reference}}",
                LetterKind.FORMAL_NOTICE);
        assertThat(TemplateMerger.line(subject, Map.of(Placeholder.REFERENCE, "C0042")))
                .isEqualTo("Mise en demeure – réf. C0042");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "FIRST_REMINDER|FIRST_REMINDER|B2B",
            "FIRST_REMINDER_CONSUMER|FIRST_REMINDER|CONSUMER",
            "SECOND_REMINDER|SECOND_REMINDER|B2B",
            "FORMAL_NOTICE_CONSUMER|FORMAL_NOTICE|CONSUMER",
            "AGENCY_PROPOSAL|AGENCY_HANDOVER|B2B",
            "AGENCY_PROPOSAL_CONSUMER|AGENCY_HANDOVER|CONSUMER"})
    void dunningStepCodesMapToLetters(String code, LetterKind kind, fr.relance.domain.DebtorKind debtorKind) {
        assertThat(TemplateCodes.ofStepCode(code)).contains(new TemplateCodes.StepLetter(kind, debtorKind));
        assertThat(TemplateCodes.ofStepCode(TemplateCodes.stepCodeOf(kind, debtorKind)))
                .contains(new TemplateCodes.StepLetter(kind, debtorKind));
    }

    @Test
    void phoneCallsAndLegalReviewsWriteNoLetter() {
        assertThat(TemplateCodes.ofStepCode("PHONE_CALL")).isEmpty();
        assertThat(TemplateCodes.ofStepCode("PHONE_CALL_CONSUMER")).isEmpty();
        assertThat(TemplateCodes.ofStepCode("LEGAL_REVIEW")).isEmpty();
        assertThat(TemplateCodes.ofStepCode(null)).isEmpty();
    }
}
