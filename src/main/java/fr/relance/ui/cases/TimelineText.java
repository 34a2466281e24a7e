package fr.relance.ui.cases;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.DecisionSummary;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a timeline event reads in the user's language. Summaries are stored language-neutral by the journals
 * ("OUTCOME: notes", "A → B", "WHAT → 2026-12-01: reason", "REFERENCE → FA-1, FA-2"); they are worded here.
 */
final class TimelineText {

    private final Messages messages;
    private final Formats formats;

    TimelineText(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    String kind(String kind) {
        String key = "timeline.kind." + kind;
        return messages.has(key) ? messages.get(key) : kind;
    }

    String author(CaseEvent event) {
        return event.isFromLedger() ? messages.get("timeline.author.ledger") : event.author();
    }

    String summary(TimelineEntry entry) {
        CaseEvent event = entry.event();
        String text = event.summary() == null ? "" : event.summary();
        String worded = switch (event.kind()) {
            case CaseEvent.CALL -> call(text);
            case CaseEvent.PROMISE_MADE -> promise(text);
            case CaseEvent.REVERSAL -> reversal(text);
            case CaseEvent.STEP_POSTPONED, CaseEvent.STEP_SKIPPED -> decision(text);
            case CaseEvent.STAGE_CHANGED -> stages(text);
            case CaseEvent.CLAIM_DECLARED -> messages.get("timeline.claimDeclaredTo", text.replaceFirst(": ", " : "));
            case CaseEvent.DEBT_ACKNOWLEDGED -> event.invoiceId() != null ? text.replaceFirst(": ", " : ")
                    : messages.get("timeline.acknowledgedAll") + (text.isEmpty() ? "" : " : " + text);
            case CaseEvent.DUE_DATE_PASSED -> event.isFromLedger() ? messages.get("timeline.ledger.unpaid", text) : text;
            case CaseEvent.PAYMENT_RECEIVED, CaseEvent.CREDIT_NOTE_ISSUED -> event.isFromLedger() ? settles(text) : text;
            case CaseEvent.DOCUMENT_ADDED -> document(text);
            case CaseEvent.LETTER_PRINTED, CaseEvent.EMAIL_SENT -> letter(text);
            case CaseEvent.REGISTERED_LETTER_RETURNED -> returnReason(text);
            default -> text;
        };
        worded = EventSummaries.localize(event.kind(), worded, messages, formats);
        return entry.reversed() ? messages.get("timeline.reversedPrefix") + " " + worded : worded;
    }

    /** Calls are stored as "OUTCOME: notes"; the outcome reads in the user's language. */
    private String call(String text) {
        for (CallOutcome outcome : CallOutcome.values()) {
            if (text.equals(outcome.name()) || text.startsWith(outcome.name() + ": ")) {
                return messages.get("call.outcome." + outcome.name()) + text.substring(outcome.name().length());
            }
        }
        return text;
    }

    /** Stored as "→ 2026-11-30" by the journal: the promised date, read as the user writes dates. */
    private String promise(String text) {
        return text.matches("→ \\d{4}-\\d{2}-\\d{2}")
                ? messages.get("timeline.promisedFor", formats.date(LocalDate.parse(text.substring(2)))) : text;
    }

    /** Stored as "INVOICE_COPY · file.pdf" by DocumentRepository; the kind reads in the user's language. */
    private String document(String text) {
        int dot = text.indexOf(" · ");
        if (dot > 0 && messages.has("document.kind." + text.substring(0, dot))) {
            return messages.get("document.kind." + text.substring(0, dot)) + text.substring(dot);
        }
        return text;
    }

    /** Stored as "FORMAL_NOTICE · REGISTERED · file name" by LetterRepository; read with the kind's and channel's names. */
    private String letter(String text) {
        String[] parts = text.split(" · ", 3);
        if (parts.length == 3 && messages.has("letter.kind." + parts[0])
                && messages.has("letters.batch.channel." + parts[1])) {
            return messages.get("letter.kind." + parts[0]) + " · " + messages.get("letters.batch.channel." + parts[1])
                    + " · " + parts[2];
        }
        return text;
    }

    /** Stored as "1A 123 456 7890 1 · NOT_COLLECTED · 2026-11-05" by RegisteredMailRepository: the reason worded. */
    private String returnReason(String text) {
        String worded = text;
        for (fr.relance.domain.registered.ReturnReason reason : fr.relance.domain.registered.ReturnReason.values()) {
            worded = worded.replace(" · " + reason.name(),
                    " · " + messages.get("registered.return.reason." + reason.name()));
        }
        return worded;
    }

    /** Stored as "KIND: reason" by the repository; read "Annule « Note » : reason". */
    private String reversal(String text) {
        int colon = text.indexOf(": ");
        if (colon > 0 && CaseEvent.KINDS.contains(text.substring(0, colon))) {
            return messages.get("timeline.reversalOf", kind(text.substring(0, colon)), text.substring(colon + 2));
        }
        return text;
    }

    /** "EMAIL_REMINDER → 2026-12-01: reason" reads "Rappel par e-mail, reporté au 01/12/2026 : reason". */
    private String decision(String text) {
        Optional<DecisionSummary> parsed = DecisionSummary.parse(text);
        if (parsed.isEmpty()) {
            return text;
        }
        DecisionSummary decision = parsed.get();
        String what = isEnum(DunningAction.class, decision.what())
                ? messages.get("worklist.line.action." + decision.what())
                : isEnum(WorklistKind.class, decision.what()) ? messages.get("worklist.kind." + decision.what())
                : decision.what();
        return decision.until() == null ? messages.get("timeline.decision.skipped", what, decision.reason())
                : messages.get("timeline.decision.postponed", what, formats.date(decision.until()), decision.reason());
    }

    /** "AMICABLE → FORMAL_NOTICE" or "→ AMICABLE" (the case opened) with the stages' names. */
    private String stages(String text) {
        String[] parts = text.split("→", -1);
        if (parts.length != 2) {
            return text;
        }
        String from = parts[0].strip();
        String to = parts[1].strip();
        if (!isEnum(CaseStage.class, to) || (!from.isEmpty() && !isEnum(CaseStage.class, from))) {
            return text;
        }
        return from.isEmpty() ? messages.get("timeline.stage.opened", messages.get("case.stage." + to))
                : messages.get("case.stage." + from) + " → " + messages.get("case.stage." + to);
    }

    /** "VIR 123 → FA-1, FA-2": the payment or credit note and what the ledger applied it to. */
    private String settles(String text) {
        int arrow = text.indexOf("→ ");
        if (arrow < 0) {
            return text;
        }
        String head = text.substring(0, arrow).strip();
        String invoices = text.substring(arrow + 2).strip();
        return head.isEmpty() ? messages.get("timeline.ledger.appliedTo", invoices)
                : messages.get("timeline.ledger.settles", head, invoices);
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(value -> value.name().equals(name));
    }
}
