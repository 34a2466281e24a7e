package fr.relance.documents;

import fr.relance.documents.Table.Align;
import fr.relance.documents.Table.Column;
import fr.relance.documents.Table.Row;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.Company;
import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.dossier.ClaimSummary;
import fr.relance.domain.dossier.ClaimSummary.ClaimLine;
import fr.relance.domain.dossier.DossierContent;
import fr.relance.domain.dossier.DossierContent.ChecklistLine;
import fr.relance.domain.dossier.DossierContent.ChronologyLine;
import fr.relance.domain.dossier.DossierContent.StatementLine;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The dossier's own sections, each starting on a new page: the cover (who, and the claim split as CPCE R124-4
 * asks), the checklist of evidence, the chronology of the collection efforts, the statement of account.
 */
final class DossierSections {

    static final float TOP = PageFlow.PAGE_HEIGHT - Mm.pt(20);
    private static final float LABEL_WIDTH = Mm.pt(42);
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private final PDDocument document;
    private final DossierInk ink;
    private final Messages messages;
    private final Formats formats;
    private final DossierContent content;

    DossierSections(PDDocument document, DossierInk ink, Messages messages, DossierContent content) {
        this.document = document;
        this.ink = ink;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.content = content;
    }

    /** A flow of pages whose continuation pages repeat the section's title in grey. */
    PageFlow start(String continued) throws IOException {
        PageFlow flow = new PageFlow(document, f -> {
            try {
                f.text(ink.faces.regular, DossierInk.SMALL_SIZE, PageFlow.LEFT, f.y() + Mm.pt(8), ink.safe(continued),
                        PageFlow.GREY);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        flow.newPage();
        flow.moveTo(TOP);
        return flow;
    }

    void cover() throws IOException {
        Debtor debtor = content.debtor();
        PageFlow flow = start(messages.get("dossier.pdf.cover.continued", debtor.name()));
        flow.text(ink.faces.regular, DossierInk.BODY_SIZE, PageFlow.LEFT, flow.y(),
                ink.safe(messages.get("dossier.pdf.preparedOn", formats.date(content.asOf()))), PageFlow.GREY);
        flow.down(DossierInk.TITLE_SIZE * 1.5f);
        ink.title(flow, messages.get("dossier.pdf.title", debtor.name()));

        ink.heading(flow, messages.get("dossier.pdf.creditor"));
        Company creditor = content.creditor();
        ink.field(flow, messages.get("dossier.pdf.name"), join(" ", creditor.legalName(), creditor.legalForm()),
                LABEL_WIDTH);
        ink.field(flow, "SIREN", creditor.siren(), LABEL_WIDTH);
        ink.field(flow, messages.get("dossier.pdf.address"), join(", ", creditor.street(), creditor.addressExtra(),
                join(" ", creditor.postcode(), creditor.city())), LABEL_WIDTH);
        ink.field(flow, messages.get("dossier.pdf.contact"), join(" · ", creditor.signatoryName(), creditor.phone(),
                creditor.email()), LABEL_WIDTH);

        ink.heading(flow, messages.get("dossier.pdf.debtor"));
        ink.field(flow, messages.get("dossier.pdf.name"), debtor.name() + " (" + messages.get("debtor.kind."
                + debtor.kind().name()) + ")", LABEL_WIDTH);
        ink.field(flow, messages.get("dossier.pdf.account"), debtor.accountCode(), LABEL_WIDTH);
        ink.field(flow, "SIREN", debtor.siren() == null ? messages.get("dossier.pdf.unknown") : debtor.siren(),
                LABEL_WIDTH);
        ink.field(flow, messages.get("dossier.pdf.vat"), debtor.vatNumber(), LABEL_WIDTH);
        ink.field(flow, messages.get("dossier.pdf.address"), String.join("\n", debtor.address().lines()), LABEL_WIDTH);
        for (Contact contact : content.contacts()) {
            ink.field(flow, messages.get("dossier.pdf.contact"), join(" · ", contact.name()
                    + (contact.role() == null ? "" : " (" + contact.role() + ")"), contact.email(), contact.phone()),
                    LABEL_WIDTH);
        }
        if (content.stage() != null) {
            ink.field(flow, messages.get("dossier.pdf.stage"), messages.get("case.stage." + content.stage().name()),
                    LABEL_WIDTH);
        }

        ink.heading(flow, messages.get("dossier.pdf.agency"));
        CollectionAgency agency = content.agency();
        if (agency == null) {
            ink.paragraph(flow, messages.get("dossier.pdf.agency.none"));
        } else {
            ink.field(flow, messages.get("dossier.pdf.name"), agency.name(), LABEL_WIDTH);
            ink.field(flow, "SIREN", agency.siren(), LABEL_WIDTH);
            ink.field(flow, messages.get("dossier.pdf.address"), join(", ", agency.street(), agency.addressExtra(),
                    join(" ", agency.postcode(), agency.city())), LABEL_WIDTH);
            ink.field(flow, messages.get("dossier.pdf.contact"), join(" · ", agency.contactName(), agency.phone(),
                    agency.email()), LABEL_WIDTH);
            ink.field(flow, messages.get("dossier.pdf.agreement"), agency.agreementSignedOn() == null
                    ? messages.get(agency.agreementOnFile() ? "dossier.pdf.agreement.onFile"
                    : "dossier.pdf.agreement.missing")
                    : messages.get("dossier.pdf.agreement.signedOn", formats.date(agency.agreementSignedOn())),
                    LABEL_WIDTH);
        }
        claim(flow);
        flow.finish((f, n, total) -> { });
    }

    /** The claim as the agency's letter must state it (CPCE R124-4), then its detail per invoice. */
    private void claim(PageFlow flow) throws IOException {
        ClaimSummary claim = content.claim();
        ink.heading(flow, messages.get("dossier.pdf.claim"));
        float amountWidth = Mm.pt(40);
        Table summary = new Table(ink.faces, PageFlow.LEFT, List.of(
                new Column(messages.get("dossier.pdf.claim.item"), PageFlow.TEXT_WIDTH - amountWidth, Align.LEFT),
                new Column(messages.get("dossier.pdf.claim.amount"), amountWidth, Align.RIGHT)),
                messages.get("dossier.pdf.claim.continued"));
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(ink.safe(messages.get("dossier.claim.principal", claim.lines().size())),
                money(claim.principal())));
        rows.add(Row.of(ink.safe(messages.get("dossier.claim.paid")), money(claim.alreadyPaid().negate())));
        rows.add(new Row(List.of(ink.safe(messages.get("dossier.claim.principalOwed")), money(claim.principalOwed())),
                true, false, false));
        rows.add(Row.of(ink.safe(claim.consumer() ? messages.get("dossier.claim.interest")
                : messages.get("dossier.claim.penalties")), money(claim.penalties())));
        rows.add(Row.of(ink.safe(messages.get("dossier.claim.indemnities", claim.indemnityCount())),
                money(claim.indemnities())));
        summary.draw(flow, rows, List.of(Row.closing(ink.safe(messages.get("dossier.claim.balance")),
                money(claim.balance()), true, true)));
        flow.down(4);
        ink.paragraph(flow, ink.faces.regular, DossierInk.SMALL_SIZE, DossierInk.SMALL_LEADING, PageFlow.LEFT,
                claim.consumer()
                        ? (claim.interestFrom() == null ? messages.get("dossier.claim.basis.consumerNoNotice")
                        : messages.get("dossier.claim.basis.consumer", formats.date(claim.interestFrom())))
                        : messages.get("dossier.claim.basis.b2b", formats.date(content.asOf())),
                PageFlow.GREY);

        if (claim.lines().isEmpty()) {
            return;
        }
        ink.heading(flow, messages.get("dossier.pdf.claim.detail"));
        float w = PageFlow.TEXT_WIDTH;
        float money = w * 0.12f;
        float date = w * 0.11f;
        Table detail = new Table(ink.faces, PageFlow.LEFT, List.of(
                new Column(messages.get("dossier.csv.number"), w - 2 * date - 5 * money, Align.LEFT),
                new Column(messages.get("dossier.csv.date"), date, Align.CENTRE),
                new Column(messages.get("dossier.csv.dueDate"), date, Align.CENTRE),
                new Column(messages.get("dossier.csv.amount"), money, Align.RIGHT),
                new Column(messages.get("dossier.csv.paid"), money, Align.RIGHT),
                new Column(messages.get("dossier.csv.balance"), money, Align.RIGHT),
                new Column(messages.get(claim.consumer() ? "dossier.csv.interest" : "dossier.csv.penalties"), money,
                        Align.RIGHT),
                new Column(messages.get("dossier.csv.indemnity"), money, Align.RIGHT)),
                messages.get("dossier.pdf.claim.detail.continued"));
        List<Row> lines = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            lines.add(Row.of(ink.safe(line.number()), formats.date(line.issueDate()), formats.date(line.dueDate()),
                    money(line.amount()), money(line.paid()), money(line.balance()), money(line.penalties()),
                    money(line.indemnity())));
        }
        List<Row> closing = new ArrayList<>();
        if (claim.openCredits().signum() != 0) {
            closing.add(Row.closing(ink.safe(messages.get("dossier.claim.openCredits")),
                    money(claim.openCredits().negate()), false, false));
        }
        detail.draw(flow, lines, closing);
    }

    void checklist() throws IOException {
        PageFlow flow = start(messages.get("dossier.pdf.checklist.continued"));
        ink.title(flow, messages.get("dossier.pdf.checklist"));
        float w = PageFlow.TEXT_WIDTH;
        Table table = new Table(ink.faces, PageFlow.LEFT, List.of(
                new Column(messages.get("dossier.pdf.checklist.item"), w * 0.32f, Align.LEFT),
                new Column(messages.get("dossier.pdf.checklist.status"), w * 0.16f, Align.LEFT),
                new Column(messages.get("dossier.pdf.checklist.detail"), w * 0.52f, Align.LEFT)),
                messages.get("dossier.pdf.checklist.continued"));
        List<Row> rows = new ArrayList<>();
        for (ChecklistLine line : content.checklist()) {
            String status = messages.get("dossier.check.status." + line.status().name())
                    + (line.required() ? "" : " " + messages.get("dossier.check.optional"));
            rows.add(Row.of(ink.safe(line.label()), ink.safe(status), ink.safe(line.detail())));
        }
        table.draw(flow, rows, List.of());
        flow.finish((f, n, total) -> { });
    }

    void chronology() throws IOException {
        PageFlow flow = start(messages.get("dossier.pdf.chronology.continued"));
        ink.title(flow, messages.get("dossier.pdf.chronology"));
        ink.paragraph(flow, ink.faces.regular, DossierInk.SMALL_SIZE, DossierInk.SMALL_LEADING, PageFlow.LEFT,
                messages.get("dossier.pdf.chronology.scope"), PageFlow.GREY);
        flow.down(4);
        if (content.chronology().isEmpty()) {
            ink.paragraph(flow, messages.get("dossier.pdf.chronology.empty"));
        } else {
            float w = PageFlow.TEXT_WIDTH;
            Table table = new Table(ink.faces, PageFlow.LEFT, List.of(
                    new Column(messages.get("dossier.pdf.chronology.date"), w * 0.11f, Align.LEFT),
                    new Column(messages.get("dossier.pdf.chronology.kind"), w * 0.22f, Align.LEFT),
                    new Column(messages.get("dossier.pdf.chronology.summary"), w * 0.40f, Align.LEFT),
                    new Column(messages.get("dossier.pdf.chronology.amount"), w * 0.13f, Align.RIGHT),
                    new Column(messages.get("dossier.pdf.chronology.author"), w * 0.14f, Align.LEFT)),
                    messages.get("dossier.pdf.chronology.continued"));
            List<Row> rows = new ArrayList<>();
            for (ChronologyLine line : content.chronology()) {
                String summary = summary(line);
                rows.add(Row.of(formats.date(line.date()), ink.safe(kind(line.kind())),
                        ink.safe(line.reversed() ? messages.get("dossier.pdf.chronology.reversed", summary) : summary),
                        line.amount() == null ? "" : money(line.amount()),
                        ink.safe(CaseEvent.LEDGER_AUTHOR.equals(line.author())
                                ? messages.get("timeline.author.ledger") : line.author())));
            }
            table.draw(flow, rows, List.of());
        }
        flow.finish((f, n, total) -> { });
    }

    void statement() throws IOException {
        PageFlow flow = start(messages.get("dossier.pdf.statement.continued"));
        ink.title(flow, messages.get("dossier.pdf.statement"));
        if (content.statement().isEmpty()) {
            ink.paragraph(flow, messages.get("dossier.pdf.statement.empty"));
        } else {
            float w = PageFlow.TEXT_WIDTH;
            Table table = new Table(ink.faces, PageFlow.LEFT, List.of(
                    new Column(messages.get("dossier.pdf.chronology.date"), w * 0.11f, Align.LEFT),
                    new Column(messages.get("dossier.pdf.statement.movement"), w * 0.14f, Align.LEFT),
                    new Column(messages.get("dossier.pdf.statement.reference"), w * 0.25f, Align.LEFT),
                    new Column(messages.get("dossier.csv.dueDate"), w * 0.11f, Align.LEFT),
                    new Column(messages.get("dossier.pdf.statement.debit"), w * 0.13f, Align.RIGHT),
                    new Column(messages.get("dossier.pdf.statement.credit"), w * 0.13f, Align.RIGHT),
                    new Column(messages.get("dossier.pdf.statement.balance"), w * 0.13f, Align.RIGHT)),
                    messages.get("dossier.pdf.statement.continued"));
            List<Row> rows = new ArrayList<>();
            for (StatementLine line : content.statement()) {
                rows.add(Row.of(formats.date(line.date()),
                        ink.safe(messages.get("dossier.pdf.statement." + line.movement().name())),
                        ink.safe(line.reference() == null ? "" : line.reference()), formats.date(line.dueDate()),
                        line.debit() == null ? "" : money(line.debit()), line.credit() == null ? "" : money(line.credit()),
                        money(line.balance())));
            }
            StatementLine last = content.statement().get(content.statement().size() - 1);
            table.draw(flow, rows, List.of(Row.closing(ink.safe(messages.get("dossier.pdf.statement.total",
                    formats.date(content.asOf()))), money(last.balance()), true, true)));
        }
        flow.finish((f, n, total) -> { });
    }

    String kind(String kind) {
        String key = "timeline.kind." + kind;
        return messages.has(key) ? messages.get(key) : kind;
    }

    /** The summary as the journals store it, with its codes and ISO dates read in the user's language. */
    String summary(ChronologyLine line) {
        String text = line.summary() == null ? "" : line.summary();
        int dot = text.indexOf(" · ");
        if (CaseEvent.DOCUMENT_ADDED.equals(line.kind()) && dot > 0
                && messages.has("document.kind." + text.substring(0, dot))) {
            text = messages.get("document.kind." + text.substring(0, dot)) + text.substring(dot);
        }
        int colon = text.indexOf(": ");
        if (CaseEvent.REVERSAL.equals(line.kind()) && colon > 0 && CaseEvent.KINDS.contains(text.substring(0, colon))) {
            text = messages.get("timeline.reversalOf", kind(text.substring(0, colon)), text.substring(colon + 2));
        }
        for (fr.relance.domain.CaseStage stage : fr.relance.domain.CaseStage.values()) {
            text = text.replaceAll("\\b" + stage.name() + "\\b",
                    Matcher.quoteReplacement(messages.get("case.stage." + stage.name())));
        }
        Matcher matcher = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String date;
            try {
                date = formats.date(LocalDate.parse(matcher.group(1)));
            } catch (DateTimeParseException e) {
                date = matcher.group(1);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(date));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String money(BigDecimal amount) {
        return ink.safe(formats.money(amount));
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return String.join(separator, present);
    }
}
