package fr.relance.text;

import fr.relance.domain.dunning.WorklistItem;

/** How a worklist line's action reads, on screen and on the command line alike. */
public final class WorklistLines {

    private WorklistLines() {
    }

    /** What to do, and by when when a date applies (a call-back's day, a legal deadline, a limitation date). */
    public static String action(WorklistItem item, Messages messages, Formats formats) {
        if (item.kind() == fr.relance.domain.dunning.WorklistKind.REGISTERED_LETTER_TRACKING) {
            return messages.get("worklist.line.tracking", String.valueOf(item.reference()),
                    item.lastContact() == null ? "" : formats.date(item.lastContact()));
        }
        String text = item.action() == null ? messages.get("worklist.kind." + item.kind().name())
                : messages.get("worklist.line.step", messages.get("worklist.line.action." + item.action().name()),
                        item.stepPosition());
        if (item.deadline() == null) {
            return text;
        }
        String key = switch (item.kind()) {
            case CALL_BACK -> "worklist.line.callOn";
            case LIMITATION_WARNING -> "worklist.line.limitationOn";
            default -> "worklist.line.deadline";
        };
        return messages.get(key, text, formats.date(item.deadline()));
    }
}
