package fr.relance.text;

import fr.relance.documents.LetterProblem;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.dunning.LetterRun;
import java.util.List;
import java.util.stream.Collectors;

/** A reviewed letter line in words: its kind, how it goes, and why it is excluded or what to check. */
public final class LetterLines {

    private final Messages messages;
    private final ErrorMessages errors;

    public LetterLines(Messages messages) {
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
    }

    public String kind(LetterKind kind) {
        return messages.get("letter.kind." + kind.name());
    }

    public String channel(LetterChannel channel) {
        return messages.get("letters.batch.channel." + channel.name());
    }

    /** Why the line's letter cannot be printed, one sentence per problem; empty when it can. */
    public String exclusion(LetterRun.Line line) {
        if (line.refusal() != null) {
            return errors.describe(line.refusal()).replace('\n', ' ');
        }
        return describe(line.blocking());
    }

    /** What the controller should look at before printing (warnings); empty when nothing. */
    public String warnings(LetterRun.Line line) {
        return describe(line.warnings());
    }

    /** The exclusion, else the warnings: what the review list shows for the line. */
    public String toCheck(LetterRun.Line line) {
        String exclusion = exclusion(line);
        return exclusion.isEmpty() ? warnings(line) : messages.get("letters.batch.excluded", exclusion);
    }

    private String describe(List<LetterProblem> problems) {
        return problems.stream().map(p -> p.describe(messages)).distinct().collect(Collectors.joining(" "));
    }
}
