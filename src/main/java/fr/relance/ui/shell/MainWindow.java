package fr.relance.ui.shell;

import atlantafx.base.theme.PrimerLight;
import fr.relance.ui.about.AboutView;
import fr.relance.ui.about.AboutViewModel;
import fr.relance.ui.aging.AgingView;
import fr.relance.ui.aging.AgingViewModel;
import fr.relance.ui.agencies.AgenciesView;
import fr.relance.ui.agencies.AgenciesViewModel;
import fr.relance.ui.agencies.CaseAgencyViewModel;
import fr.relance.ui.cases.AttachmentsViewModel;
import fr.relance.ui.cases.DossierExportBar;
import fr.relance.ui.cases.DossierExportViewModel;
import fr.relance.ui.cases.CaseFileView;
import fr.relance.ui.cases.CaseFileViewModel;
import fr.relance.ui.cases.PaymentPlanViewModel;
import fr.relance.ui.cases.CaseMeasuresViewModel;
import fr.relance.ui.cases.TimelineViewModel;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.dossier.DossierItemsView;
import fr.relance.ui.dossier.DossierItemsViewModel;
import fr.relance.ui.dossier.DossierPane;
import fr.relance.ui.dossier.DossierViewModel;
import fr.relance.ui.common.Dialogs;
import fr.relance.text.Formats;
import fr.relance.ui.common.FxDialogs;
import fr.relance.ui.imports.ImportWizardView;
import fr.relance.ui.imports.ImportWizardViewModel;
import fr.relance.text.Messages;
import fr.relance.ui.letters.LetterSettingsPane;
import fr.relance.ui.letters.LetterSettingsViewModel;
import fr.relance.ui.letters.LettersView;
import fr.relance.ui.letters.LettersViewModel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.ui.policies.PoliciesView;
import fr.relance.ui.policies.PoliciesViewModel;
import fr.relance.ui.settings.SettingsView;
import fr.relance.ui.settings.SettingsViewModel;
import fr.relance.ui.templates.TemplatesView;
import fr.relance.ui.templates.TemplatesViewModel;
import fr.relance.ui.worklist.WorklistView;
import fr.relance.ui.worklist.WorklistViewModel;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import fr.relance.ui.cases.CaseLettersPane;
import fr.relance.ui.cases.CaseLettersViewModel;
import fr.relance.ui.worklist.LetterBatchFactory;
import fr.relance.ui.worklist.LetterBatchView;
import fr.relance.ui.worklist.LetterBatchViewModel;
import fr.relance.ui.settings.BackupsPane;
import fr.relance.ui.settings.BackupsViewModel;

/** The main window: navigation on the left, one screen at a time on the right. */
public final class MainWindow {

    private final Map<Section, Node> screens = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private final javafx.scene.control.Tab backupsTab;
    private final AgingViewModel aging;
    private final CaseFileViewModel caseFile;
    private final TimelineViewModel timeline;
    private final CaseMeasuresViewModel measures;
    private final SettingsViewModel settings;
    private final PoliciesViewModel policies;
    private final Stage stage;
    private final Services services;
    private final Function<Window, Dialogs> dialogsFactory;
    private final WorklistViewModel worklist;
    private CaseLettersViewModel caseLetters;
    private final PaymentPlanViewModel paymentPlan;
    private final AttachmentsViewModel attachments;
    private final CaseAgencyViewModel caseAgency;
    private final AgenciesViewModel agencies;
    private final TemplatesViewModel templates;
    private final fr.relance.ui.cases.RegisteredLettersViewModel registeredLetters;
    private final fr.relance.ui.settings.MailSettingsViewModel mailSettings;
    private final DossierViewModel dossier;
    private final DossierItemsViewModel dossierItems;
    private final LettersViewModel letters;
    private final LetterSettingsViewModel letterSettings;

    /** The services the window's view-models need. */
    public interface Services {
        AgingViewModel aging(BackgroundTasks tasks, Dialogs dialogs);

        CaseFileViewModel caseFile(BackgroundTasks tasks, Dialogs dialogs);

        TimelineViewModel timeline(BackgroundTasks tasks);

        SettingsViewModel settings(BackgroundTasks tasks, Dialogs dialogs);

        PoliciesViewModel policies(BackgroundTasks tasks, Dialogs dialogs);

        /** A fresh wizard each time it opens. */
        ImportWizardViewModel importWizard(BackgroundTasks tasks, Dialogs dialogs);

        BackgroundTasks tasks();

        Messages messages();

        Formats formats();

        /** Paramètres › Sauvegardes; {@code onRestored} reopens the window on the restored data. */
        BackupsViewModel backups(BackgroundTasks tasks, Dialogs dialogs, Runnable onRestored);

        String dataFileLabel();

        WorklistViewModel worklist(BackgroundTasks tasks, Dialogs dialogs);

        PaymentPlanViewModel paymentPlan(BackgroundTasks tasks);
        CaseMeasuresViewModel caseMeasures(BackgroundTasks tasks, Dialogs dialogs);

        AttachmentsViewModel attachments(BackgroundTasks tasks, Dialogs dialogs);

        /** The case file's "Exporter le dossier…" (agency dossier as PDF or ZIP). */
        DossierExportViewModel dossierExport(BackgroundTasks tasks, Dialogs dialogs);

        CaseAgencyViewModel caseAgency(BackgroundTasks tasks);

        AgenciesViewModel agencies(BackgroundTasks tasks, Dialogs dialogs);

        /** Paramètres > Modèles de courrier. */
        TemplatesViewModel templates(BackgroundTasks tasks, Dialogs dialogs);

        /** Courriers: the letter composer. */
        LettersViewModel letters(BackgroundTasks tasks, Dialogs dialogs);

        /** Paramètres › Courriers: envelope window and logo. */
        LetterSettingsViewModel letterSettings(BackgroundTasks tasks, Dialogs dialogs);

        /** The batch of the day's letters from the worklist; null when letters are not produced here. */
        default LetterBatchFactory letterBatch(BackgroundTasks tasks) {
            return null;
        }

        /** The case file's letters sent; null when there is no letter archive. */
        default CaseLettersViewModel caseLetters(BackgroundTasks tasks) {
            return null;
        }

        /** The case file's registered letters and e-mail reminders. */
        fr.relance.ui.cases.RegisteredLettersViewModel registeredLetters(BackgroundTasks tasks, Dialogs dialogs);

        /** Paramètres › E-mail (SMTP). */
        fr.relance.ui.settings.MailSettingsViewModel mailSettings(BackgroundTasks tasks);
        /** The case file's "Dossier" tab: checklist, handover to an agency and what follows. */
        DossierViewModel dossier(BackgroundTasks tasks, Dialogs dialogs);

        /** Paramètres › Dossier: the checklist's items. */
        DossierItemsViewModel dossierItems(BackgroundTasks tasks);

        /** Paramètres > Sécurité: encryption at rest. */
        fr.relance.ui.settings.SecurityViewModel security(BackgroundTasks tasks, Dialogs dialogs);

        /** Paramètres > Données personnelles: retention, purge, export of a debtor's data. */
        fr.relance.ui.settings.PrivacyViewModel privacy(BackgroundTasks tasks, Dialogs dialogs);

        /** À propos: version, folders, diagnostic. */
        AboutViewModel about(BackgroundTasks tasks, Dialogs dialogs);
    }

    public MainWindow(Stage stage, Services services) {
        this(stage, services, FxDialogs::new);
    }

    /** @param dialogsFactory the dialogs owned by a window (tests answer file choosers through it) */
    public MainWindow(Stage stage, Services services, Function<Window, Dialogs> dialogsFactory) {
        this(stage, services, dialogsFactory, false);
    }

    /** @param reopening after a restore: the new screens go into the same scene (same window, same size) */
    private MainWindow(Stage stage, Services services, Function<Window, Dialogs> dialogsFactory, boolean reopening) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        this.services = services;
        this.dialogsFactory = dialogsFactory;
        Messages messages = services.messages();
        Formats formats = services.formats();
        Dialogs dialogs = dialogsFactory.apply(stage);
        BackgroundTasks tasks = services.tasks();
        aging = services.aging(tasks, dialogs);
        caseFile = services.caseFile(tasks, dialogs);
        timeline = services.timeline(tasks);
        measures = services.caseMeasures(tasks, dialogs);
        measures.setOnWritten(() -> {
            timeline.refresh();
            caseFile.refresh(); // a dispute, a hold or a write-off shows in the open items
        });
        settings = services.settings(tasks, dialogs);
        policies = services.policies(tasks, dialogs);
        worklist = services.worklist(tasks, dialogs);
        paymentPlan = services.paymentPlan(tasks);
        paymentPlan.changedProperty().addListener((obs, old, now) -> timeline.refresh());
        attachments = services.attachments(tasks, dialogs);
        // Adding or withdrawing a document writes a timeline event; reversing one on the timeline withdraws it.
        attachments.savedProperty().addListener((obs, old, now) -> timeline.refresh());
        timeline.savedProperty().addListener((obs, old, now) -> attachments.refresh());
        caseAgency = services.caseAgency(tasks);
        caseAgency.balanceProperty().bind(caseFile.balanceProperty());
        agencies = services.agencies(tasks, dialogs);
        templates = services.templates(tasks, dialogs);
        registeredLetters = services.registeredLetters(tasks, dialogs);
        // A posting, a delivery, a receipt or an e-mail sent writes timeline events (and a receipt a document).
        registeredLetters.savedProperty().addListener((obs, old, now) -> {
            timeline.refresh();
            attachments.refresh();
        });
        timeline.savedProperty().addListener((obs, old, now) -> registeredLetters.refresh());
        mailSettings = services.mailSettings(tasks);

        dossier = services.dossier(tasks, dialogs);
        dossierItems = services.dossierItems(tasks);
        // A handover, a report or a write-off writes timeline events and may close invoices or the case.
        dossier.setOnWritten(() -> {
            timeline.refresh();
            caseFile.refresh();
            measures.refresh();
        });
        attachments.savedProperty().addListener((obs, old, now) -> dossier.refresh());
        timeline.savedProperty().addListener((obs, old, now) -> dossier.refresh());
        letters = services.letters(tasks, dialogs);
        // A letter marked as sent is in the timeline and the case's letters from now on.
        letters.sentProperty().addListener((obs, old, now) -> {
            timeline.refresh();
            if (caseLetters != null) {
                caseLetters.refresh();
            }
        });
        letterSettings = services.letterSettings(tasks, dialogs);

        screens.put(Section.AGING, new AgingView(aging, messages, formats, this::openCase, this::openImportWizard));
        WorklistView worklistView = new WorklistView(worklist, messages, formats, this::openCase);
        worklistView.setOnComposeLetter(this::composeLetter);
        screens.put(Section.WORKLIST, worklistView);
        CaseFileView caseFileView = new CaseFileView(caseFile, timeline, measures, paymentPlan, attachments,
                caseAgency, dialogs, messages, formats);
        // The table, a form and the e-mail section outgrow a small window: the tab scrolls instead of clipping the
        // form's buttons off the bottom.
        javafx.scene.control.ScrollPane registeredScroll = new javafx.scene.control.ScrollPane(
                new fr.relance.ui.cases.RegisteredLettersPane(registeredLetters, messages, formats));
        registeredScroll.setId("registeredScroll");
        registeredScroll.setFitToWidth(true);
        registeredScroll.setFitToHeight(true);
        caseFileView.addTab("caseTabRegistered", messages.get("case.tab.registered"), registeredScroll);
        caseFileView.addTab("caseTabDossier", messages.get("case.tab.dossier"),
                new DossierPane(dossier, messages, formats), dossier::refresh);
        DossierExportViewModel dossierExport = services.dossierExport(tasks, dialogs);
        caseFile.debtorProperty().addListener((obs, old, shown) -> dossierExport.open(shown));
        caseFileView.addHeaderAction(new DossierExportBar(dossierExport, messages));
        caseFileView.setOnComposeLetter(debtorId -> composeLetter(debtorId, null));
        screens.put(Section.CASES, caseFileView);
        caseLetters = services.caseLetters(tasks);
        if (caseLetters != null) {
            caseFileView.addTab("caseTabLetters", messages.get("case.tab.letters"),
                    new CaseLettersPane(caseLetters, messages, formats));
        }
        LetterBatchFactory letterBatch = services.letterBatch(tasks);
        if (letterBatch != null) {
            worklistView.enableLetterBatch(selected -> openLetterBatch(letterBatch, selected));
        }
        screens.put(Section.LETTERS, new LettersView(letters, messages, formats));
        backupsTab = BackupsPane.tab(services.backups(tasks, dialogs, this::reopenAfterRestore), messages, formats);
        SettingsView settingsView = new SettingsView(settings, messages, formats,
                new PoliciesView(policies, messages, formats).tab(), backupsTab);
        settingsView.addTab("templatesTab", messages.get("settings.templates.tab"),
                new TemplatesView(templates, messages, formats));
        // Beside the templates: the letters' envelope window and logo.
        settingsView.addTab("letterSettingsTab", messages.get("settings.letters.tab"),
                new LetterSettingsPane(letterSettings, messages));
        settingsView.addTab("agenciesTab", messages.get("settings.agencies.tab"),
                new AgenciesView(agencies, messages, formats));
        settingsView.addTab("mailSettingsTab", messages.get("settings.mail.tab"),
                new fr.relance.ui.settings.MailSettingsPane(mailSettings, messages));
        settingsView.addTab("dossierItemsTab", messages.get("settings.dossier.tab"),
                new DossierItemsView(dossierItems, messages, dossier.texts()));
        settingsView.addTab(fr.relance.ui.settings.SecurityPane.tab(services.security(tasks, dialogs), messages));
        settingsView.addTab(fr.relance.ui.settings.PrivacyPane.tab(services.privacy(tasks, dialogs), messages));
        screens.put(Section.SETTINGS, settingsView);

        root.setLeft(navigation(messages));
        root.setCenter(content);
        Label status = new Label(messages.get("shell.dataFile", services.dataFileLabel()));
        status.setId("dataFileStatus");
        status.getStyleClass().add("text-muted");
        status.setPadding(new Insets(4, 12, 4, 12));
        root.setBottom(status);
        root.setId("mainWindow");

        if (reopening && stage.getScene() != null) {
            stage.getScene().setRoot(root);
        } else {
            Scene scene = new Scene(root, 1400, 860);
            scene.getStylesheets().add(MainWindow.class.getResource("/fr/relance/ui/relance.css").toExternalForm());
            stage.setScene(scene);
        }
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);

        show(Section.AGING);
        aging.refresh();
        settings.load();
        policies.load();
        // A policy being edited is never lost silently: closing the window asks first.
        stage.setOnCloseRequest(event -> {
            if (!policies.mayDropChanges()) {
                event.consume();
            }
        });
        agencies.load();
        templates.load();
        mailSettings.load();
        dossierItems.load();
        letterSettings.load();
    }

    private VBox navigation(Messages messages) {
        ToggleGroup group = new ToggleGroup();
        Label brand = new Label(messages.get("app.title"));
        brand.getStyleClass().addAll("title-3", "brand");
        VBox nav = new VBox(4, brand);
        nav.setPadding(new Insets(16, 8, 16, 8));
        nav.getStyleClass().add("navigation");
        nav.setPrefWidth(180);
        nav.setMinWidth(180);
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(messages.get("nav." + section.name()));
            button.setId(section.buttonId());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setOnAction(event -> show(section));
            buttons.put(section, button);
            nav.getChildren().add(button);
        }
        // Keep one section selected: clicking the current one again does not unselect it.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        nav.getChildren().add(spacer);
        Button importButton = new Button(messages.get("import.nav"));
        importButton.setId("importButtonNav");
        importButton.setMaxWidth(Double.MAX_VALUE);
        importButton.setOnAction(event -> openImportWizard());
        nav.getChildren().add(importButton);
        Button aboutButton = new Button(messages.get("about.nav"));
        aboutButton.setId("aboutButton");
        aboutButton.setMaxWidth(Double.MAX_VALUE);
        aboutButton.getStyleClass().add("flat");
        aboutButton.setOnAction(event -> openAbout());
        nav.getChildren().add(aboutButton);
        return nav;
    }

    public void show(Section section) {
        buttons.get(section).setSelected(true);
        content.getChildren().setAll(screens.get(section));
        if (section == Section.WORKLIST) {
            worklist.refresh(); // the ledger and the decisions may have changed since it was last shown
        }
        if (section == Section.LETTERS) {
            letters.load(); // the balances may have changed since; the letter being written is kept
        }
        if (section == Section.SETTINGS) {
            policies.load(); // debtors may have been given a policy since; an edit under way is kept
        }
    }

    /** The wizard is modal to this window; after an import the aging list is read again. */
    private void openImportWizard() {
        Stage wizardStage = new Stage();
        ImportWizardViewModel wizard = services.importWizard(services.tasks(), dialogsFactory.apply(wizardStage));
        wizard.importedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                aging.refresh();
            }
        });
        new ImportWizardView(wizardStage, stage, wizard, services.messages(), services.formats()).show();
    }

    /** "Composer un courrier" from the case file or the worklist: Courriers on that debtor and letter. */
    private void composeLetter(long debtorId, LetterKind kind) {
        show(Section.LETTERS);
        letters.open(debtorId, kind);
    }

    /** The day's letters in their own window; the worklist (and the case open) are read again after recording. */
    private void openLetterBatch(LetterBatchFactory factory, java.util.List<fr.relance.domain.dunning.WorklistItem>
            selected) {
        Stage batchStage = new Stage();
        LetterBatchViewModel batch = factory.create(dialogsFactory.apply(batchStage),
                worklist.asOfProperty().get());
        LetterBatchView view = new LetterBatchView(batchStage, stage, batch, services.messages(), services.formats());
        batchStage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, event -> {
            if (batch.recordedProperty().get() > 0) {
                worklist.refresh();
                timeline.refresh();
                if (caseLetters != null) {
                    caseLetters.refresh();
                }
            }
        });
        view.show();
        batch.review(selected);
    }

    /** À propos, modal to this window. */
    private void openAbout() {
        Stage aboutStage = new Stage();
        AboutViewModel about = services.about(services.tasks(), dialogsFactory.apply(aboutStage));
        new AboutView(aboutStage, stage, about, services.messages()).show();
    }

    private void openCase(long debtorId) {
        if (caseLetters != null) {
            caseLetters.open(debtorId);
        }
        caseFile.open(debtorId);
        timeline.open(debtorId);
        paymentPlan.open(debtorId);
        measures.open(debtorId);
        attachments.open(debtorId);
        registeredLetters.open(debtorId);
        caseAgency.refresh();
        dossier.open(debtorId);
        show(Section.CASES);
    }

    public BorderPane root() {
        return root;
    }

    /** After a restore every screen is built again, reading the restored data; the user stays on the backups. */
    private void reopenAfterRestore() {
        MainWindow reopened = new MainWindow(stage, services, dialogsFactory, true);
        reopened.show(Section.SETTINGS);
        reopened.backupsTab.getTabPane().getSelectionModel().select(reopened.backupsTab);
    }
}
