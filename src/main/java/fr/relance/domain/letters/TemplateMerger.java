package fr.relance.domain.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces the placeholders of a checked template by their values and cuts the body into blocks: a paragraph
 * per blank-line separated block, and a table block where {{tableau_factures}}, {{tableau_penalites}} or
 * {{tableau_echeances}} stands alone on its line. A line whose placeholders all came out empty (optional values
 * the data lacks, "SIREN : {{debiteur.siren}}" for a consumer) is left out rather than printed half empty.
 */
public final class TemplateMerger {

    private TemplateMerger() {
    }

    public static List<LetterBlock> blocks(TemplateText body, Map<Placeholder, String> values) {
        requireValid(body);
        List<LetterBlock> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (TemplateText.Line line : body.lines()) {
            if (line.isBlank()) {
                flush(paragraph, blocks);
                continue;
            }
            Optional<Placeholder> table = line.table();
            if (table.isPresent()) {
                flush(paragraph, blocks);
                blocks.add(switch (table.get()) {
                    case TABLEAU_FACTURES -> new LetterBlock.InvoiceTable();
                    case TABLEAU_PENALITES -> new LetterBlock.PenaltyTable();
                    case TABLEAU_ECHEANCES -> new LetterBlock.InstalmentTable();
                    default -> throw new IllegalStateException("Not a table: " + table.get());
                });
                continue;
            }
            if (line.hasFields() && allFieldsEmpty(line, values)) {
                continue;
            }
            String merged = merge(line, values);
            paragraph.add(merged.stripTrailing());
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /** The subject: one line, its lines joined by a space. */
    public static String line(TemplateText subject, Map<Placeholder, String> values) {
        requireValid(subject);
        List<String> parts = new ArrayList<>();
        for (TemplateText.Line line : subject.lines()) {
            String merged = merge(line, values).strip();
            if (!merged.isEmpty()) {
                parts.add(merged);
            }
        }
        return String.join(" ", parts);
    }

    private static String merge(TemplateText.Line line, Map<Placeholder, String> values) {
        StringBuilder out = new StringBuilder();
        for (TemplateText.Token token : line.tokens()) {
            if (token instanceof TemplateText.Literal literal) {
                out.append(literal.text());
            } else if (token instanceof TemplateText.Field field) {
                String value = values.get(field.placeholder());
                out.append(value == null ? "" : value);
            }
        }
        return out.toString();
    }

    private static boolean allFieldsEmpty(TemplateText.Line line, Map<Placeholder, String> values) {
        return line.tokens().stream().filter(TemplateText.Field.class::isInstance)
                .map(t -> values.get(((TemplateText.Field) t).placeholder()))
                .allMatch(value -> value == null || value.isBlank());
    }

    private static void flush(List<String> paragraph, List<LetterBlock> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new LetterBlock.Paragraph(String.join("\n", paragraph)));
            paragraph.clear();
        }
    }

    private static void requireValid(TemplateText text) {
        if (!text.isValid()) {
            throw new IllegalArgumentException("Merge a checked template only: " + text.problems());
        }
    }
}
