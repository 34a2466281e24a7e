package fr.relance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseClosingTest {

    @ParameterizedTest(name = "{0} with {2} open invoice(s), note \"{1}\" → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            PAID        | -                  | 0 | -
            PAID        | -                  | 1 | caseClosing.openInvoicesRemain
            SETTLED     | Accord du 12/10    | 0 | -
            SETTLED     | Accord du 12/10    | 2 | caseClosing.openInvoicesRemain
            WRITTEN_OFF | Liquidation close  | 3 | -
            WRITTEN_OFF | '  '               | 3 | caseClosing.writeOffNoteRequired
            WRITTEN_OFF | -                  | 0 | caseClosing.writeOffNoteRequired caseClosing.nothingToWriteOff
            -           | -                  | 0 | caseClosing.reasonRequired
            """)
    void aCaseClosesAsPaidOrSettledWithNothingLeftOrWrittenOffWithAReason(CaseClosingReason reason, String note,
                                                                        int openInvoices, String expected) {
        List<String> problems = new CaseClosing(reason, note).validate(openInvoices).stream()
                .map(FieldProblem::messageKey).toList();
        assertThat(problems).containsExactlyInAnyOrder(expected == null ? new String[0] : expected.split(" "));
    }
}
