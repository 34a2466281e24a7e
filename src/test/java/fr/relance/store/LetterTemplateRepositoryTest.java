package fr.relance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.LetterLanguage;
import fr.relance.domain.letters.LetterTemplate;
import fr.relance.domain.letters.Placeholder;
import fr.relance.domain.letters.TemplateKey;
import fr.relance.domain.letters.TemplateProblem;
import fr.relance.domain.letters.TemplateText;
import fr.relance.store.jooq.Tables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letter templates on a real data file: the V10 seeds, versions, never a change in place. */
class LetterTemplateRepositoryTest {

    static final TemplateKey NOTICE = new TemplateKey(LetterKind.FORMAL_NOTICE, DebtorKind.B2B, LetterLanguage.FR);

    @TempDir
    Path dir;
    Database database;
    LetterTemplateRepository templates;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        templates = new LetterTemplateRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyLetterIsSeededForBusinessesAndConsumersInFrenchAndEnglishAndReadsWithoutProblem() {
        List<LetterTemplate> current = templates.current();

        assertThat(current).hasSize(LetterKind.values().length * 2 * 2);
        assertThat(current).allSatisfy(template -> {
            assertThat(template.version()).isEqualTo(1);
            assertThat(TemplateText.read(TemplateText.SUBJECT, template.subject(), template.kind()).problems())
                    .as("subject of %s", template.key()).isEmpty();
            assertThat(TemplateText.read(TemplateText.BODY, template.body(), template.kind()).problems())
                    .as("body of %s", template.key()).isEmpty();
            assertThat(template.body()).contains(Placeholder.TABLEAU_FACTURES.written(),
                    Placeholder.SIGNATAIRE_NOM.written());
        });
        assertThat(current).extracting(LetterTemplate::key).doesNotHaveDuplicates();
    }

    @Test
    void theFormalNoticesStateWhatTheLawAsksAndConsumersAreNotChargedWhatTheyDoNotOwe() {
        String business = templates.current(NOTICE).orElseThrow().body();
        assertThat(business).contains("mise en demeure", "L441-10", "D441-5", "40 €", "{{montant_total}}",
                "{{date_limite}}", "{{tableau_penalites}}", "{{paiement.iban}}", "injonction de payer");

        String consumer = templates.current(new TemplateKey(LetterKind.FORMAL_NOTICE, DebtorKind.CONSUMER,
                LetterLanguage.FR)).orElseThrow().body();
        assertThat(consumer).contains("mise en demeure", "1344", "1231-6", "taux légal", "{{montant_total}}",
                "{{date_limite}}", "L111-8").doesNotContain("D441-5", "{{montant_indemnites}}", "40 €");

        for (LetterTemplate template : templates.current()) {
            if (template.key().debtorKind() == DebtorKind.CONSUMER) {
                assertThat(template.body()).as("consumer %s", template.key())
                        .doesNotContain("{{montant_indemnites}}", "{{nombre_indemnites}}", "L441-10 du Code",
                                "of the French Commercial Code");
            }
        }
        String english = templates.current(new TemplateKey(LetterKind.FORMAL_NOTICE, DebtorKind.B2B,
                LetterLanguage.EN)).orElseThrow().body();
        assertThat(english).contains("formal notice", "L441-10", "€40");
    }

    @Test
    void savingStoresTheNextVersionAndNeverChangesTheOldOne() {
        LetterTemplate first = templates.current(NOTICE).orElseThrow();

        LetterTemplate second = templates.saveNewVersion(NOTICE, first.title(), "Dernier avis – réf. {{reference}}",
                first.body() + "\n\nNous restons à votre disposition.");

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.title()).isEqualTo(first.title());
        assertThat(templates.current(NOTICE)).contains(second);
        assertThat(templates.byId(first.id())).contains(first);
        assertThat(templates.history(NOTICE)).extracting(LetterTemplate::version).containsExactly(2, 1);

        // Restoring is one more version with the old text
        LetterTemplate third = templates.saveNewVersion(NOTICE, first.title(), first.subject(), first.body());
        assertThat(third.version()).isEqualTo(3);
        assertThat(third.body()).isEqualTo(first.body());
        assertThat(templates.history(NOTICE)).hasSize(3);
        assertThat(templates.current()).hasSize(24).contains(third);
    }

    @Test
    void aLetterKeepsTheTextOfTheVersionItWasMadeWith() {
        LetterTemplate first = templates.current(NOTICE).orElseThrow();
        var dsl = database.dsl();
        long debtor = dsl.insertInto(Tables.DEBTOR, Tables.DEBTOR.ACCOUNT_CODE, Tables.DEBTOR.NAME, Tables.DEBTOR.KIND)
                .values("C1", "Dupont SARL", "B2B").returningResult(Tables.DEBTOR.ID).fetchOne(Tables.DEBTOR.ID);
        long caseId = dsl.insertInto(Tables.COLLECTION_CASE, Tables.COLLECTION_CASE.DEBTOR_ID,
                        Tables.COLLECTION_CASE.STAGE, Tables.COLLECTION_CASE.OPENED_ON)
                .values(debtor, "FORMAL_NOTICE", LocalDate.of(2026, 11, 1))
                .returningResult(Tables.COLLECTION_CASE.ID).fetchOne(Tables.COLLECTION_CASE.ID);
        dsl.execute("INSERT INTO letter (case_id, debtor_id, template_id, kind, channel, letter_date, subject, body,"
                + " principal, created_by) VALUES (?, ?, ?, 'FORMAL_NOTICE', 'REGISTERED', DATE '2026-11-02', "
                + "'Mise en demeure', 'texte envoyé', 100.00, 'claire')", caseId, debtor, first.id());

        templates.saveNewVersion(NOTICE, first.title(), first.subject(), "Un tout autre texte.\n\n{{tableau_factures}}");

        long usedTemplate = dsl.fetchOne("SELECT template_id FROM letter").get(0, Long.class);
        assertThat(templates.byId(usedTemplate)).contains(first);
        assertThat(templates.lettersPerVersion(NOTICE)).containsEntry(first.id(), 1).hasSize(1);
    }

    @Test
    void aTextWithProblemsIsRefusedAndNothingIsWritten() {
        LetterTemplate first = templates.current(NOTICE).orElseThrow();

        assertThatThrownBy(() -> templates.saveNewVersion(NOTICE, first.title(), "Objet {{tableau_factures}}",
                "Bonjour {{debiteur.nmo}},\n\n{{tableau_factures}}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("subject", TemplateProblem.TABLE_IN_SUBJECT),
                        new FieldProblem("body", TemplateProblem.UNKNOWN)));

        assertThat(templates.history(NOTICE)).containsExactly(first);
    }
}
