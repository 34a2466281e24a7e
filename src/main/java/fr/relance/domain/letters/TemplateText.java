package fr.relance.domain.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A template's subject or body, read into lines of literal text and placeholders, with every problem found and
 * where it is. Reading never fails: an unknown placeholder is listed as a problem (line and column) and kept as
 * literal text, so the editor can show all problems at once while the user types.
 */
public final class TemplateText {

    /** The placeholders as the user types them: {{debiteur.nom}}. */
    public static final String OPEN = "{{";
    public static final String CLOSE = "}}";

    public static final String SUBJECT = "subject";
    public static final String BODY = "body";

    /** letter.subject and letter_template.subject are VARCHAR(300). */
    public static final int MAX_SUBJECT_LENGTH = 300;

    /** A piece of a line. */
    public sealed interface Token {
    }

    /** Text written as is. */
    public record Literal(String text) implements Token {
    }

    /** A known placeholder, replaced by its value. */
    public record Field(Placeholder placeholder) implements Token {
    }

    /** One line of the template. */
    public record Line(List<Token> tokens) {

        public Line {
            tokens = List.copyOf(tokens);
        }

        /** Only spaces, no placeholder: separates paragraphs. */
        public boolean isBlank() {
            return tokens.stream().allMatch(t -> t instanceof Literal literal && literal.text().isBlank());
        }

        public boolean hasFields() {
            return tokens.stream().anyMatch(Field.class::isInstance);
        }

        /** The table this line stands for, when it holds a table placeholder and only spaces besides. */
        public Optional<Placeholder> table() {
            List<Placeholder> fields = tokens.stream().filter(Field.class::isInstance)
                    .map(t -> ((Field) t).placeholder()).toList();
            boolean onlySpacesBesides = tokens.stream()
                    .allMatch(t -> t instanceof Field || ((Literal) t).text().isBlank());
            return fields.size() == 1 && fields.get(0).isTable() && onlySpacesBesides
                    ? Optional.of(fields.get(0)) : Optional.empty();
        }
    }

    /** Where a placeholder is in the text, for highlighting: known and usable, or a problem. */
    public record Span(int start, int end, Placeholder placeholder, boolean problem) {
    }

    private final String field;
    private final String text;
    private final List<Line> lines;
    private final List<Span> spans;
    private final List<TemplateProblem> problems;

    private TemplateText(String field, String text, List<Line> lines, List<Span> spans,
                         List<TemplateProblem> problems) {
        this.field = field;
        this.text = text;
        this.lines = List.copyOf(lines);
        this.spans = List.copyOf(spans);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a template's subject or body for a letter of the given kind.
     *
     * @param field {@link #SUBJECT} or {@link #BODY}: tables may stand only in the body
     */
    public static TemplateText read(String field, String source, LetterKind kind) {
        String text = source == null ? "" : source.replace("\r\n", "\n").replace('\r', '\n');
        List<Line> lines = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        boolean subject = SUBJECT.equals(field);
        int lineStart = 0;
        int lineNumber = 1;
        for (String raw : text.split("\n", -1)) {
            List<Token> tokens = new ArrayList<>();
            List<int[]> tablePositions = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int at = 0;
            while (at < raw.length()) {
                int open = raw.indexOf(OPEN, at);
                if (open < 0) {
                    literal.append(raw, at, raw.length());
                    break;
                }
                literal.append(raw, at, open);
                int close = raw.indexOf(CLOSE, open + OPEN.length());
                int start = lineStart + open;
                if (close < 0) {
                    problems.add(new TemplateProblem(field, TemplateProblem.UNCLOSED, raw.substring(open),
                            lineNumber, open + 1, start, lineStart + raw.length(), null));
                    spans.add(new Span(start, lineStart + raw.length(), null, true));
                    literal.append(raw, open, raw.length());
                    break;
                }
                String typed = raw.substring(open, close + CLOSE.length());
                String name = raw.substring(open + OPEN.length(), close);
                int end = lineStart + close + CLOSE.length();
                TemplateProblem problem = null;
                Placeholder found = PlaceholderCatalogue.find(name).orElse(null);
                if (name.isBlank()) {
                    problem = new TemplateProblem(field, TemplateProblem.EMPTY, typed, lineNumber, open + 1, start,
                            end, null);
                } else if (found == null) {
                    problem = new TemplateProblem(field, TemplateProblem.UNKNOWN, typed, lineNumber, open + 1, start,
                            end, PlaceholderCatalogue.suggestionFor(name).orElse(null));
                } else if (!found.availableIn(kind)) {
                    problem = new TemplateProblem(field, TemplateProblem.NOT_FOR_KIND, typed, lineNumber, open + 1,
                            start, end, null);
                } else if (found.isTable() && subject) {
                    problem = new TemplateProblem(field, TemplateProblem.TABLE_IN_SUBJECT, typed, lineNumber,
                            open + 1, start, end, null);
                }
                if (problem == null) {
                    if (!literal.isEmpty()) {
                        tokens.add(new Literal(literal.toString()));
                        literal.setLength(0);
                    }
                    tokens.add(new Field(found));
                    if (found.isTable()) {
                        tablePositions.add(new int[] {open, start, end});
                    }
                    spans.add(new Span(start, end, found, false));
                } else {
                    problems.add(problem);
                    spans.add(new Span(start, end, found, true));
                    literal.append(typed);
                }
                at = close + CLOSE.length();
            }
            if (!literal.isEmpty()) {
                tokens.add(new Literal(literal.toString()));
            }
            Line line = new Line(tokens);
            if (!tablePositions.isEmpty() && line.table().isEmpty()) {
                for (int[] position : tablePositions) {
                    problems.add(new TemplateProblem(field, TemplateProblem.TABLE_NOT_ALONE,
                            text.substring(position[1], position[2]), lineNumber, position[0] + 1, position[1],
                            position[2], null));
                    spans.replaceAll(s -> s.start() == position[1] ? new Span(s.start(), s.end(), s.placeholder(),
                            true) : s);
                }
            }
            lines.add(line);
            lineStart += raw.length() + 1;
            lineNumber++;
        }
        if (text.isBlank()) {
            problems.add(new TemplateProblem(field, TemplateProblem.BLANK, "", 1, 1, 0, 0, null));
        } else if (subject && text.strip().length() > MAX_SUBJECT_LENGTH) {
            problems.add(new TemplateProblem(field, TemplateProblem.SUBJECT_TOO_LONG, "", 1,
                    MAX_SUBJECT_LENGTH + 1, MAX_SUBJECT_LENGTH, text.length(), null));
        }
        problems.sort(java.util.Comparator.comparingInt(TemplateProblem::start));
        return new TemplateText(field, text, lines, spans, problems);
    }

    public String field() {
        return field;
    }

    /** The text read, line breaks as "\n". */
    public String text() {
        return text;
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Span> spans() {
        return spans;
    }

    public List<TemplateProblem> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The placeholders the text uses, each once, in order of first use. */
    public List<Placeholder> placeholders() {
        return lines.stream().flatMap(l -> l.tokens().stream()).filter(Field.class::isInstance)
                .map(t -> ((Field) t).placeholder()).distinct().toList();
    }
}
