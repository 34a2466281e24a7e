package fr.relance.ui.cases;

import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.ui.agencies.CaseAgencyPane;
import fr.relance.ui.agencies.CaseAgencyViewModel;
import fr.relance.ui.common.Columns;
import fr.relance.ui.common.EmptyState;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Dialogs;
import fr.relance.domain.dunning.InvoiceLimitation;
import fr.relance.domain.dunning.LimitationStatus;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Dossiers: the case file of one debtor. */
public final class CaseFileView extends StackPane {

    private final CaseFileViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Columns columns;
    private TabPane tabs;
    private HBox headerActions;
    private java.util.function.LongConsumer composeLetter;

    public CaseFileView(CaseFileViewModel model, TimelineViewModel timeline, CaseMeasuresViewModel measures,
                        PaymentPlanViewModel plans, AttachmentsViewModel attachments,
                        CaseAgencyViewModel agencyFees, Dialogs dialogs, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.columns = new Columns(formats);
        setId("caseFileView");

        BorderPane file = new BorderPane();
        file.setPadding(new Insets(16));
        file.setTop(header());
        TableView<OpenItem> items = itemsTable();
        VBox openItems = new VBox(8, sectionTitle(messages.get("case.openItems")), items);
        VBox.setVgrow(items, Priority.ALWAYS);
        openItems.setMinHeight(120);
        TimelinePane timelinePane = new TimelinePane(timeline, model.openItems(), messages, formats, dialogs);
        // An acknowledgement of debt (or a reversal) moves the limitation dates shown above.
        timeline.savedProperty().addListener((obs, old, now) -> model.refreshLimitations());
        timelinePane.setPadding(new Insets(8, 0, 0, 0));
        // Open items above; below, one tab per part of the follow-up (timeline first). Each feature adds its tab.
        tabs = new TabPane(tab("caseTabTimeline", messages.get("case.tab.timeline"), timelinePane));
        tabs.getTabs().add(measuresTab(measures, items));
        tabs.setId("caseTabs");
        tabs.getTabs().add(tab("caseTabPlan", messages.get("case.tab.plan"),
                new PaymentPlanPane(plans, messages, formats, dialogs)));
        tabs.getTabs().add(tab("caseTabAttachments", messages.get("case.tab.attachments"),
                new AttachmentsPane(attachments, messages, formats)));
        tabs.getTabs().add(tab("caseTabAgency", messages.get("case.tab.agencies"),
                new CaseAgencyPane(agencyFees, messages, formats)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane center = new SplitPane(openItems, tabs);
        center.setId("caseSplit");
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.3);
        BorderPane.setMargin(center, new Insets(12, 0, 0, 0));
        file.setCenter(center);
        file.visibleProperty().bind(model.debtorProperty().isNotNull());

        VBox empty = EmptyState.of("caseEmptyState", messages.get("case.empty.title"),
                messages.get("case.empty.text"));
        empty.visibleProperty().bind(model.debtorProperty().isNull());
        getChildren().addAll(file, empty);
    }

    /** Adds a tab after the others; {@code onShown} runs each time it is selected (to read its data again). */
    public void addTab(String id, String title, javafx.scene.Node content, Runnable onShown) {
        Tab tab = tab(id, title, content);
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                onShown.run();
            }
        });
        tabs.getTabs().add(tab);
    }

    /** Actions another feature puts at the right of the header (the dossier export). */
    public void addHeaderAction(javafx.scene.Node action) {
        headerActions.getChildren().add(action);
    }

    /** "Composer un courrier": opens Courriers on the debtor shown. */
    public void setOnComposeLetter(java.util.function.LongConsumer compose) {
        this.composeLetter = compose;
    }

    private HBox header() {
        Label name = new Label();
        name.setId("debtorName");
        name.getStyleClass().add("title-2");
        Label kind = new Label();
        kind.setId("debtorKind");
        kind.getStyleClass().add("text-muted");
        Label address = new Label();
        address.setId("debtorAddress");
        address.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label siren = new Label();
        siren.setId("debtorSiren");
        Label contacts = new Label();
        contacts.setId("debtorContacts");
        contacts.setWrapText(true);
        Label balance = new Label();
        balance.setId("debtorBalance");
        balance.getStyleClass().add("title-3");
        balance.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        model.debtorProperty().addListener((obs, old, debtor) -> {
            if (debtor == null) {
                return;
            }
            name.setText(debtor.name());
            kind.setText(messages.get("debtor.kind." + debtor.kind().name()) + " · " + debtor.accountCode());
            address.setText(String.join("\n", debtor.address().lines()));
            siren.setText(debtor.siren() == null ? "" : messages.get("case.siren", debtor.siren()));
        });
        model.contacts().addListener((javafx.collections.ListChangeListener<Contact>) change ->
                contacts.setText(model.contacts().stream().map(this::contactLine)
                        .reduce((a, b) -> a + "\n" + b).orElse(messages.get("case.noContact"))));
        model.balanceProperty().addListener((obs, old, value) ->
                balance.setText(messages.get("case.balance", formats.money(value))));

        GridPane identity = new GridPane();
        identity.setHgap(24);
        identity.setVgap(4);
        identity.add(new VBox(2, name, kind), 0, 0, 2, 1);
        identity.add(labelled(messages.get("case.address"), address), 0, 1);
        identity.add(labelled(messages.get("case.contacts"), contacts), 1, 1);
        identity.add(siren, 0, 2);
        Button compose = new Button(messages.get("case.composeLetter"));
        compose.setId("caseComposeLetter");
        compose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        compose.setOnAction(event -> {
            if (composeLetter != null && model.debtorProperty().get() != null) {
                composeLetter.accept(model.debtorProperty().get().id());
            }
        });
        HBox header = new HBox(24, identity, new VBox(8, balance, compose));
        HBox.setHgrow(identity, Priority.ALWAYS);
        header.setAlignment(Pos.TOP_LEFT);
        headerActions = header;
        return header;
    }

    private String contactLine(Contact contact) {
        StringBuilder line = new StringBuilder(contact.name());
        if (contact.role() != null) {
            line.append(" (").append(contact.role()).append(')');
        }
        if (contact.email() != null) {
            line.append(" · ").append(contact.email());
        }
        if (contact.phone() != null) {
            line.append(" · ").append(contact.phone());
        }
        return line.toString();
    }

    private static VBox labelled(String title, Label value) {
        Label caption = new Label(title);
        caption.getStyleClass().add("text-muted");
        return new VBox(2, caption, value);
    }

    /** Another part of the follow-up in a tab of its own, after the others. */
    public Tab addTab(String id, String title, javafx.scene.Node content) {
        Tab tab = tab(id, title, content);
        tabs.getTabs().add(tab);
        return tab;
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** Suivi: holds, disputes, promises, insolvency, policy and closing; read again each time it is shown. */
    private Tab measuresTab(CaseMeasuresViewModel measures, TableView<OpenItem> items) {
        Tab tab = tab("caseTabMeasures", messages.get("case.tab.measures"),
                new CaseMeasuresPane(measures, items, messages, formats));
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                measures.refresh();
            }
        });
        return tab;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private TableView<OpenItem> itemsTable() {
        TableView<OpenItem> table = new TableView<>(model.openItems());
        table.setId("openItemsTable");
        table.setPlaceholder(new Label(messages.get("case.noOpenItem")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(columns.text(messages.get("case.column.number"), OpenItem::number));
        table.getColumns().add(columns.text(messages.get("case.column.kind"),
                item -> messages.get("invoice.kind." + item.kind().name())));
        table.getColumns().add(columns.date(messages.get("case.column.issued"), OpenItem::issueDate));
        table.getColumns().add(columns.date(messages.get("case.column.due"), OpenItem::dueDate));
        table.getColumns().add(columns.money(messages.get("case.column.amount"),
                item -> item.kind() == InvoiceKind.CREDIT_NOTE ? item.amount().negate() : item.amount(), false));
        table.getColumns().add(columns.money(messages.get("case.column.balance"), OpenItem::balance, false));
        table.getColumns().add(columns.integer(messages.get("case.column.daysLate"), item -> {
            long days = item.daysPastDue(model.today());
            return item.kind() == InvoiceKind.INVOICE && days > 0 ? days : null;
        }));
        table.getColumns().add(limitationColumn());
        return table;
    }

    /** The limitation date, flagged within 6 months of it and once passed; the tooltip says why it moved. */
    private TableColumn<OpenItem, InvoiceLimitation> limitationColumn() {
        TableColumn<OpenItem, InvoiceLimitation> column = new TableColumn<>(messages.get("case.column.limitation"));
        column.setId("limitationColumn");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.limitations().get(c.getValue().invoiceId())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(InvoiceLimitation limitation, boolean empty) {
                super.updateItem(limitation, empty);
                getStyleClass().removeAll("limitation-soon", "limitation-barred");
                setTooltip(null);
                if (empty || limitation == null) {
                    setText(null);
                    return;
                }
                LimitationStatus status = limitation.status(model.today());
                String date = formats.date(limitation.limitationDate());
                setText(switch (status) {
                    case OK -> date;
                    case WARNING -> messages.get("case.limitation.soon", date);
                    case TIME_BARRED -> messages.get("case.limitation.barred", date);
                });
                if (status != LimitationStatus.OK) {
                    getStyleClass().add(status == LimitationStatus.WARNING ? "limitation-soon" : "limitation-barred");
                }
                setTooltip(new Tooltip(limitation.restartedBy() == null
                        ? messages.get("case.limitation.fromDue", formats.date(limitation.period().startDate()))
                        : messages.get("case.limitation.restarted." + limitation.restartedBy().name(),
                                formats.date(limitation.period().restartedOn()))));
            }
        });
        column.setPrefWidth(150);
        return column;
    }
}
