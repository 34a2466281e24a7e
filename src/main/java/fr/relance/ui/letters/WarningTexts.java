package fr.relance.ui.letters;

import fr.relance.documents.LetterDrafts;
import fr.relance.documents.LetterProblem;
import fr.relance.domain.letters.LetterWarning;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The warnings panel's sentences: the case's warnings first (they decide whether to write at all), then the page's. */
final class WarningTexts {

    private final Messages messages;
    private final Formats formats;

    WarningTexts(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    List<LettersViewModel.WarningRow> rows(LetterDrafts.Checks checks) {
        List<LettersViewModel.WarningRow> rows = new ArrayList<>();
        for (LetterWarning warning : checks.warnings()) {
            rows.add(new LettersViewModel.WarningRow(warning.blocking(), describe(warning)));
        }
        for (LetterProblem problem : checks.problems()) {
            rows.add(new LettersViewModel.WarningRow(problem.blocking(), problem.describe(messages)));
        }
        rows.sort((a, b) -> Boolean.compare(b.blocking(), a.blocking()));
        return rows;
    }

    String describe(LetterWarning warning) {
        Object[] args = warning.args().stream()
                .map(arg -> arg instanceof LocalDate day ? formats.date(day) : arg)
                .toArray();
        return messages.get(warning.messageKey(), args);
    }
}
