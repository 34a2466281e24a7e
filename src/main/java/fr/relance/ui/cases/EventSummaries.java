package fr.relance.ui.cases;

import fr.relance.domain.CaseClosingReason;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.InsolvencyProceeding;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event summaries as the journals store them (ISO dates, codes such as {@code FORMAL_NOTICE → CLOSED (PAID)}), read
 * in the user's language: dates as the user writes them, stages, closing reasons, dispute categories and outcomes,
 * kinds of insolvency proceedings by their names.
 */
final class EventSummaries {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private EventSummaries() {
    }

    static String localize(String kind, String text, Messages messages, Formats formats) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = switch (kind) {
            case CaseEvent.STAGE_CHANGED -> names(names(text, CaseStage.values(), "measures.stage.", messages),
                    CaseClosingReason.values(), "measures.closing.reason.", messages);
            case CaseEvent.DISPUTE_OPENED -> names(text, DisputeCategory.values(), "measures.dispute.category.",
                    messages);
            case CaseEvent.DISPUTE_RESOLVED -> names(text, DisputeResolution.values(),
                    "measures.dispute.resolution.", messages);
            case CaseEvent.INSOLVENCY_OPENED -> names(text, InsolvencyProceeding.values(),
                    "measures.insolvency.kind.", messages);
            default -> text;
        };
        return dates(result, formats);
    }

    private static String names(String text, Enum<?>[] values, String prefix, Messages messages) {
        String result = text;
        for (Enum<?> value : values) {
            result = result.replaceAll("\\b" + value.name() + "\\b",
                    Matcher.quoteReplacement(messages.get(prefix + value.name())));
        }
        return result;
    }

    private static String dates(String text, Formats formats) {
        Matcher matcher = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            try {
                replacement = formats.date(LocalDate.parse(matcher.group(1)));
            } catch (DateTimeParseException e) {
                replacement = matcher.group(1);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
