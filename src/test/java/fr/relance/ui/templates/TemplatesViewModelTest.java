package fr.relance.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.LetterLanguage;
import fr.relance.domain.letters.LetterTemplate;
import fr.relance.domain.letters.Placeholder;
import fr.relance.domain.letters.TemplateKey;
import fr.relance.domain.letters.TemplateProblem;
import fr.relance.store.Database;
import fr.relance.store.LetterTemplateRepository;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template editor's view-model on a real data file, without a window. */
class TemplatesViewModelTest {

    static final TemplateKey FIRST = new TemplateKey(LetterKind.FIRST_REMINDER, DebtorKind.B2B, LetterLanguage.FR);

    @TempDir
    Path dir;
    Database database;
    LetterTemplateRepository repository;
    RecordingDialogs dialogs = new RecordingDialogs();
    Messages messages = new Messages(Locale.FRANCE);
    TemplatesViewModel model;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        repository = new LetterTemplateRepository(database);
        model = new TemplatesViewModel(repository, BackgroundTasks.sameThread(), dialogs, messages,
                new Formats(Locale.FRANCE));
        model.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    LetterTemplate row(TemplateKey key) {
        return model.rows().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void listsTheCurrentVersionsAndOpensOneWithItsCatalogueAndHistory() {
        assertThat(model.rows()).hasSize(24);

        assertThat(model.select(row(FIRST))).isTrue();

        assertThat(model.headingProperty().get()).isEqualTo("Première relance – Professionnel – Français, version 1");
        assertThat(model.subjectProperty().get()).contains("{{reference}}");
        assertThat(model.problems()).isEmpty();
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.catalogue()).extracting(TemplatesViewModel.PlaceholderRow::placeholder)
                .contains(Placeholder.DEBITEUR_NOM, Placeholder.DATE_LIMITE)
                .doesNotContain(Placeholder.TABLEAU_PENALITES, Placeholder.AGENCE_NOM);
        assertThat(model.catalogue().get(0).description()).isEqualTo("Raison sociale de votre entreprise");
        assertThat(model.versions()).singleElement().satisfies(v -> {
            assertThat(v.current()).isTrue();
            assertThat(v.label()).startsWith("Version 1 – ").endsWith("– en vigueur");
        });
    }

    @Test
    void anUnknownPlaceholderIsListedWithItsPositionAndBlocksSaving() {
        model.select(row(FIRST));

        model.bodyProperty().set("Madame, Monsieur,\n\nVotre solde de {{montant_totl}} reste dû.\n\n{{tableau_factures}}");

        assertThat(model.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.problem().messageKey()).isEqualTo(TemplateProblem.UNKNOWN);
            assertThat(problem.where()).isEqualTo("Ligne 3, colonne 16");
            assertThat(problem.message()).isEqualTo("Le champ {{montant_totl}} n’existe pas. "
                    + "Vouliez-vous dire {{montant_total}} ?");
        });
        assertThat(model.problemSummaryProperty().get()).startsWith("Une erreur empêche l’enregistrement");
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.canSaveProperty().get()).isFalse();

        assertThat(model.save()).isFalse();

        assertThat(model.statusProperty().get()).isEqualTo("Le modèle contient des erreurs : rien n’a été enregistré.");
        assertThat(repository.history(FIRST)).hasSize(1);
    }

    @Test
    void savingStoresANewVersionAndRestoringStoresTheOldTextAsTheNextOne() {
        model.select(row(FIRST));
        String original = model.bodyProperty().get();

        model.bodyProperty().set(original + "\n\nP.-S. : merci de rappeler la référence {{reference}}.");
        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(model.save()).isTrue();

        assertThat(model.statusProperty().get()).startsWith("Version 2 enregistrée");
        assertThat(model.selectedProperty().get().version()).isEqualTo(2);
        assertThat(row(FIRST).version()).isEqualTo(2);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.versions()).extracting(v -> v.template().version()).containsExactly(2, 1);

        TemplatesViewModel.VersionRow first = model.versions().get(1);
        assertThat(model.restore(first)).isTrue();

        assertThat(dialogs.confirmations).singleElement().asString().contains("version 1", "version 3");
        assertThat(model.statusProperty().get()).isEqualTo("Version 1 restaurée : enregistrée comme version 3.");
        assertThat(model.bodyProperty().get()).isEqualTo(original);
        assertThat(repository.history(FIRST)).extracting(LetterTemplate::version).containsExactly(3, 2, 1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void unsavedChangesAreDroppedOnlyWhenTheUserAgrees() {
        model.select(row(FIRST));
        model.subjectProperty().set("Rappel amical");
        LetterTemplate other = row(new TemplateKey(LetterKind.STATEMENT, DebtorKind.B2B, LetterLanguage.FR));

        dialogs.confirmAnswer = false;
        assertThat(model.select(other)).isFalse();
        assertThat(model.selectedProperty().get().key()).isEqualTo(FIRST);
        assertThat(model.subjectProperty().get()).isEqualTo("Rappel amical");

        dialogs.confirmAnswer = true;
        assertThat(model.select(other)).isTrue();
        assertThat(model.selectedProperty().get()).isEqualTo(other);
        assertThat(model.dirtyProperty().get()).isFalse();

        model.subjectProperty().set("Relevé");
        model.revert();
        assertThat(model.subjectProperty().get()).isEqualTo(other.subject());
        assertThat(model.save()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Le texte n’a pas changé : aucune version n’a été créée.");
    }

    @Test
    void aPlaceholderOfAnotherKindOfLetterIsAProblemToo() {
        model.select(row(FIRST));
        model.subjectProperty().set("Relance {{tableau_penalites}}");

        assertThat(model.problems()).extracting(p -> p.problem().messageKey())
                .containsExactly(TemplateProblem.NOT_FOR_KIND);
        assertThat(model.problems().get(0).where()).isEqualTo("Objet, colonne 9");
    }

    @Test
    void everySentenceTheLettersNameExistsInBothLanguages() {
        Messages english = new Messages(Locale.UK);
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (Placeholder placeholder : Placeholder.values()) {
            keys.add("placeholder." + placeholder.key());
            keys.add("placeholder.group." + placeholder.group().name());
        }
        for (LetterKind kind : LetterKind.values()) {
            keys.add("letter.kind." + kind.name());
        }
        for (LetterLanguage language : LetterLanguage.values()) {
            keys.add("letter.language." + language.name());
        }
        for (DebtorKind kind : DebtorKind.values()) {
            keys.add("letter.debtorKind." + kind.name());
        }
        keys.addAll(TemplateProblem.KEYS);
        keys.addAll(fr.relance.domain.letters.LetterAssembler.KEYS);
        keys.addAll(fr.relance.domain.letters.LetterWording.KEYS);
        keys.add(fr.relance.documents.LetterComposer.NO_TEMPLATE);

        assertThat(keys).allMatch(messages::has).allMatch(english::has);
        // Sentences formatted with arguments keep their apostrophes and braces
        assertThat(english.get(TemplateProblem.UNCLOSED, "{{date", 1, 1, "")).contains("add }} after");
        assertThat(english.get(fr.relance.domain.letters.LetterAssembler.MISSING_VALUE, "{{paiement.iban}}"))
                .contains("the debtor's record");
    }
}
