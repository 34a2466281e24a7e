package fr.relance.text;

import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.domain.dossier.DossierItemDefinition;
import fr.relance.domain.dossier.TickSource;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How an item of the configured dossier checklist reads: its label, its status and what was found, who ticked it
 * by hand (when, with the note) or what is missing. The Dossier tab and the dossier PDF word it alike.
 */
public final class ChecklistTexts {

    private final Messages messages;
    private final Formats formats;

    public ChecklistTexts(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String label(DossierItemDefinition item) {
        return item.custom() ? item.label() : messages.get("dossier.item." + item.code().name());
    }

    public String status(ChecklistItem item) {
        return messages.get("dossier.status." + item.status().name());
    }

    /** The status with how a present item was found: "Présente · à la main". */
    public String statusWithHow(ChecklistItem item) {
        return status(item) + (item.present() ? " · " + messages.get("dossier.how." + item.how().name()) : "");
    }

    /** What was found, who ticked it by hand, or what is missing and what to do. */
    public String evidence(ChecklistItem item) {
        String found = item.evidenceKey() == null ? "" : messages.get(item.evidenceKey(),
                item.evidenceArgs().stream().map(this::format).toArray());
        if (item.how() == TickSource.MANUAL) {
            String byHand = messages.get("dossier.tick.byHand", item.manual().by(),
                    formats.date(item.manual().at().toLocalDate()), item.manual().note());
            return found.isEmpty() ? byHand : byHand + " — " + found;
        }
        if (item.how() == TickSource.NONE && item.item().custom()) {
            return messages.get("dossier.evidence.custom");
        }
        return found;
    }

    private Object format(Object value) {
        if (value instanceof LocalDate date) {
            return formats.date(date);
        }
        if (value instanceof BigDecimal amount) {
            return formats.money(amount);
        }
        return value;
    }
}
